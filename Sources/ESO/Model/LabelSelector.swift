import Documents

/// A Kubernetes `metav1.LabelSelector` with its matching semantics.
public struct LabelSelector: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var matchLabels: [String: String] { stringMap("matchLabels") }
    public var matchExpressions: [Requirement] { list("matchExpressions") }

    /// One `matchExpressions` entry.
    public struct Requirement: NodeView {
        public let node: Node
        public let fieldLocation: FieldLocation
        public init(node: Node, fieldLocation: FieldLocation) {
            self.node = node
            self.fieldLocation = fieldLocation
        }

        public var key: String? { string("key") }
        public var op: String? { string("operator") }
        public var values: [String] { strings("values") }

        /// Why this requirement cannot be turned into a selector (as `LabelSelectorAsSelector`
        /// rejects it), or nil when it is well formed.
        public var problem: String? {
            guard let key, !key.isEmpty else { return "matchExpressions entry has no key" }
            let count = node["values"]?.array?.count ?? 0
            switch op {
            case "In", "NotIn":
                if count == 0 { return "operator \(op ?? "") needs at least one value" }
            case "Exists", "DoesNotExist":
                if count != 0 { return "operator \(op ?? "") takes no values" }
            default:
                return "unknown operator \"\(op ?? "")\" (want In, NotIn, Exists or DoesNotExist)"
            }
            return nil
        }

        func matches(_ labels: [String: String]) -> Bool {
            guard let key else { return false }
            let value = labels[key]
            switch op {
            case "In": return value.map { values.contains($0) } ?? false
            case "NotIn": return value.map { !values.contains($0) } ?? true
            case "Exists": return value != nil
            case "DoesNotExist": return value == nil
            default: return false
            }
        }
    }

    /// True when the selector has neither matchLabels nor matchExpressions: it selects everything.
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

    /// Problems that make the selector invalid (Kubernetes then matches nothing).
    public var problems: [(path: String, message: String)] {
        matchExpressions.compactMap { r in r.problem.map { (r.path, $0) } }
    }

    /// Kubernetes semantics: every matchLabels pair and every requirement must hold (AND);
    /// an empty selector matches everything; an invalid selector matches nothing.
    public func matches(_ labels: [String: String]) -> Bool {
        let expressions = matchExpressions
        for r in expressions where r.problem != nil { return false }
        for (k, v) in matchLabels where labels[k] != v { return false }
        for r in expressions where !r.matches(labels) { return false }
        return true
    }
}
