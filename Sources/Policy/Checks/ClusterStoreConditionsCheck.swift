import Documents

/// `clusterStoreConditions`: a ClusterSecretStore must say which namespaces may use it.
/// Without conditions ESO lets every namespace read through it; a `namespaceSelector: {}`
/// or a regex like `.*` does the same while looking scoped.
public struct ClusterStoreConditionsCheck: Check {
    public static let name = "clusterStoreConditions"
    public static let kinds: Set<String> = ["ClusterSecretStore"]

    var requireConditions: Bool
    var forbidMatchAll: Bool

    public init(_ p: inout Parameters) throws {
        requireConditions = try p.bool("requireConditions") ?? true
        forbidMatchAll = try p.bool("forbidMatchAll") ?? true
    }

    public func check(_ c: CheckContext) -> Violations {
        let conditions = c.spec?["conditions"]
        guard let list = conditions?.array, !list.isEmpty else {
            guard requireConditions else { return [] }
            return [Violation("ClusterSecretStore \(c.name) has no spec.conditions, so every namespace can read secrets through it",
                              path: "spec.conditions", at: conditions?.position ?? c.spec?.position ?? c.object.position,
                              hint: "add spec.conditions naming the namespaces allowed to use it (namespaces, a namespaceSelector with labels, or anchored namespaceRegexes)")]
        }
        guard forbidMatchAll else { return [] }
        var out = Violations()
        for (i, cond) in list.enumerated() {
            if let sel = cond.member("namespaceSelector"), LabelSelectorMatch.selectsEverything(sel) {
                out.append(Violation("spec.conditions[\(i)].namespaceSelector is empty and selects every namespace",
                                     path: "spec.conditions[\(i)].namespaceSelector", at: sel.position,
                                     hint: "give the selector matchLabels or matchExpressions, or list the namespaces"))
            }
            for (j, r) in (cond.member("namespaceRegexes")?.array ?? []).enumerated() {
                guard let pattern = r.string, let regex = UnanchoredRegex(pattern), regex.matchesEverything else { continue }
                out.append(Violation("spec.conditions[\(i)].namespaceRegexes[\(j)] \"\(pattern)\" matches every namespace",
                                     path: "spec.conditions[\(i)].namespaceRegexes[\(j)]", at: r.position,
                                     hint: "use an anchored regex for the intended namespaces, such as \"^team-a-[a-z0-9-]+$\""))
            }
        }
        return out
    }
}
