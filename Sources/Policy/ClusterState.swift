import Documents

/// What esoguard knows about the cluster beyond the object under review.
/// Offline, this is the Namespaces and ClusterSecretStores in the same input;
/// live state (an informer) implements the same protocol later.
/// Every answer may be nil for "unknown", and checks that need it are then skipped.
public protocol ClusterState: Sendable {
    /// Labels of the namespace, or nil when the namespace is unknown.
    func namespaceLabels(_ name: String) -> [String: String]?
    /// The ClusterSecretStore manifest with this name, or nil when unknown.
    func clusterSecretStore(named name: String) -> Node?
    /// Every namespace name, or nil when the list is not known.
    func namespaceNames() -> [String]?
    /// The parsed `spec.conditions` of a known ClusterSecretStore; implementations may
    /// cache it (the default parses the manifest on every call).
    func storeConditions(named name: String) -> StoreConditions?
    /// False only when every answer above is nil whatever is asked (checks that need
    /// cluster state then skip their work).
    var mayKnowAnything: Bool { get }
}

extension ClusterState {
    public var mayKnowAnything: Bool { true }

    public func storeConditions(named name: String) -> StoreConditions? {
        clusterSecretStore(named: name).map(StoreConditions.init(store:))
    }
}

/// Cluster state that knows nothing: cluster-dependent checks are skipped.
public struct UnknownClusterState: ClusterState {
    public init() {}
    public func namespaceLabels(_ name: String) -> [String: String]? { nil }
    public func clusterSecretStore(named name: String) -> Node? { nil }
    public func namespaceNames() -> [String]? { nil }
    public func storeConditions(named name: String) -> StoreConditions? { nil }
    public var mayKnowAnything: Bool { false }
}

/// Cluster state from manifests: Namespaces and ClusterSecretStores found among them.
public struct StaticClusterState: ClusterState {
    public private(set) var namespaces: [String: [String: String]] = [:]
    public private(set) var stores: [String: Node] = [:]
    private var conditions: [String: StoreConditions] = [:]
    /// When false, an unlisted namespace is "unknown" rather than "absent".
    public var namespacesAreComplete: Bool

    public init(namespacesAreComplete: Bool = false) {
        self.namespacesAreComplete = namespacesAreComplete
    }

    /// Collects Namespaces and ClusterSecretStores from `objects`; other kinds are ignored.
    public init(objects: [Node], namespacesAreComplete: Bool = false) {
        self.namespacesAreComplete = namespacesAreComplete
        for object in objects { add(object) }
    }

    public mutating func add(_ object: Node) {
        guard let name = object[path: "metadata", "name"]?.string else { return }
        switch object["kind"]?.string {
        case "Namespace":
            var labels: [String: String] = [:]
            for m in object[path: "metadata", "labels"]?.members ?? [] {
                if let v = m.value.string { labels[m.key] = v }
            }
            // The API server sets this label on every namespace (Kubernetes ≥ 1.21).
            labels["kubernetes.io/metadata.name"] = name
            namespaces[name] = labels
        case "ClusterSecretStore":
            stores[name] = object
            conditions[name] = StoreConditions(store: object)
        default:
            break
        }
    }

    public mutating func addNamespace(_ name: String, labels: [String: String] = [:]) {
        var labels = labels
        labels["kubernetes.io/metadata.name"] = name
        namespaces[name] = labels
    }

    public func namespaceLabels(_ name: String) -> [String: String]? { namespaces[name] }
    public func clusterSecretStore(named name: String) -> Node? { stores[name] }
    public func storeConditions(named name: String) -> StoreConditions? { conditions[name] }
    public func namespaceNames() -> [String]? {
        namespacesAreComplete || !namespaces.isEmpty ? namespaces.keys.sorted() : nil
    }
}
