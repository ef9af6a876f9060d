/// A path to a field in Kubernetes notation, as findings and API errors print it:
/// `spec.dataFrom[1].find`, `metadata.annotations['example.com/owner']`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Element: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var elements: [Element]

    public init(_ elements: [Element] = []) {
        self.elements = elements
    }

    /// Parses the notation `description` prints; text it cannot read becomes one key.
    public init(stringLiteral text: String) {
        self = FieldPath(parsing: text) ?? FieldPath([.key(text)])
    }

    public static let root = FieldPath()

    public static func key(_ key: String) -> FieldPath { FieldPath([.key(key)]) }
    public func key(_ key: String) -> FieldPath { FieldPath(elements + [.key(key)]) }
    public func index(_ index: Int) -> FieldPath { FieldPath(elements + [.index(index)]) }
    /// Appends dotted keys: `path.keys("spec", "provider")`.
    public func keys(_ keys: String...) -> FieldPath { FieldPath(elements + keys.map(Element.key)) }

    public static func + (lhs: FieldPath, rhs: FieldPath) -> FieldPath { FieldPath(lhs.elements + rhs.elements) }

    public var isRoot: Bool { elements.isEmpty }
    public var parent: FieldPath? { elements.isEmpty ? nil : FieldPath(Array(elements.dropLast())) }

    public var description: String {
        var out = ""
        for element in elements {
            switch element {
            case .index(let i):
                out += "[\(i)]"
            case .key(let k) where Self.isSimple(k):
                if !out.isEmpty { out += "." }
                out += k
            case .key(let k):
                var escaped = ""
                for c in k {
                    if c == "'" || c == "\\" { escaped.append("\\") }
                    escaped.append(c)
                }
                out += "['\(escaped)']"
            }
        }
        return out
    }

    /// Keys printed after a dot: identifier-like Kubernetes field names.
    private static func isSimple(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return false }
        return key.utf8.allSatisfy { c in
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "$")
        }
    }

    /// Reads `a.b[0]['c.d']`; nil when the text is not in that notation.
    public init?(parsing text: String) {
        var elements: [Element] = []
        let chars = Array(text)
        var i = 0
        var current = ""
        func flush() { if !current.isEmpty { elements.append(.key(current)); current = "" } }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case ".":
                guard !current.isEmpty || (i > 0 && chars[i - 1] == "]") else { return nil }
                flush()
                i += 1
            case "[":
                flush()
                i += 1
                if i < chars.count, chars[i] == "'" {
                    i += 1
                    var key = ""
                    while i < chars.count, chars[i] != "'" {
                        if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                        key.append(chars[i])
                        i += 1
                    }
                    guard i + 1 < chars.count, chars[i + 1] == "]" else { return nil }
                    elements.append(.key(key))
                    i += 2
                } else {
                    var digits = ""
                    while i < chars.count, chars[i] != "]" { digits.append(chars[i]); i += 1 }
                    guard i < chars.count, let index = Int(digits), index >= 0 else { return nil }
                    elements.append(.index(index))
                    i += 1
                }
            default:
                current.append(c)
                i += 1
            }
        }
        flush()
        self.elements = elements
    }

    /// The same location as a JSON Pointer (for patches).
    public var pointer: JSONPointer {
        JSONPointer(tokens: elements.map { element in
            switch element {
            case .key(let k): k
            case .index(let i): String(i)
            }
        })
    }
}

extension Node {
    /// The node at `path`, or nil when some step is missing.
    public subscript(field path: FieldPath) -> Node? {
        var current: Node? = self
        for element in path.elements {
            switch element {
            case .key(let k): current = current?[k]
            case .index(let i): current = current?[i]
            }
        }
        return current
    }

    /// Where `path` is in the source: the node itself, or for a missing field the
    /// deepest ancestor that exists (a finding about an absent field points at its parent).
    /// For an object member, the key's position is used, as editors expect.
    public func position(of path: FieldPath) -> SourcePosition {
        var current = self
        var best = position
        for element in path.elements {
            switch element {
            case .key(let k):
                guard let member = current.members?.first(where: { $0.key == k }) else { return best }
                best = member.keyPosition.isKnown ? member.keyPosition : member.value.position
                current = member.value
            case .index(let i):
                guard let item = current[i] else { return best }
                if item.position.isKnown { best = item.position }
                current = item
            }
        }
        return best
    }
}
