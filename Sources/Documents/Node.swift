/// Where a node came from in its source text. Lines and columns count from 1;
/// `.unknown` marks nodes built in code (defaults, patches).
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let unknown = SourcePosition(line: 0, column: 0)

    public var isKnown: Bool { line > 0 }

    public var description: String { isKnown ? "\(line):\(column)" : "?" }
}

/// A JSON/YAML number kept as its canonical literal, so that big integers and
/// exact decimals survive a round trip (Kubernetes quantities, resourceVersions).
public struct Number: Sendable, Hashable, CustomStringConvertible {
    /// JSON-syntax literal: `-12`, `3.5`, `1e+30`.
    public let literal: String

    public init(literal: String) { self.literal = literal }
    public init(_ value: Int) { self.literal = String(value) }
    public init(_ value: Double) {
        if value.rounded() == value, abs(value) < 1e15 {
            self.literal = String(Int64(value))
        } else {
            self.literal = String(value)
        }
    }

    /// The value as an integer when it is one and fits in `Int`.
    public var int: Int? { Int(literal) }
    public var double: Double? { Double(literal) }
    public var description: String { literal }
}

/// One key/value entry of a mapping, kept in source order.
/// Equality and hashing ignore `keyPosition`, like `Node` ignores positions.
public struct Member: Sendable, Hashable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: Node

    public init(key: String, keyPosition: SourcePosition = .unknown, value: Node) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }

    public static func == (lhs: Member, rhs: Member) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}

/// The value part of a document node: the JSON data model, which YAML manifests
/// also reduce to once tags, anchors and aliases are resolved.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Number)
    case string(String)
    case array([Node])
    case object([Member])
}

/// A node of a YAML or JSON document: a value and where it was read from.
/// Equality and hashing compare values only, never positions.
public struct Node: Sendable, CustomStringConvertible {
    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition = .unknown) {
        self.value = value
        self.position = position
    }

    public static let null = Node(.null)
    public static func string(_ s: String) -> Node { Node(.string(s)) }
    public static func bool(_ b: Bool) -> Node { Node(.bool(b)) }
    public static func int(_ i: Int) -> Node { Node(.number(Number(i))) }
    public static func array(_ items: [Node]) -> Node { Node(.array(items)) }
    /// An object from ordered pairs (later duplicates replace earlier ones).
    public static func object(_ pairs: KeyValuePairs<String, Node>) -> Node {
        var node = Node(.object([]))
        for (k, v) in pairs { node[k] = v }
        return node
    }

    public var description: String {
        switch value {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .number(let n): return n.literal
        case .string(let s): return "\"\(s)\""
        case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let m): return "{" + m.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

extension Node: Equatable, Hashable {
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

// MARK: - Typed access

extension Node {
    public var isNull: Bool { if case .null = value { return true } else { return false } }
    public var string: String? { if case .string(let s) = value { return s } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = value { return b } else { return nil } }
    public var number: Number? { if case .number(let n) = value { return n } else { return nil } }
    public var int: Int? { number?.int }
    public var array: [Node]? { if case .array(let a) = value { return a } else { return nil } }
    public var members: [Member]? { if case .object(let m) = value { return m } else { return nil } }
    public var isObject: Bool { members != nil }

    /// Name of the value's JSON type, for error messages.
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// `typeName` with its article, for messages: "an array", "a string".
    public var typeNameWithArticle: String {
        switch value {
        case .array, .object: return "an " + typeName
        default: return "a " + typeName
        }
    }

    /// The member named `key` of an object; nil for a missing key or a non-object.
    /// Setting nil removes the key; setting on a non-object turns it into one.
    public subscript(key: String) -> Node? {
        get {
            guard case .object(let members) = value else { return nil }
            for m in members where m.key == key { return m.value }
            return nil
        }
        set {
            var members: [Member]
            if case .object(let m) = value { members = m } else { members = [] }
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
            value = .object(members)
        }
    }

    /// The element at `index` of an array; nil when out of range or not an array.
    public subscript(index: Int) -> Node? {
        guard case .array(let items) = value, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// Follows a path of keys: `node[path: "spec", "provider", "aws"]`.
    public subscript(path keys: String...) -> Node? {
        var current: Node? = self
        for k in keys { current = current?[k] }
        return current
    }

    /// Object keys in source order (empty for non-objects).
    public var keys: [String] { members?.map(\.key) ?? [] }
}
