import Documents

/// The CEL `x-kubernetes-validations` rules of the ESO CRDs, implemented by hand (each
/// only tests which fields are present). The generator maps every rule text in the
/// CRDs to one of these ids; an unknown id is a generator bug and fails to parse.
enum CELRule: Sendable, Hashable {
    /// Exactly one of the fields is set.
    case exactlyOne([String])
    case atMostOne([String])
    case atLeastOne([String])
    /// `has(self.storeRef) && (has(self.storeRef.name) || has(self.storeRef.labelSelector))`
    case storeRefNameOrSelector
    /// `!has(self.remoteKey) || !has(self.rewrite) || size(self.rewrite) == 0`
    case remoteKeyXorRewrite
    /// `!('esoNamespace' in self) && !('esoStoreName' in self) && !('esoStoreKind' in self)`
    case reservedSessionTags
    /// `has(self.token) || (has(self.username) && has(self.password))`
    case tokenOrUsernamePassword

    init?(id: String) {
        let parts = id.split(separator: ":", maxSplits: 1)
        let fields = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
        switch parts.first.map(String.init) ?? "" {
        case "exactlyOne": self = .exactlyOne(fields)
        case "atMostOne": self = .atMostOne(fields)
        case "atLeastOne": self = .atLeastOne(fields)
        case "storeRefNameOrSelector": self = .storeRefNameOrSelector
        case "remoteKeyXorRewrite": self = .remoteKeyXorRewrite
        case "reservedSessionTags": self = .reservedSessionTags
        case "tokenOrUsernamePassword": self = .tokenOrUsernamePassword
        default: return nil
        }
    }

    /// The violation message, or nil when `node` satisfies the rule.
    func violation(_ node: Node) -> String? {
        func has(_ n: Node?, _ key: String) -> Bool { (n?.value(forKey: key)).map { !$0.isNull } ?? false }
        func list(_ f: [String]) -> String { "[" + f.joined(separator: " ") + "]" }
        switch self {
        case .exactlyOne(let f):
            return f.filter { has(node, $0) }.count == 1 ? nil : "exactly one of the fields in \(list(f)) must be set"
        case .atMostOne(let f):
            return f.filter { has(node, $0) }.count <= 1 ? nil : "at most one of the fields in \(list(f)) may be set"
        case .atLeastOne(let f):
            return f.contains { has(node, $0) } ? nil : "one of the fields in \(list(f)) is required"
        case .storeRefNameOrSelector:
            let ref = node.value(forKey: "storeRef")
            return has(node, "storeRef") && (has(ref, "name") || has(ref, "labelSelector"))
                ? nil : "storeRef must specify either name or labelSelector"
        case .remoteKeyXorRewrite:
            let rewrites = node.value(forKey: "rewrite")?.array?.count ?? 0
            return !has(node, "remoteKey") || rewrites == 0
                ? nil : "remoteKey and rewrite are mutually exclusive: rewrite is only supported in per-key mode (without remoteKey)"
        case .reservedSessionTags:
            let reserved = ["esoNamespace", "esoStoreName", "esoStoreKind"]
            return node.keys.contains(where: reserved.contains)
                ? "customSessionTags cannot contain automatically injected reserved keys: esoNamespace, esoStoreName, esoStoreKind"
                : nil
        case .tokenOrUsernamePassword:
            return has(node, "token") || (has(node, "username") && has(node, "password"))
                ? nil : "either token, or both username and password, must be set"
        }
    }
}
