import Documents

/// A platform team's policy: which objects it selects and the rules it applies.
public struct Policy: Sendable {
    public var name: String
    /// The file it was loaded from.
    public var source: String
    public var position: SourcePosition
    /// Default mode for its rules.
    public var mode: PolicyMode
    public var match: PolicyMatch
    public var exclude: PolicyExclude
    public var rules: [PolicyRule]
}

/// `spec.match`: what a policy applies to. Empty lists match everything. Namespace
/// criteria constrain namespaced objects only; cluster-scoped objects always pass them.
public struct PolicyMatch: Sendable {
    public var kinds: Set<String> = []
    public var namespaces: [Glob] = []
    /// A Kubernetes label selector evaluated against the namespace's labels (when known).
    public var namespaceSelector: Node?
    /// Operations judged; DELETE (which evaluates the old object) only when listed, so a
    /// non-compliant object can always be removed.
    public var operations: Set<Operation> = [.create, .update]

    public init(kinds: Set<String> = [], namespaces: [Glob] = [], namespaceSelector: Node? = nil,
                operations: Set<Operation> = [.create, .update]) {
        self.kinds = kinds
        self.namespaces = namespaces
        self.namespaceSelector = namespaceSelector
        self.operations = operations
    }
}

/// `spec.exclude`: requests the policy never judges (e.g. the platform team's own).
public struct PolicyExclude: Sendable {
    public var namespaces: [Glob] = []
    public var users: [Glob] = []
    public var groups: [Glob] = []

    public init(namespaces: [Glob] = [], users: [Glob] = [], groups: [Glob] = []) {
        self.namespaces = namespaces
        self.users = users
        self.groups = groups
    }
}

/// One rule: a built-in check with parameters, a mode, and optionally a rewrite.
public struct PolicyRule: Sendable {
    public var name: String
    public var checkName: String
    public var check: any Check
    public var mode: PolicyMode
    /// The rewrite to apply on `/mutate` instead of reporting (one of the check's `mutations`).
    public var mutate: String?
    /// Kinds this rule looks at: the check's kinds narrowed by the policy's `match.kinds`.
    public var kinds: Set<String>
    public var position: SourcePosition
}

/// A waiver of named rules for named namespaces and objects. Only ever loaded from
/// the policy directory, never from cluster objects, so tenants cannot grant themselves one.
public struct PolicyException: Sendable {
    public var name: String
    public var source: String
    public var position: SourcePosition
    /// The policy waived (`metadata.name`).
    public var policy: String
    /// Rule names waived; empty means every rule of the policy.
    public var rules: [String]
    public var kinds: Set<String>
    public var namespaces: [Glob]
    /// Object names (`metadata.name`) waived; empty means any name in the namespaces.
    public var names: [Glob]

    /// Whether this exception waives `rule` of `policy` for the object.
    public func covers(policy: String, rule: String, kind: String, namespace: String?, name: String) -> Bool {
        guard policy == self.policy else { return false }
        if !rules.isEmpty, !rules.contains(rule) { return false }
        if !kinds.isEmpty, !kinds.contains(kind) { return false }
        if !namespaces.isEmpty {
            guard let namespace, namespaces.anyMatches(namespace) else { return false }
        }
        if !names.isEmpty, !names.anyMatches(name) { return false }
        return true
    }
}
