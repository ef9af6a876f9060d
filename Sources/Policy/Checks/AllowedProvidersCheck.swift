import Documents

/// `allowedProviders`: which provider a SecretStore/ClusterSecretStore may use.
/// `webhook` lets a store call any URL with secrets in the request; `fake` serves
/// literal values from the manifest. Give `allow` (only these) or `deny` (all but these).
public struct AllowedProvidersCheck: Check {
    public static let name = "allowedProviders"
    public static let kinds: Set<String> = ESOKinds.stores

    var allow: [String]?
    var deny: [String]

    public init(_ p: inout Parameters) throws {
        allow = try p.strings("allow")
        deny = try p.strings("deny") ?? []
        if allow == nil && deny.isEmpty {
            throw p.error("\(p.path): give allow (the providers permitted) or deny (the providers refused)")
        }
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let providers = c.spec?["provider"]?.members else { return [] }
        var out = Violations()
        for m in providers where !m.value.isNull {
            let refused = deny.contains(m.key) || (allow.map { !$0.contains(m.key) } ?? false)
            guard refused else { continue }
            let options = allow.map { " (allowed: \($0.joined(separator: ", ")))" } ?? ""
            out.append(Violation("provider \"\(m.key)\" is not allowed by policy\(options)",
                                 path: "spec.provider.\(m.key)", at: m.keyPosition.isKnown ? m.keyPosition : m.value.position,
                                 hint: "use an approved provider" + (allow.map { ": \($0.joined(separator: ", "))" } ?? "")))
        }
        return out
    }
}
