/// An RFC 6902 JSON Patch: what a mutating webhook returns (base64 of its JSON).
public struct JSONPatch: Sendable, Hashable {
    public enum Operation: Sendable, Hashable {
        case add(path: JSONPointer, value: Node)
        case remove(path: JSONPointer)
        case replace(path: JSONPointer, value: Node)
        case move(from: JSONPointer, path: JSONPointer)
        case copy(from: JSONPointer, path: JSONPointer)
        case test(path: JSONPointer, value: Node)

        public var name: String {
            switch self {
            case .add: "add"
            case .remove: "remove"
            case .replace: "replace"
            case .move: "move"
            case .copy: "copy"
            case .test: "test"
            }
        }

        public var path: JSONPointer {
            switch self {
            case .add(let p, _), .remove(let p), .replace(let p, _), .test(let p, _): p
            case .move(_, let p), .copy(_, let p): p
            }
        }

        /// The operation as its JSON object (`{"op":"add","path":…,"value":…}`).
        public var node: Node {
            var members = [Member(key: "op", value: .string(name))]
            switch self {
            case .add(let p, let v), .replace(let p, let v), .test(let p, let v):
                members.append(Member(key: "path", value: .string(p.description)))
                members.append(Member(key: "value", value: v))
            case .remove(let p):
                members.append(Member(key: "path", value: .string(p.description)))
            case .move(let f, let p), .copy(let f, let p):
                members.append(Member(key: "from", value: .string(f.description)))
                members.append(Member(key: "path", value: .string(p.description)))
            }
            return Node(.object(members))
        }
    }

    public var operations: [Operation]

    public init(_ operations: [Operation] = []) {
        self.operations = operations
    }

    public var isEmpty: Bool { operations.isEmpty }

    // MARK: Encoding and decoding

    /// The patch as a JSON array node.
    public var node: Node { Node(.array(operations.map(\.node))) }

    /// Compact JSON bytes of the patch.
    public func encoded() -> [UInt8] { JSONWriter.encode(node) }

    /// Reads a patch document (a JSON array of operation objects).
    public init(parsing node: Node) throws(JSONPatchError) {
        guard let items = node.array else {
            throw JSONPatchError("a JSON patch must be an array, found \(node.typeNameWithArticle)")
        }
        var operations: [Operation] = []
        for (i, item) in items.enumerated() {
            do throws(JSONPatchError) {
                operations.append(try Self.operation(item))
            } catch {
                throw JSONPatchError(error.message, operationIndex: i)
            }
        }
        self.operations = operations
    }

    /// Parses patch JSON text.
    public static func parse(_ bytes: [UInt8]) throws(JSONPatchError) -> JSONPatch {
        let node: Node
        do throws(DocumentError) {
            node = try JSONParser.parse(bytes, source: "<patch>")
        } catch {
            throw JSONPatchError(error.description)
        }
        return try JSONPatch(parsing: node)
    }

    private static func operation(_ item: Node) throws(JSONPatchError) -> Operation {
        guard item.isObject else { throw JSONPatchError("an operation must be an object, found \(item.typeNameWithArticle)") }
        guard let op = item["op"]?.string else { throw JSONPatchError("missing string member \"op\"") }
        func pointer(_ key: String) throws(JSONPatchError) -> JSONPointer {
            guard let text = item[key]?.string else { throw JSONPatchError("\"\(op)\" needs a string member \"\(key)\"") }
            return try JSONPointer(parsing: text)
        }
        func value() throws(JSONPatchError) -> Node {
            guard let v = item["value"] else { throw JSONPatchError("\"\(op)\" needs a member \"value\"") }
            return v
        }
        switch op {
        case "add": return .add(path: try pointer("path"), value: try value())
        case "remove": return .remove(path: try pointer("path"))
        case "replace": return .replace(path: try pointer("path"), value: try value())
        case "move": return .move(from: try pointer("from"), path: try pointer("path"))
        case "copy": return .copy(from: try pointer("from"), path: try pointer("path"))
        case "test": return .test(path: try pointer("path"), value: try value())
        default: throw JSONPatchError("unknown op \"\(op)\" (expected add, remove, replace, move, copy or test)")
        }
    }

    // MARK: Applying

    /// Applies every operation in order; the whole patch fails if one does.
    public func apply(to node: Node) throws(JSONPatchError) -> Node {
        var result = node
        for (i, operation) in operations.enumerated() {
            do throws(JSONPatchError) {
                try Self.apply(operation, to: &result)
            } catch {
                throw JSONPatchError(error.message, operationIndex: i)
            }
        }
        return result
    }

