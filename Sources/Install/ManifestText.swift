import Documents

/// Prints manifests as a YAML stream (`---` before each document), in the
/// YAML 1.1-safe form kubectl and kustomize read back unchanged.
public enum ManifestText {
    public static func stream(_ documents: [Node]) -> String {
        YAMLWriter.string(documents: documents)
    }
}
