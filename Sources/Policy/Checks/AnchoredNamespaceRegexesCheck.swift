import Documents

/// `anchoredNamespaceRegexes`: ESO matches `conditions[].namespaceRegexes` unanchored
/// (Go `MatchString`), so `team-a` also admits `xteam-abc` and `team-a-evil`.
/// Every regex must be `^…$` with no top-level `|`, and must compile.
public struct AnchoredNamespaceRegexesCheck: Check {
    public static let name = "anchoredNamespaceRegexes"
    public static let kinds: Set<String> = ["ClusterSecretStore"]

    public init(_ p: inout Parameters) throws {}

    public func check(_ c: CheckContext) -> Violations {
        var out = Violations()
        for (i, cond) in (c.spec?["conditions"]?.array ?? []).enumerated() {
            for (j, r) in (cond.member("namespaceRegexes")?.array ?? []).enumerated() {
                let path = "spec.conditions[\(i)].namespaceRegexes[\(j)]"
                guard let pattern = r.string else {
                    out.append(Violation("\(path) must be a string", path: path, at: r.position))
                    continue
                }
                if let error = UnanchoredRegex.error(in: pattern) {
                    out.append(Violation("\(path) \"\(pattern)\" does not compile: \(error)", path: path, at: r.position,
                                         hint: "fix the regular expression"))
                } else if !UnanchoredRegex.isAnchored(pattern) {
                    var core = Substring(pattern)
                    if core.hasPrefix("^") { core = core.dropFirst() }
                    if core.hasSuffix("$") { core = core.dropLast() }
                    let suggestion = "^(\(core))$"
                    out.append(Violation("\(path) \"\(pattern)\" is not anchored; ESO matches it anywhere in the namespace name, so it admits more namespaces than it appears to",
                                         path: path, at: r.position, hint: "anchor it at both ends: \"\(suggestion)\""))
                }
            }
        }
        return out
    }
}
