import Documents

/// `ExternalSecret` (external-secrets.io v1 / v1beta1).
public struct ExternalSecret: Sendable {
    public let root: Node
    public let apiVersion: ESOAPIVersion
    public var metadata: ObjectMeta { ObjectMeta(node: root.value(forKey: "metadata") ?? Node(.object([])), path: "metadata") }
    public var spec: ExternalSecretSpec { ExternalSecretSpec(node: root.value(forKey: "spec") ?? Node(.object([]), at: root.position), path: "spec") }
}

/// `ExternalSecretSpec`, also embedded in `ClusterExternalSecret.spec.externalSecretSpec`.
public struct ExternalSecretSpec: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var secretStoreRef: StoreRef? { child("secretStoreRef") }
    public var target: Target? { child("target") }
    /// `refreshInterval`, raw (Go duration string); see `refreshIntervalValue`.
    public var refreshIntervalField: Field? { field("refreshInterval") }
    /// The decoded refresh interval; defaults to 1h; nil when it does not parse.
    public var refreshInterval: GoDuration? {
        guard let f = refreshIntervalField else { return GoDuration(seconds: 3600) }
        return try? RefreshInterval.decode(f.node, allowInteger: false).get()
    }
    /// Defaults to `Periodic`.
    public var refreshPolicy: RefreshPolicy { RefreshPolicy(rawValue: string("refreshPolicy") ?? "Periodic") }
    public var data: [ExternalSecretData] { list("data") }
    public var dataFrom: [DataFromSource] { list("dataFrom") }
}

/// `secretStoreRef`, and the `storeRef` of a `sourceRef`.
public struct StoreRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var name: String? { string("name") }
    /// Defaults to `SecretStore`.
    public var kind: StoreKind { StoreKind(rawValue: string("kind") ?? "SecretStore") }
    /// PushSecret store refs may select stores by label instead of by name.
    public var labelSelector: LabelSelector? { child("labelSelector") }
}

/// `spec.target`.
public struct Target: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// Defaults to the ExternalSecret's name (callers fill that in).
    public var name: String? { string("name") }
    /// Defaults to `Owner`.
    public var creationPolicy: CreationPolicy { CreationPolicy(rawValue: string("creationPolicy") ?? "Owner") }
    /// Defaults to `Retain`.
    public var deletionPolicy: DeletionPolicy { DeletionPolicy(rawValue: string("deletionPolicy") ?? "Retain") }
    public var immutable: Bool { bool("immutable") ?? false }
    public var template: Template? { child("template") }
    /// `target.manifest` (v1): a non-Secret target resource; nil means a Secret.
    public var manifest: ObjectView? { child("manifest") }
}

/// `target.template` (also `PushSecret.spec.template`).
public struct Template: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// The Secret type (`Opaque`, `kubernetes.io/tls`, …).
    public var type: String? { string("type") }
    /// Defaults to `v2`.
    public var engineVersion: String { string("engineVersion") ?? "v2" }
    /// Defaults to `Replace`.
    public var mergePolicy: String { string("mergePolicy") ?? "Replace" }
    public var metadata: TemplateMetadata? { child("metadata") }
    public var data: [String: String] { stringMap("data") }
    public var templateFrom: [TemplateFrom] { list("templateFrom") }
}

public struct TemplateMetadata: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var labels: [String: String] { stringMap("labels") }
    public var annotations: [String: String] { stringMap("annotations") }
    public var finalizers: [String] { strings("finalizers") }
}

public struct TemplateFrom: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// Defaults to `Data`.
    public var target: String { string("target") ?? "Data" }
    public var literal: String? { string("literal") }
    public var configMap: TemplateRef? { child("configMap") }
    public var secret: TemplateRef? { child("secret") }
}

/// `templateFrom[].configMap` / `.secret`.
public struct TemplateRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var name: String? { string("name") }
    /// `(key, templateAs)` pairs; templateAs defaults to `Values`.
    public var items: [(key: String, templateAs: String)] {
        (node["items"]?.array ?? []).compactMap { item in
            item["key"]?.string.map { ($0, item["templateAs"]?.string ?? "Values") }
        }
    }
}

/// `spec.data[]`.
public struct ExternalSecretData: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var secretKey: String? { string("secretKey") }
    public var remoteRef: RemoteRef? { child("remoteRef") }
    public var sourceRef: SourceRef? { child("sourceRef") }
}

/// `data[].remoteRef` and `dataFrom[].extract`.
public struct RemoteRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var key: String? { string("key") }
    public var property: String? { string("property") }
    public var version: String? { string("version") }
    /// Defaults to `None`.
    public var decodingStrategy: DecodingStrategy { DecodingStrategy(rawValue: string("decodingStrategy") ?? "None") }
    /// Defaults to `Default`.
    public var conversionStrategy: ConversionStrategy {
        ConversionStrategy(rawValue: string("conversionStrategy") ?? "Default")
    }
    /// Defaults to `None`.
    public var metadataPolicy: MetadataPolicy { MetadataPolicy(rawValue: string("metadataPolicy") ?? "None") }
    public var nullBytePolicy: String? { string("nullBytePolicy") }
}

/// `sourceRef` of a data or dataFrom entry: another store, or a generator.
public struct SourceRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var storeRef: StoreRef? { child("storeRef") }
    public var generatorRef: GeneratorRef? { child("generatorRef") }
}

public struct GeneratorRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// Defaults to `generators.external-secrets.io/v1alpha1`.
    public var apiVersion: String { string("apiVersion") ?? "generators.external-secrets.io/v1alpha1" }
    public var kind: String? { string("kind") }
    public var name: String? { string("name") }
}

/// `spec.dataFrom[]`.
public struct DataFromSource: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var extract: RemoteRef? { child("extract") }
    public var find: Find? { child("find") }
    public var sourceRef: SourceRef? { child("sourceRef") }
    public var rewrite: [Rewrite] { list("rewrite") }
}

/// `dataFrom[].find`.
public struct Find: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var findPath: String? { string("path") }
    /// `name.regexp`.
    public var nameRegexp: String? { node["name"]?["regexp"]?.string }
    public var nameRegexpField: Field? { child("name", as: ObjectView.self)?.field("regexp") }
    public var tags: [String: String] { stringMap("tags") }
    public var conversionStrategy: ConversionStrategy {
        ConversionStrategy(rawValue: string("conversionStrategy") ?? "Default")
    }
    public var decodingStrategy: DecodingStrategy { DecodingStrategy(rawValue: string("decodingStrategy") ?? "None") }
}

/// `dataFrom[].rewrite[]` (and PushSecret `dataTo[].rewrite[]`).
public struct Rewrite: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `regexp.source` / `regexp.target`.
    public var regexp: (source: String, target: String)? {
        guard let r = node["regexp"], let s = r["source"]?.string, let t = r["target"]?.string else { return nil }
        return (s, t)
    }
    public var regexpSourceField: Field? { child("regexp", as: ObjectView.self)?.field("source") }
    public var transformTemplate: String? { node["transform"]?["template"]?.string }
    public var merge: ObjectView? { child("merge") }
}
