import Documents

/// `findRestrictions`: `dataFrom[].find` copies every provider secret that matches into
/// one Kubernetes Secret. A match-all name regex (or no name and no tags) exports the
/// whole store; without `path` the search is not confined to a subtree.
public struct FindRestrictionsCheck: Check {
    public static let name = "findRestrictions"
    public static let kinds: Set<String> = ["ExternalSecret", "ClusterExternalSecret"]

    var requirePath: Bool
    var forbidMatchAll: Bool

    public init(_ p: inout Parameters) throws {
        requirePath = try p.bool("requirePath") ?? false
        forbidMatchAll = try p.bool("forbidMatchAll") ?? true
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let (spec, base) = ObjectAccess.secretSpec(spec: c.spec, kind: c.kind),
              let entries = spec.member("dataFrom")?.array else { return [] }
        var out = Violations()
        // By index: entries are read in place, not copied.
        for i in entries.indices {
            guard let find = entries[i].member("find"), find.isObject else { continue }
            var path: String { "\(base).dataFrom[\(i)].find" }
            if forbidMatchAll {
                if let regexNode = find.member("name")?["regexp"], let regexp = regexNode.string {
                    if Self.mayMatchEverything(regexp), UnanchoredRegex(regexp)?.matchesEverything == true {
                        out.append(Violation("\(path).name.regexp \"\(regexp)\" matches every secret name, so the whole store is copied into one Secret",
                                             path: "\(path).name.regexp", at: regexNode.position,
                                             hint: "match only the secrets this workload needs, e.g. \"^myapp-\""))
                    }
                } else if (find.member("tags")?.members ?? []).isEmpty {
                    out.append(Violation("\(path) has neither name.regexp nor tags, so it matches every secret in the store",
                                         path: path, at: find.position,
                                         hint: "add name.regexp or tags that select only the secrets this workload needs"))
                }
            }
            if requirePath, (find.member("path")?.string ?? "").isEmpty {
                out.append(Violation("\(path) has no path, so the search spans the whole store",
                                     path: "\(path).path", at: find.position,
                                     hint: "set path to the subtree this namespace owns"))
            }
        }
        return out
    }

    /// Cheap pre-filter: `^` followed by a literal letter or digit that is not quantified
    /// cannot match the empty name, so (without `|`) it is not match-all and needs no compiling.
    static func mayMatchEverything(_ pattern: String) -> Bool {
        var bytes = pattern.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "^"), let c = bytes.next(), !pattern.utf8.contains(UInt8(ascii: "|")) else { return true }
        let literal = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
        guard literal else { return true }
        guard let next = bytes.next() else { return false }
        return next == UInt8(ascii: "*") || next == UInt8(ascii: "?") || next == UInt8(ascii: "{")
    }
}
