import Documents
import ESO

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

    public func check(_ c: CheckContext) -> [Violation] {
        guard let (specNode, base) = ObjectAccess.secretSpec(c.object, kind: c.kind) else { return [] }
        let spec = ExternalSecretSpec(node: specNode, path: base)
        var out: [Violation] = []
        for entry in spec.dataFrom {
            guard let find = entry.find else { continue }
            if forbidMatchAll {
                if let regexp = find.nameRegexp {
                    if UnanchoredRegex(regexp)?.matchesEverything == true {
                        let field = find.nameRegexpField
                        out.append(Violation("\(field?.path ?? find.path) \"\(regexp)\" matches every secret name, so the whole store is copied into one Secret",
                                             path: field?.path ?? find.path, at: field?.position ?? find.position,
                                             hint: "match only the secrets this workload needs, e.g. \"^myapp-\""))
                    }
                } else if find.tags.isEmpty {
                    out.append(Violation("\(find.path) has neither name.regexp nor tags, so it matches every secret in the store",
                                         path: find.path, at: find.position,
                                         hint: "add name.regexp or tags that select only the secrets this workload needs"))
                }
            }
            if requirePath, (find.findPath ?? "").isEmpty {
                out.append(Violation("\(find.path) has no path, so the search spans the whole store",
                                     path: "\(find.path).path", at: find.position,
                                     hint: "set path to the subtree this namespace owns"))
            }
        }
        return out
    }
}
