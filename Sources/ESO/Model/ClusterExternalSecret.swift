import Documents

/// `ClusterExternalSecret` (external-secrets.io v1 / v1beta1): one ExternalSecret per
/// selected namespace.
public struct ClusterExternalSecret: Sendable {
    public let root: Node
    public let apiVersion: ESOAPIVersion
    public var metadata: ObjectMeta { ObjectMeta(node: root.value(forKey: "metadata") ?? Node(.object([])), path: "metadata") }
    public var spec: ClusterExternalSecretSpec {
        ClusterExternalSecretSpec(node: root.value(forKey: "spec") ?? Node(.object([]), at: root.position), path: "spec")
    }
}

public struct ClusterExternalSecretSpec: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var externalSecretSpec: ExternalSecretSpec? { child("externalSecretSpec") }
    /// Defaults to the ClusterExternalSecret's name.
    public var externalSecretName: String? { string("externalSecretName") }
    public var externalSecretMetadata: TemplateMetadata? { child("externalSecretMetadata") }
    /// Deprecated single selector.
    public var namespaceSelector: LabelSelector? { child("namespaceSelector") }
    public var namespaceSelectors: [LabelSelector] { list("namespaceSelectors") }
    /// Deprecated explicit namespace list.
    public var namespaces: [String] { strings("namespaces") }
    public var refreshTimeField: Field? { field("refreshTime") }
}
