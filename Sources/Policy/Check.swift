import Documents
import ESO

/// What a check sees: the object, where it lives, and the cluster around it.
public struct CheckContext: Sendable {
    public var object: Node {
        didSet { spec = object.member("spec") }
    }
    /// `object["spec"]`, read once per request for the checks that all start there.
    public private(set) var spec: Node?
    public var kind: String
    /// `metadata.name` (else `generateName`) of the input's object, read from it when asked
    /// for unless set: most requests produce no message that names the object.
    public var name: String {
        get { givenName ?? input.name }
        set { givenName = newValue }
    }
    private var givenName: String?
    /// nil for cluster-scoped objects.
    public var namespace: String?
    public var input: EvaluationInput
    public var state: any ClusterState

    public init(input: EvaluationInput, state: any ClusterState) {
        self.object = input.object
        self.spec = input.object.member("spec")
        self.kind = input.kind
        self.namespace = input.effectiveNamespace
        self.input = input
        self.state = state
    }

    init(object: Node, kind: String, namespace: String?, input: EvaluationInput, state: any ClusterState) {
        self.object = object
        self.spec = object.member("spec")
        self.kind = kind
        self.namespace = namespace
        self.input = input
        self.state = state
    }
}

/// What a check found on one object: the first `kept` violations, and how many there were.
/// A violation is built (its message and path formatted) only while under the bound, so an
/// object that breaks a rule 49,000 times costs a count, not 49,000 messages (~30 MiB).
public struct Violations: Sendable, ExpressibleByArrayLiteral {
    /// Violations kept per check and object; the engine reports the rest as one more finding.
    public static let kept = 20

    public private(set) var items: [Violation] = []
    public private(set) var count = 0

    public init() {}
    public init(arrayLiteral elements: Violation...) { for e in elements { append(e) } }

    public var isEmpty: Bool { count == 0 }

    public mutating func append(_ violation: @autoclosure () -> Violation) {
        count += 1
        if items.count < Self.kept { items.append(violation()) }
    }
}

/// One problem a check found, before the engine attaches policy, rule and mode.
public struct Violation: Sendable, Hashable {
    public var message: String
    /// Kubernetes field path: `spec.data[0].remoteRef.key`.
    public var path: String
    public var position: SourcePosition
    public var hint: String?

    public init(_ message: String, path: String, at position: SourcePosition = .unknown, hint: String? = nil) {
        self.message = message
        self.path = path
        self.position = position
        self.hint = hint
    }
}

/// A built-in check: parameters come from a rule's `with:`, and it judges one object.
/// Checks that can rewrite instead of deny list their `mutations`.
public protocol Check: Sendable {
    /// The name used in `check:`.
    static var name: String { get }
    /// Kinds the check looks at; others pass untouched.
    static var kinds: Set<String> { get }
    /// Values accepted in a rule's `mutate:`.
    static var mutations: Set<String> { get }
    init(_ parameters: inout Parameters) throws
    func check(_ context: CheckContext) -> Violations
    /// Rewrites `object` so the check passes where it can; returns the patch, empty when nothing changed.
    func mutate(_ object: inout Node, mutation: String, context: CheckContext) -> [PatchOperation]
}

extension Check {
    public static var mutations: Set<String> { [] }
    public func mutate(_ object: inout Node, mutation: String, context: CheckContext) -> [PatchOperation] { [] }
}

/// Every built-in check by name: the loader resolves `check:` here.
public enum CheckCatalog {
    public static let all: [any Check.Type] = [
        ClusterStoreConditionsCheck.self,
        AnchoredNamespaceRegexesCheck.self,
        ProtectedNamespacesCheck.self,
        StoreAdmitsNamespaceCheck.self,
        AllowedProvidersCheck.self,
        NoStaticCredentialsCheck.self,
        ProviderFieldValuesCheck.self,
        RemoteKeyPrefixCheck.self,
        FindRestrictionsCheck.self,
        RefreshIntervalCheck.self,
        AllowedStoresCheck.self,
        RequiredMetadataCheck.self,
        FieldCheck.self,
    ]

    public static func named(_ name: String) -> (any Check.Type)? {
        all.first { $0.name == name }
    }

    public static var names: [String] { all.map { $0.name } }
}
