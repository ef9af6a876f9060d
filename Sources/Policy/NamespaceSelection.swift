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
    /// The `spec.conditions` node the conditions were read from.
    private var node: Node?
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
        node = conditionsNode
        var list: [Condition] = []
        let items = conditionsNode?.array ?? []
        list.reserveCapacity(items.count)
        for i in items.indices {
            let parts = Parts(items[i])
            var names: [String] = [], regexes: [(pattern: String, regex: UnanchoredRegex?)] = []
            names.reserveCapacity(parts.namespaces.count)
            for n in parts.namespaces { if let name = n.string { names.append(name) } }
            regexes.reserveCapacity(parts.regexes.count)
            for r in parts.regexes { if let pattern = r.string { regexes.append((pattern, UnanchoredRegex(pattern))) } }
            list.append(Condition(selector: parts.selector, namespaces: names, regexes: regexes,
                                  index: i, position: items[i].position))
        }
        conditions = list
    }

    /// What one condition node holds, read in place: ESO's condition semantics are read here
    /// only (`init` and `admittingParts` both start from it). The first of duplicate keys
    /// counts, a null selector is none, and a list that is not an array is empty; list items
    /// that are not strings are left for the readers to skip.
    struct Parts {
        var selector: Node?
        var namespaces: [Node] = []
        var regexes: [Node] = []

        init(_ condition: Node) {
            guard case .object(let members) = condition.value else { return }
            var seen = (selector: false, names: false, regexes: false)
            // By index: a member read in place is not copied (retained and released).
            for i in members.indices {
                switch members[i].key {
                case "namespaceSelector" where !seen.selector:
                    seen.selector = true
                    if !members[i].value.isNull { selector = members[i].value }
                case "namespaces" where !seen.names:
                    seen.names = true
                    namespaces = members[i].value.array ?? []
                case "namespaceRegexes" where !seen.regexes:
                    seen.regexes = true
                    regexes = members[i].value.array ?? []
                default: break
                }
            }
        }
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
    /// for `namespaces[k]`). Each path comes with the index of the namespace it admits; a
    /// namespace's paths are in the order the one-namespace form gives them.
    public func admittingPaths(_ namespaces: [String], labels: (Int) -> [String: String]) -> [(namespace: Int, path: String)] {
        Self.admittingParts(node, namespaces, labels: labels).map { ($0.namespace, $0.part.path) }
    }

    /// One condition part that admits a namespace: `spec.conditions[condition]` and its
    /// selector, or item `item` of its names or regexes (counting string items only).
    /// Rendered only where a message needs it.
    struct Part {
        enum Field { case selector, name, regex }
        var condition: Int
        var field: Field
        var item: Int

        var path: String { TextBuilder.build { append(to: &$0) } }

        func append(to t: inout TextBuilder) {
            t.append("spec.conditions["); t.append(condition)
            switch field {
            case .selector: t.append("].namespaceSelector")
            case .name: t.append("].namespaces["); t.append(item); t.append("]")
            case .regex: t.append("].namespaceRegexes["); t.append(item); t.append("]")
            }
        }
    }

    /// The admitting parts of the conditions in `conditionsNode` for each of `namespaces`,
    /// read straight from the nodes: protectedNamespaces asks this on every ClusterSecretStore
    /// request and needs no condition list, name strings or path strings for it.
    static func admittingParts(_ conditionsNode: Node?, _ namespaces: [String],
                               labels: (Int) -> [String: String]) -> [(namespace: Int, part: Part)] {
        var out: [(namespace: Int, part: Part)] = []
        guard case .array(let items) = conditionsNode?.value else { return out }
        for i in items.indices {
            let parts = Parts(items[i])
            if let selector = parts.selector {
                for k in namespaces.indices where LabelSelectorMatch.matches(selector, labels: labels(k)) == true {
                    out.append((k, Part(condition: i, field: .selector, item: 0)))
                }
            }
            var j = 0
            for n in parts.namespaces.indices {
                guard case .string(let name) = parts.namespaces[n].value else { continue }
                for k in namespaces.indices where namespaces[k] == name { out.append((k, Part(condition: i, field: .name, item: j))) }
                j += 1
            }
            j = 0
            for r in parts.regexes.indices {
                guard case .string(let pattern) = parts.regexes[r].value else { continue }
                defer { j += 1 }
                guard let regex = UnanchoredRegex(pattern) else { continue }
                for k in namespaces.indices where regex.matches(namespaces[k]) {
                    out.append((k, Part(condition: i, field: .regex, item: j)))
                }
            }
        }
        return out
    }
}

/// The labels to assume for a namespace: the known ones, else the label the API server
/// sets on every namespace, so `kubernetes.io/metadata.name` selectors still evaluate.
func assumedLabels(_ namespace: String, state: any ClusterState) -> [String: String] {
    state.namespaceLabels(namespace) ?? ["kubernetes.io/metadata.name": namespace]
}