    static func apply(_ operation: Operation, to doc: inout Node) throws(JSONPatchError) {
        switch operation {
        case .add(let path, let value):
            try add(value, at: path, in: &doc)
        case .remove(let path):
            _ = try remove(at: path, in: &doc)
        case .replace(let path, let value):
            guard !path.isRoot else { doc = value; return }
            try edit(path, in: &doc) { (container: inout Node, token: String) throws(JSONPatchError) in
                switch container.value {
                case .object(var members):
                    guard let i = members.firstIndex(where: { $0.key == token }) else {
                        throw JSONPatchError("path \(path): no member \"\(token)\" to replace")
                    }
                    container.value = .null
                    members[i].value = value
                    container.value = .object(members)
                case .array(var items):
                    let i = try JSONPointer.arrayIndex(token, count: items.count, pointer: path, allowEnd: false)
                    container.value = .null
                    items[i] = value
                    container.value = .array(items)
                default:
                    throw notContainer(path, container)
                }
            }
        case .move(let from, let path):
            if from == path { _ = try from.resolve(in: doc); return }
            if path.tokens.count > from.tokens.count, Array(path.tokens.prefix(from.tokens.count)) == from.tokens {
                throw JSONPatchError("cannot move \(from) into its own child \(path)")
            }
            let value = try remove(at: from, in: &doc)
            try add(value, at: path, in: &doc)
        case .copy(let from, let path):
            try add(try from.resolve(in: doc), at: path, in: &doc)
        case .test(let path, let value):
            let actual = try path.resolve(in: doc)
            guard jsonEqual(actual, value) else {
                throw JSONPatchError("test failed: value at \(path.displayed) is \(actual), expected \(value)")
            }
        }
    }

    private static func add(_ value: Node, at path: JSONPointer, in doc: inout Node) throws(JSONPatchError) {
        guard !path.isRoot else { doc = value; return }
        try edit(path, in: &doc) { (container: inout Node, token: String) throws(JSONPatchError) in
            switch container.value {
            case .object(var members):
                container.value = .null
                if let i = members.firstIndex(where: { $0.key == token }) {
                    members[i].value = value
                } else {
                    members.append(Member(key: token, value: value))
                }
                container.value = .object(members)
            case .array(var items):
                let i = try JSONPointer.arrayIndex(token, count: items.count, pointer: path, allowEnd: true)
                container.value = .null
                items.insert(value, at: i)
                container.value = .array(items)
            default:
                throw notContainer(path, container)
            }
        }
    }

    private static func remove(at path: JSONPointer, in doc: inout Node) throws(JSONPatchError) -> Node {
        guard !path.isRoot else { throw JSONPatchError("cannot remove the whole document") }
        var removed = Node.null
        try edit(path, in: &doc) { (container: inout Node, token: String) throws(JSONPatchError) in
            switch container.value {
            case .object(var members):
                guard let i = members.firstIndex(where: { $0.key == token }) else {
                    throw JSONPatchError("path \(path): no member \"\(token)\" to remove")
                }
                container.value = .null
                removed = members.remove(at: i).value
                container.value = .object(members)
            case .array(var items):
                let i = try JSONPointer.arrayIndex(token, count: items.count, pointer: path, allowEnd: false)
                container.value = .null
                removed = items.remove(at: i)
                container.value = .array(items)
            default:
                throw notContainer(path, container)
            }
        }
        return removed
    }

    private static func notContainer(_ path: JSONPointer, _ container: Node) -> JSONPatchError {
        JSONPatchError("path \(path): parent \(path.parent?.displayed ?? "") is a \(container.typeName), not an object or array")
    }

    /// Walks to the parent of `path`'s last token (every step must exist) and lets
    /// `body` change it in place, keeping storage uniquely referenced.
    private static func edit(_ path: JSONPointer, in doc: inout Node,
                             _ body: (inout Node, String) throws(JSONPatchError) -> Void) throws(JSONPatchError) {
        try edit(path, path.tokens[...], in: &doc, body)
    }

    private static func edit(_ path: JSONPointer, _ tokens: ArraySlice<String>, in node: inout Node,
                             _ body: (inout Node, String) throws(JSONPatchError) -> Void) throws(JSONPatchError) {
        guard let token = tokens.first else { return }
        let rest = tokens.dropFirst()
        if rest.isEmpty { try body(&node, token); return }
        let here = JSONPointer(tokens: Array(path.tokens[..<(tokens.startIndex + 1)]))
        switch node.value {
        case .object(var members):
            guard let i = members.firstIndex(where: { $0.key == token }) else {
                throw JSONPatchError("path \(path): \(here) does not exist")
            }
            node.value = .null
            defer { node.value = .object(members) }
            try edit(path, rest, in: &members[i].value, body)
        case .array(var items):
            let i = try JSONPointer.arrayIndex(token, count: items.count, pointer: path, allowEnd: false)
            node.value = .null
            defer { node.value = .array(items) }
            try edit(path, rest, in: &items[i], body)
        default:
            throw JSONPatchError("path \(path): \(JSONPointer(tokens: Array(path.tokens[..<tokens.startIndex])).displayed) is a \(node.typeName), not an object or array")
        }
    }

    /// RFC 6902 `test` equality: numbers by value, objects regardless of member order.
    public static func jsonEqual(_ a: Node, _ b: Node) -> Bool {
        switch (a.value, b.value) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)):
            if x.literal == y.literal { return true }
            if let i = x.int, let j = y.int { return i == j }
            if let d = x.double, let e = y.double { return d == e }
            return false
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { jsonEqual($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for m in x {
                guard let other = y.first(where: { $0.key == m.key }), jsonEqual(m.value, other.value) else { return false }
            }
            return true
        default:
            return false
        }
    }
}
