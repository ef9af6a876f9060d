import Documents
import ESO

/// Kubernetes label selectors (matchLabels AND matchExpressions) read from a document node,
/// with apimachinery's semantics: an empty selector `{}` selects everything.
public enum LabelSelectorMatch {
    /// Whether the selector selects `labels`; invalid selectors select nothing (as in Kubernetes).
    /// Same semantics as ESO's `LabelSelector.matches` (apimachinery's), walked directly on
    /// the node because it runs for every namespace of every request.
    public static func matches(_ selector: Node, labels: [String: String]) -> Bool? {
        guard let members = selector.members else { return nil }
        var result = true
        for m in members {
            switch m.key {
            case "matchLabels":
                for pair in m.value.members ?? [] {
                    guard let want = pair.value.string else { continue }
                    if labels[pair.key] != want { result = false }
                }
            case "matchExpressions":
                for expr in m.value.array ?? [] where expr.isObject {
                    guard let key = expr["key"]?.string, !key.isEmpty else { return false }
                    let values = (expr["values"]?.array ?? []).compactMap(\.string)
                    let have = labels[key]
                    switch expr["operator"]?.string {
                    case "In":
                        if values.isEmpty { return false }
                        if !(have.map(values.contains) ?? false) { result = false }
                    case "NotIn":
                        if values.isEmpty { return false }
                        if have.map(values.contains) ?? false { result = false }
                    case "Exists":
                        if !values.isEmpty { return false }
                        if have == nil { result = false }
                    case "DoesNotExist":
                        if !values.isEmpty { return false }
                        if have != nil { result = false }
                    default:
                        return false   // an invalid selector selects nothing
                    }
                }
            default:
                continue
            }
        }
        return result
    }

    /// True when the selector selects every label set: no matchLabels and no matchExpressions.
    public static func selectsEverything(_ selector: Node) -> Bool {
        guard selector.isObject else { return false }
        return (selector["matchLabels"]?.members ?? []).isEmpty && (selector["matchExpressions"]?.array ?? []).isEmpty
    }
}

/// ClusterSecretStore `spec.conditions` with ESO's semantics (pkg/controllers/secretstore/common.go):
/// the conditions are ORed; in each, a namespaceSelector, any listed name, or any regex
/// (unanchored, Go `MatchString`) admits the namespace. No conditions admits every namespace.
public struct StoreConditions: Sendable {
    public struct Condition: Sendable {
        public var selector: Node?
        public var namespaces: [String]
        public var regexes: [(pattern: String, regex: UnanchoredRegex?)]
        public var index: Int
        public var position: SourcePosition
        public var path: String { "spec.conditions[\(index)]" }
    }

    public var conditions: [Condition]
    /// True when `spec.conditions` is absent or empty.
    public var isEmpty: Bool { conditions.isEmpty }

    public init(store: Node) {
        self.init(conditionsNode: store["spec"]?["conditions"])
    }

    /// The conditions of a store whose `spec` is already read (checks have it in their context).
    init(spec: Node?) {
        self.init(conditionsNode: spec?.member("conditions"))
    }

    private init(conditionsNode: Node?) {
        var list: [Condition] = []
        // Parsed on every ClusterSecretStore request: one pass over each condition's members,
        // each list reserved at its full size (one allocation instead of one per doubling).
        let items = conditionsNode?.array ?? []
        list.reserveCapacity(items.count)
        for (i, c) in items.enumerated() {
            var selector: Node?, names: [String] = [], regexes: [(pattern: String, regex: UnanchoredRegex?)] = []
            var seen = (selector: false, names: false, regexes: false)  // the first of duplicate keys counts
            for m in c.members ?? [] {
                switch m.key {
                case "namespaceSelector" where !seen.selector:
                    seen.selector = true
                    if !m.value.isNull { selector = m.value }
                case "namespaces" where !seen.names:
                    seen.names = true
                    let items = m.value.array ?? []
                    names.reserveCapacity(items.count)
                    for n in items { if let name = n.string { names.append(name) } }
                case "namespaceRegexes" where !seen.regexes:
                    seen.regexes = true
                    let items = m.value.array ?? []
                    regexes.reserveCapacity(items.count)
                    for r in items { if let pattern = r.string { regexes.append((pattern, UnanchoredRegex(pattern))) } }
                default: break
                }
            }
            list.append(Condition(selector: selector, namespaces: names, regexes: regexes,
                                  index: i, position: c.position))
        }
        conditions = list
    }

    /// Whether the store is usable from `namespace`; nil when that depends on labels we do not know.
    public func admits(_ namespace: String, labels: [String: String]?) -> Bool? {
        if conditions.isEmpty { return true }
        var unknown = false
        for c in conditions {
            if let selector = c.selector {
                if let labels {
                    if LabelSelectorMatch.matches(selector, labels: labels) == true { return true }
                } else if LabelSelectorMatch.selectsEverything(selector) {
                    return true
                } else {
                    unknown = true
                }
            }
            if c.namespaces.contains(namespace) { return true }
            for r in c.regexes where r.regex?.matches(namespace) == true { return true }
        }
        return unknown ? nil : false
    }

    /// The condition parts that admit `namespace` (for messages), as field paths.
    public func admittingPaths(_ namespace: String, labels: [String: String]) -> [String] {
        admittingPaths([namespace], labels: { _ in labels }).map(\.path)
    }

    /// `admittingPaths` for several namespaces in one pass over the conditions (`labels(k)`
    /// for `namespaces[k]`): protectedNamespaces asks it on every ClusterSecretStore request.
    /// Each path comes with the index of the namespace it admits; a namespace's paths are in
    /// the order the one-namespace form gives them.
    public func admittingPaths(_ namespaces: [String], labels: (Int) -> [String: String]) -> [(namespace: Int, path: String)] {
        var out: [(namespace: Int, path: String)] = []
        for c in conditions {
            if let selector = c.selector {
                for k in namespaces.indices where LabelSelectorMatch.matches(selector, labels: labels(k)) == true {
                    out.append((k, Self.path(c.index, ".namespaceSelector")))
                }
            }
            for (j, name) in c.namespaces.enumerated() {
                for k in namespaces.indices where namespaces[k] == name { out.append((k, Self.path(c.index, ".namespaces[", j))) }
            }
            for (j, r) in c.regexes.enumerated() {
                guard let regex = r.regex else { continue }
                for k in namespaces.indices where regex.matches(namespaces[k]) {
                    out.append((k, Self.path(c.index, ".namespaceRegexes[", j)))
                }
            }
        }
        return out
    }

    /// `spec.conditions[i]<field>` or `spec.conditions[i]<field>j]`.
    private static func path(_ i: Int, _ field: StaticString, _ j: Int? = nil) -> String {
        TextBuilder.build { t in
            t.append("spec.conditions["); t.append(i); t.append("]"); t.append(field)
            if let j { t.append(j); t.append("]") }
        }
    }
}

/// The labels to assume for a namespace: the known ones, else the label the API server
/// sets on every namespace, so `kubernetes.io/metadata.name` selectors still evaluate.
func assumedLabels(_ namespace: String, state: any ClusterState) -> [String: String] {
    state.namespaceLabels(namespace) ?? ["kubernetes.io/metadata.name": namespace]
}
