import Documents

/// Prints manifests as a YAML stream. Each document is JSON (which is YAML):
/// exact, and loadable by kubectl, kustomize and our own YAMLLoader.
public enum ManifestText {
    public static func stream(_ documents: [Node]) -> String {
        let writer = JSONWriter(options: .pretty)
        return documents.map { "---\n" + writer.string($0) }.joined()
    }
}
