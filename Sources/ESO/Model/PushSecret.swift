import Documents

/// `PushSecret` (external-secrets.io v1alpha1): pushes a Secret to providers.
public struct PushSecret: Sendable {
    public let root: Node
    public let apiVersion: ESOAPIVersion
    public var metadata: ObjectMeta { ObjectMeta(node: root.value(forKey: "metadata") ?? Node(.object([])), path: "metadata") }
    public var spec: PushSecretSpec { PushSecretSpec(node: root.value(forKey: "spec") ?? Node(.object([]), at: root.position), path: "spec") }
}

/// `PushSecretSpec`, also embedded in `ClusterPushSecret.spec.pushSecretSpec`.
public struct PushSecretSpec: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var secretStoreRefs: [StoreRef] { list("secretStoreRefs") }
    public var selector: PushSecretSelector? { child("selector") }
    public var data: [PushSecretData] { list("data") }
    public var dataTo: [PushSecretDataTo] { list("dataTo") }
    /// `Delete` or `None` (default).
    public var deletionPolicy: DeletionPolicy { DeletionPolicy(rawValue: string("deletionPolicy") ?? "None") }
    /// `Replace` (default) or `IfNotExists`.
    public var updatePolicy: String { string("updatePolicy") ?? "Replace" }
    public var refreshIntervalField: Field? { field("refreshInterval") }
    /// Defaults to 1h; nil when it does not parse.
    public var refreshInterval: GoDuration? {
        guard let f = refreshIntervalField else { return GoDuration(seconds: 3600) }
        return try? RefreshInterval.decode(f.node, allowInteger: false).get()
    }
    public var template: Template? { child("template") }
}

/// `spec.selector`: the source Secret, or a generator.
public struct PushSecretSelector: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `secret.name`.
    public var secretName: String? { node["secret"]?["name"]?.string }
    /// `secret.selector`: Secrets picked by label.
    public var secretSelector: LabelSelector? { child("secret", as: ObjectView.self)?.child("selector") }
    public var generatorRef: GeneratorRef? { child("generatorRef") }
}

/// `spec.data[]`.
public struct PushSecretData: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `match.secretKey`: empty/absent pushes the whole Secret.
    public var secretKey: String? { node["match"]?["secretKey"]?.string }
    /// `match.remoteRef.remoteKey`.
    public var remoteKey: String? { node["match"]?["remoteRef"]?["remoteKey"]?.string }
    /// `match.remoteRef.property`.
    public var property: String? { node["match"]?["remoteRef"]?["property"]?.string }
    public var matchField: Field? { field("match") }
    /// Provider-specific metadata (free-form).
    public var metadata: Field? { field("metadata") }
    /// `None` (default) or `ReverseUnicode`.
    public var conversionStrategy: String { string("conversionStrategy") ?? "None" }
}

/// `spec.dataTo[]` (bulk push with rewrites).
public struct PushSecretDataTo: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var storeRef: StoreRef? { child("storeRef") }
    public var remoteKey: String? { string("remoteKey") }
    /// `match.regexp`.
    public var matchRegexp: String? { node["match"]?["regexp"]?.string }
    public var rewrite: [Rewrite] { list("rewrite") }
    public var metadata: Field? { field("metadata") }
    public var conversionStrategy: String { string("conversionStrategy") ?? "None" }
}

/// `ClusterPushSecret` (external-secrets.io v1alpha1).
public struct ClusterPushSecret: Sendable {
    public let root: Node
    public let apiVersion: ESOAPIVersion
    public var metadata: ObjectMeta { ObjectMeta(node: root.value(forKey: "metadata") ?? Node(.object([])), path: "metadata") }
    public var spec: ClusterPushSecretSpec {
        ClusterPushSecretSpec(node: root.value(forKey: "spec") ?? Node(.object([]), at: root.position), path: "spec")
    }
}

public struct ClusterPushSecretSpec: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var pushSecretSpec: PushSecretSpec? { child("pushSecretSpec") }
    public var namespaceSelectors: [LabelSelector] { list("namespaceSelectors") }
    /// Defaults to the ClusterPushSecret's name.
    public var pushSecretName: String? { string("pushSecretName") }
    public var pushSecretMetadata: TemplateMetadata? { child("pushSecretMetadata") }
    public var refreshTimeField: Field? { field("refreshTime") }
}
