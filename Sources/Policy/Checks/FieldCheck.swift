import Documents

/// `field`: a generic rule for what the catalogue lacks: a field path, an operator and
/// values. Paths use Kubernetes' notation with `[*]` for every array element
/// (`spec.data[*].remoteRef.key`) or a JSON Pointer (`/spec/target/creationPolicy`).
/// `exists` requires at least one value; the other operators judge every value present
/// and let absent fields pass (combine with `exists` to require them).
public struct FieldCheck: Check {
    public static let name = "field"
    public static let kinds: Set<String> = ESOKinds.all

    enum Operator: String, CaseIterable, Sendable {
        case equals, notEquals, `in`, notIn, exists, notExists, matches, prefix
    }

    enum Segment: Sendable, Hashable {
        case key(String)
        case index(Int)
        case every
    }

    let pathText: String
    let segments: [Segment]
    let op: Operator
    let values: [String]
    let regexes: [UnanchoredRegex]
    let message: String?
    let hint: String?

    public init(_ p: inout Parameters) throws {
        guard let path = try p.string("path"), !path.isEmpty else { throw p.error("\(p.path).path is required") }
        pathText = path
        guard let segs = Self.parse(path) else {
            throw p.error("\(p.path).path \"\(path)\" is not a field path (use spec.data[*].remoteRef.key or /spec/target/name)", at: p.value("path")?.position)
        }
        segments = segs
        guard let opText = try p.string("operator") else { throw p.error("\(p.path).operator is required") }
        guard let op = Operator(rawValue: opText) else {
            throw p.error("\(p.path).operator \"\(opText)\" is unknown (expected one of: \(Operator.allCases.map(\.rawValue).joined(separator: ", ")))",
                          at: p.value("operator")?.position)
        }
        self.op = op
        values = try p.strings("values") ?? []
        switch op {
        case .exists, .notExists:
            if !values.isEmpty { throw p.error("\(p.path).values: operator \(op.rawValue) takes no values", at: p.value("values")?.position) }
        case .equals, .notEquals:
            if values.count != 1 { throw p.error("\(p.path).values: operator \(op.rawValue) takes exactly one value", at: p.value("values")?.position ?? p.node.position) }
        default:
            if values.isEmpty { throw p.error("\(p.path).values: operator \(op.rawValue) needs at least one value", at: p.node.position) }
        }
        var compiled: [UnanchoredRegex] = []
        if op == .matches {
            for v in values {
                guard let r = UnanchoredRegex(v) else {
                    throw p.error("\(p.path).values: \"\(v)\" is not a valid regular expression: \(UnanchoredRegex.error(in: v) ?? "")",
                                  at: p.value("values")?.position)
                }
                compiled.append(r)
            }
        }
        regexes = compiled
        message = try p.string("message")
        hint = try p.string("hint")
    }

    static func parse(_ text: String) -> [Segment]? {
        if text.hasPrefix("/") {
            return text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
                let t = String(token).replacing("~1", with: "/").replacing("~0", with: "~")
                if t == "*" { return .every }
                if let i = Int(t), i >= 0 { return .index(i) }
                return .key(t)
            }
        }
        var out: [Segment] = []
        var current = ""
        var chars = text[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            switch c {
            case ".":
                if !current.isEmpty { out.append(.key(current)); current = "" }
            case "[":
                if !current.isEmpty { out.append(.key(current)); current = "" }
                guard let close = chars.firstIndex(of: "]") else { return nil }
                let inner = String(chars[chars.startIndex..<close])
                chars = chars[chars.index(after: close)...]
                if inner == "*" { out.append(.every) } else if let i = Int(inner), i >= 0 { out.append(.index(i)) } else if !inner.isEmpty { out.append(.key(inner)) } else { return nil }
            default:
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(.key(current)) }
        return out.isEmpty ? nil : out
    }

    /// Every node the path reaches, with its concrete field path.
    func resolve(_ root: Node) -> [(Node, String)] {
        var frontier: [(Node, String)] = [(root, "")]
        for seg in segments {
            var next: [(Node, String)] = []
            for (node, path) in frontier {
                switch seg {
                case .key(let k):
                    if let child = node[k] {
                        let simple = k.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                        next.append((child, simple ? (path.isEmpty ? k : "\(path).\(k)") : "\(path)[\(k)]"))
                    }
                case .index(let i):
                    if let child = node[i] { next.append((child, "\(path)[\(i)]")) }
                case .every:
                    for (i, child) in (node.array ?? []).enumerated() { next.append((child, "\(path)[\(i)]")) }
                }
            }
            frontier = next
        }
        return frontier.filter { !$0.0.isNull }
    }

    static func scalar(_ n: Node) -> String? {
        switch n.value {
        case .string(let s): return s
        case .number(let x): return x.literal
        case .bool(let b): return String(b)
        default: return nil
        }
    }

    public func check(_ c: CheckContext) -> Violations {
        let found = resolve(c.object)
        func violation(_ what: String, _ path: String, _ pos: SourcePosition) -> Violation {
            Violation(message ?? what, path: path, at: pos, hint: hint)
        }
        switch op {
        case .exists:
            return found.isEmpty ? [violation("\(pathText) is required", pathText, c.object.position)] : []
        case .notExists:
            var out = Violations()
            for (node, path) in found { out.append(violation("\(path) must not be set", path, node.position)) }
            return out
        default:
            break
        }
        var out = Violations()
        for (node, path) in found {
            let s = Self.scalar(node)
            let ok: Bool
            switch op {
            case .equals: ok = s == values.first
            case .notEquals: ok = s != values.first
            case .in: ok = s.map(values.contains) ?? false
            case .notIn: ok = !(s.map(values.contains) ?? false)
            case .matches: ok = s.map { v in regexes.contains { $0.matches(v) } } ?? false
            case .prefix: ok = s.map { v in values.contains { v.hasPrefix($0) } } ?? false
            case .exists, .notExists: ok = true
            }
            if !ok {
                let shown = s.map { "\"\($0)\"" } ?? node.typeName
                out.append(violation("\(path) is \(shown); policy requires it \(describe)", path, node.position))
            }
        }
        return out
    }

    private var describe: String {
        let list = values.map { "\"\($0)\"" }.joined(separator: ", ")
        switch op {
        case .equals: return "to equal \(list)"
        case .notEquals: return "not to equal \(list)"
        case .in: return "to be one of \(list)"
        case .notIn: return "not to be any of \(list)"
        case .matches: return "to match \(list)"
        case .prefix: return "to start with \(list)"
        case .exists: return "to be set"
        case .notExists: return "not to be set"
        }
    }
}
