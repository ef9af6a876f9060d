import Documents

/// The API versions of the external-secrets.io group that esoguard understands.
public enum ESOAPIVersion: String, Sendable, Hashable, CaseIterable {
    case v1 = "external-secrets.io/v1"
    case v1beta1 = "external-secrets.io/v1beta1"
    case v1alpha1 = "external-secrets.io/v1alpha1"

    private static let names = NamesByLength<ESOAPIVersion>()

    /// `init(rawValue:)` with at most one string comparison (this runs on every admission request).
    init?(named text: String) {
        guard let version = Self.names.find(text) else { return nil }
        self = version
    }

    /// The version part (`v1`), as the CRDs name their versions.
    public var version: String { String(rawValue.dropFirst("external-secrets.io/".count)) }
}

/// The six ESO kinds esoguard models.
public enum ESOKind: String, Sendable, Hashable, CaseIterable {
    case externalSecret = "ExternalSecret"
    case clusterExternalSecret = "ClusterExternalSecret"
    case secretStore = "SecretStore"
    case clusterSecretStore = "ClusterSecretStore"
    case pushSecret = "PushSecret"
    case clusterPushSecret = "ClusterPushSecret"

    /// The API versions the CRDs declare for this kind.
    public var versions: [ESOAPIVersion] {
        switch self {
        case .pushSecret, .clusterPushSecret: return [.v1alpha1]
        default: return [.v1, .v1beta1]
        }
    }

    /// `versions.contains(version)` without building the array.
    func declares(_ version: ESOAPIVersion) -> Bool {
        switch self {
        case .pushSecret, .clusterPushSecret: return version == .v1alpha1
        default: return version == .v1 || version == .v1beta1
        }
    }

    private static let names = NamesByLength<ESOKind>()

    /// `init(rawValue:)` with at most one string comparison (this runs on every admission request).
    public init?(named text: String) {
        guard let kind = Self.names.find(text) else { return nil }
        self = kind
    }

    /// Cluster-scoped kinds have no namespace.
    public var isClusterScoped: Bool {
        switch self {
        case .clusterExternalSecret, .clusterSecretStore, .clusterPushSecret: return true
        default: return false
        }
    }
}

/// A typed ESO object: one of the six kinds, each a view over the original document
/// root (nothing is copied or dropped).
public enum ESOObject: Sendable {
    case externalSecret(ExternalSecret)
    case clusterExternalSecret(ClusterExternalSecret)
    case secretStore(SecretStore)
    case clusterSecretStore(SecretStore)
    case pushSecret(PushSecret)
    case clusterPushSecret(ClusterPushSecret)

    /// The typed object for `root`, or nil when it is not one of the six kinds in a
    /// version the CRDs declare (other documents are not ESO's business).
    public static func parse(_ root: Node) -> ESOObject? {
        guard let (kind, version) = identify(root) else { return nil }
        switch kind {
        case .externalSecret: return .externalSecret(ExternalSecret(root: root, apiVersion: version))
        case .clusterExternalSecret: return .clusterExternalSecret(ClusterExternalSecret(root: root, apiVersion: version))
        case .secretStore: return .secretStore(SecretStore(root: root, apiVersion: version, isCluster: false))
        case .clusterSecretStore: return .clusterSecretStore(SecretStore(root: root, apiVersion: version, isCluster: true))
        case .pushSecret: return .pushSecret(PushSecret(root: root, apiVersion: version))
        case .clusterPushSecret: return .clusterPushSecret(ClusterPushSecret(root: root, apiVersion: version))
        }
    }

    /// Kind and version of `root` when it is a modelled ESO object.
    public static func identify(_ root: Node) -> (ESOKind, ESOAPIVersion)? {
        // One pass over the root's members in place (the first `kind` and the first
        // `apiVersion` count, as with Node's subscript): this runs on every request.
        guard case .object(let members) = root.value else { return nil }
        var kind: ESOKind?
        var version: ESOAPIVersion?
        var seenKind = false, seenVersion = false
        for i in members.indices {
            if !seenKind, members[i].key == "kind" {
                seenKind = true
                guard case .string(let text) = members[i].value.value, let named = ESOKind(named: text) else { return nil }
                kind = named
            } else if !seenVersion, members[i].key == "apiVersion" {
                seenVersion = true
                guard case .string(let text) = members[i].value.value, let named = ESOAPIVersion(named: text) else {
                    return nil
                }
                version = named
            } else {
                continue
            }
            if seenKind, seenVersion { break }
        }
        guard let kind, let version, kind.declares(version) else { return nil }
        return (kind, version)
    }

    /// `metadata.namespace` of `root` when it is a string: `ESOObject.namespace` without
    /// building the metadata view.
    static func manifestNamespace(_ root: Node) -> String? {
        guard case .object(let members) = root.value else { return nil }
        for i in members.indices where members[i].key == "metadata" {
            guard case .object(let fields) = members[i].value.value else { return nil }
            for j in fields.indices where fields[j].key == "namespace" {
                guard case .string(let namespace) = fields[j].value.value else { return nil }
                return namespace
            }
            return nil
        }
        return nil
    }

    /// True when `root` claims the external-secrets.io group, modelled or not (for
    /// "unknown kind/version" diagnostics).
    public static func isExternalSecretsGroup(_ root: Node) -> Bool {
        root.value(forKey: "apiVersion")?.string?.hasPrefix("external-secrets.io/") ?? false
    }

    public var kind: ESOKind {
        switch self {
        case .externalSecret: return .externalSecret
        case .clusterExternalSecret: return .clusterExternalSecret
        case .secretStore: return .secretStore
        case .clusterSecretStore: return .clusterSecretStore
        case .pushSecret: return .pushSecret
        case .clusterPushSecret: return .clusterPushSecret
        }
    }

    public var apiVersion: ESOAPIVersion {
        switch self {
        case .externalSecret(let o): return o.apiVersion
        case .clusterExternalSecret(let o): return o.apiVersion
        case .secretStore(let o), .clusterSecretStore(let o): return o.apiVersion
        case .pushSecret(let o): return o.apiVersion
        case .clusterPushSecret(let o): return o.apiVersion
        }
    }

    /// The whole document, unknown fields included.
    public var root: Node {
        switch self {
        case .externalSecret(let o): return o.root
        case .clusterExternalSecret(let o): return o.root
        case .secretStore(let o), .clusterSecretStore(let o): return o.root
        case .pushSecret(let o): return o.root
        case .clusterPushSecret(let o): return o.root
        }
    }

    public var metadata: ObjectMeta { ObjectMeta(node: root.value(forKey: "metadata") ?? Node(.object([])), path: "metadata") }
    public var name: String? { metadata.name }
    public var namespace: String? { metadata.namespace }
}

/// The cases of a string enum whose names all differ in UTF-8 length (checked when built):
/// a name is found by its length and then one comparison, where `init(rawValue:)` hashes.
struct NamesByLength<Value: RawRepresentable & CaseIterable & Sendable>: Sendable where Value.RawValue == String {
    private let entries: [(length: Int, value: Value)]

    init() {
        entries = Value.allCases.map { ($0.rawValue.utf8.count, $0) }
        precondition(Set(entries.map(\.length)).count == entries.count, "\(Value.self) names must differ in length")
    }

    func find(_ text: String) -> Value? {
        let length = text.utf8.count
        for entry in entries where entry.length == length {
            return text == entry.value.rawValue ? entry.value : nil
        }
        return nil
    }
}
