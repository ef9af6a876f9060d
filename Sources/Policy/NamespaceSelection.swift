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
        var list: [Condition] = []
        for (i, c) in (store["spec"]?["conditions"]?.array ?? []).enumerated() {
            let selector = c["namespaceSelector"].flatMap { $0.isNull ? nil : $0 }
            let names = (c["namespaces"]?.array ?? []).compactMap(\.string)
            let regexes = (c["namespaceRegexes"]?.array ?? []).compactMap(\.string).map { ($0, UnanchoredRegex($0)) }
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
        var out: [String] = []
        for c in conditions {
            if let s = c.selector, LabelSelectorMatch.matches(s, labels: labels) == true { out.append(Self.path(c.index, ".namespaceSelector")) }
            for (j, n) in c.namespaces.enumerated() where n == namespace { out.append(Self.path(c.index, ".namespaces[", j)) }
            for (j, r) in c.regexes.enumerated() where r.regex?.matches(namespace) == true { out.append(Self.path(c.index, ".namespaceRegexes[", j)) }
        }
        return out
    }

    /// `admittingPaths` of the `spec.conditions` items as they are in the store node, without
    /// parsing them into a `StoreConditions` first. Same order and indices: list indices count
    /// only the string items, as the parsed form keeps only those.
    public static func admittingPaths(_ conditions: [Node], _ namespace: String, labels: [String: String]) -> [String] {
        admittingPaths(conditions, [namespace], labels: { _ in labels }).map(\.path)
    }

    /// `admittingPaths` for several namespaces at once (`labels(k)` for `namespaces[k]`),
    /// reading each condition's members once: protectedNamespaces asks this on every
    /// ClusterSecretStore request. Each path comes with the index of the namespace it admits;
    /// a namespace's paths are in its `admittingPaths` order.
    public static func admittingPaths(_ conditions: [Node], _ namespaces: [String],
                                      labels: (Int) -> [String: String]) -> [(namespace: Int, path: String)] {
        var out: [(namespace: Int, path: String)] = []
        for (i, c) in conditions.enumerated() {
            guard let members = c.members else { continue }
            var selector: Node?, names: Node?, regexes: Node?
            for m in members {
                switch m.key {
                case "namespaceSelector": if selector == nil { selector = m.value }
                case "namespaces": if names == nil { names = m.value }
                case "namespaceRegexes": if regexes == nil { regexes = m.value }
                default: break
                }
            }
            if let selector, !selector.isNull {
                for k in namespaces.indices where LabelSelectorMatch.matches(selector, labels: labels(k)) == true {
                    out.append((k, path(i, ".namespaceSelector")))
                }
            }
            var j = 0
            for n in names?.array ?? [] {
                guard let name = n.string else { continue }
                for k in namespaces.indices where namespaces[k] == name { out.append((k, path(i, ".namespaces[", j))) }
                j += 1
            }
            j = 0
            for r in regexes?.array ?? [] {
                guard let pattern = r.string else { continue }
                if let regex = UnanchoredRegex(pattern) {
                    for k in namespaces.indices where regex.matches(namespaces[k]) { out.append((k, path(i, ".namespaceRegexes[", j))) }
                }
                j += 1
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
