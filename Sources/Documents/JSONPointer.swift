/// An RFC 6901 JSON Pointer: `/metadata/annotations/example.com~1owner`.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Unescaped reference tokens; empty for the whole document.
    public var tokens: [String]

    public init(tokens: [String] = []) {
        self.tokens = tokens
    }

    /// Parses pointer text; it must be empty or start with `/`, and `~` must be
    /// followed by `0` or `1`.
    public init(parsing text: String) throws(JSONPatchError) {
        guard !text.isEmpty else { self.tokens = []; return }
        guard text.hasPrefix("/") else {
            throw JSONPatchError("JSON pointer \"\(text)\" must be empty or start with '/'")
        }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = Self.unescape(raw) else {
                throw JSONPatchError("JSON pointer \"\(text)\" has '~' not followed by '0' or '1'")
            }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// For literals in code; an invalid `~` escape is kept as written.
    public init(stringLiteral text: String) {
        if let parsed = try? JSONPointer(parsing: text) {
            self = parsed
        } else {
            self.tokens = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        }
    }

    public static let root = JSONPointer()

    public func appending(_ token: String) -> JSONPointer { JSONPointer(tokens: tokens + [token]) }
    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    public var parent: JSONPointer? { tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast())) }
    public var lastToken: String? { tokens.last }

    public var isRoot: Bool { tokens.isEmpty }

    /// Escapes `~` as `~0` and `/` as `~1`.
    public static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        var out = ""
        for c in token {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescape(_ raw: Substring) -> String? {
        guard raw.contains("~") else { return String(raw) }
        var out = ""
        var iterator = raw.makeIterator()
        while let c = iterator.next() {
            if c == "~" {
                switch iterator.next() {
                case "0": out.append("~")
                case "1": out.append("/")
                default: return nil
                }
            } else {
                out.append(c)
            }
        }
        return out
    }

    public var description: String {
        tokens.map { "/" + Self.escape($0) }.joined()
    }

    /// The node this pointer refers to in `node`.
    public func resolve(in node: Node) throws(JSONPatchError) -> Node {
        var current = node
        for (i, token) in tokens.enumerated() {
            let here = JSONPointer(tokens: Array(tokens[..<i]))
            switch current.value {
            case .object:
                guard let child = current[token] else {
                    throw JSONPatchError("path \(self): no member \"\(token)\" in the object at \(here.displayed)")
                }
                current = child
            case .array(let items):
                let index = try Self.arrayIndex(token, count: items.count, pointer: self, allowEnd: false)
                current = items[index]
            default:
                throw JSONPatchError("path \(self): \(here.displayed) is a \(current.typeName), not an object or array")
            }
        }
        return current
    }

    /// Non-throwing lookup.
    public func lookup(in node: Node) -> Node? { try? resolve(in: node) }

    /// Pointer text for messages: the root shows as `""`.
    var displayed: String { tokens.isEmpty ? "\"\" (the root)" : description }

    /// An array index token: `0` or digits without a leading zero, `-` past the end when allowed.
    static func arrayIndex(_ token: String, count: Int, pointer: JSONPointer, allowEnd: Bool) throws(JSONPatchError) -> Int {
        if token == "-" {
            guard allowEnd else { throw JSONPatchError("path \(pointer): '-' (past the end) cannot be read") }
            return count
        }
        let utf8 = token.utf8
        guard let first = utf8.first, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              first != UInt8(ascii: "0") || utf8.count == 1, let index = Int(token) else {
            throw JSONPatchError("path \(pointer): \"\(token)\" is not an array index")
        }
        let upper = allowEnd ? count : count - 1
        guard index <= upper else {
            throw JSONPatchError("path \(pointer): index \(index) is out of bounds (array has \(count) elements)")
        }
        return index
    }
}

/// A JSON Pointer or JSON Patch failure, with the index of the failing operation.
public struct JSONPatchError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// 0-based index of the patch operation that failed, when applying a patch.
    public var operationIndex: Int?

    public init(_ message: String, operationIndex: Int? = nil) {
        self.message = message
        self.operationIndex = operationIndex
    }

    public var description: String {
        if let operationIndex { return "patch operation \(operationIndex): \(message)" }
        return message
    }
}
