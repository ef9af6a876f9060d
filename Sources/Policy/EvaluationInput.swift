import Documents
import ESO

/// One object to judge, with the request facts policies may match on.
public struct EvaluationInput: Sendable {
    /// The object to evaluate: the new object, or for DELETE the old one.
    public var object: Node
    /// The stored object on UPDATE/DELETE.
    public var oldObject: Node?
    public var operation: Operation
    /// The request's namespace; nil means "take it from the object's metadata".
    public var namespace: String?
    public var userInfo: UserInfo
    public var dryRun: Bool

    public init(object: Node, oldObject: Node? = nil, operation: Operation = .create,
                namespace: String? = nil, userInfo: UserInfo = UserInfo(), dryRun: Bool = false) {
        self.object = object
        self.oldObject = oldObject
        self.operation = operation
        self.namespace = namespace
        self.userInfo = userInfo
        self.dryRun = dryRun
    }

    /// `kind` of the object (empty when missing).
    public var kind: String { object.member("kind")?.string ?? "" }
    public var name: String {
        let metadata = object.member("metadata")
        return metadata?.member("name")?.string ?? metadata?.member("generateName")?.string ?? ""
    }

    /// The namespace the object lives in: the request's, else its metadata's; nil for cluster-scoped kinds.
    public var effectiveNamespace: String? { effectiveNamespace(clusterScoped: ESOKinds.isClusterScoped(kind)) }

    /// `effectiveNamespace` when whether the kind is cluster-scoped is known (the engine's plan knows).
    func effectiveNamespace(clusterScoped: Bool) -> String? {
        if clusterScoped { return nil }
        if let namespace, !namespace.isEmpty { return namespace }
        if let ns = object.member("metadata")?["namespace"]?.string, !ns.isEmpty { return ns }
        return nil
    }
}

/// The ESO kinds policies know, and which of them are cluster-scoped.
public enum ESOKinds {
    // Derived from ESO's own list of kinds, so the two cannot drift apart.
    public static let all: Set<String> = Set(ESOKind.allCases.map(\.rawValue))
    public static let clusterScoped: Set<String> = Set(ESOKind.allCases.filter(\.isClusterScoped).map(\.rawValue))
    public static let stores: Set<String> = [ESOKind.secretStore.rawValue, ESOKind.clusterSecretStore.rawValue]

    /// `all.contains(kind)` without hashing the name (asked on every request).
    public static func isKnown(_ kind: String) -> Bool { ESOKind(named: kind) != nil }

    /// `clusterScoped.contains(kind)` without hashing the name (asked on every request).
    public static func isClusterScoped(_ kind: String) -> Bool { ESOKind(named: kind)?.isClusterScoped ?? false }
}
