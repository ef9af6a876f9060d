import Documents
import ESO

/// A rule's `with:` block, read with type checks that point at the offending line.
/// Every accessor marks its key as known; `finish()` rejects keys nobody asked for,
/// so a typo in a policy is an error instead of a silently ignored setting.
public struct Parameters {
    public let node: Node
    public let file: String
    public let path: String
    private var known: Set<String> = []

    public init(node: Node?, file: String, path: String) {
        self.node = node ?? Node(.object([]))
        self.file = file
        self.path = path
    }

    /// The field path of a child key.
    func sub(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public func error(_ message: String, at position: SourcePosition? = nil) -> PolicyLoadError {
        PolicyLoadError(file: file, position: position ?? node.position, message: message)
    }

    public func value(_ key: String) -> Node? {
        guard let v = node[key], !v.isNull else { return nil }
        return v
    }

    public mutating func string(_ key: String) throws -> String? {
        known.insert(key)
        guard let v = value(key) else { return nil }
        if let s = v.string { return s }
        if let n = v.number { return n.literal }
        if let b = v.bool { return String(b) }
        throw error("\(path).\(key) must be a string, not \(v.typeName)", at: v.position)
    }

    public mutating func bool(_ key: String) throws -> Bool? {
        known.insert(key)
        guard let v = value(key) else { return nil }
        guard let b = v.bool else { throw error("\(path).\(key) must be true or false, not \(v.typeName)", at: v.position) }
        return b
    }

    public mutating func strings(_ key: String) throws -> [String]? {
        known.insert(key)
        guard let v = value(key) else { return nil }
        guard let items = v.array else {
            if let s = v.string { return [s] }
            throw error("\(path).\(key) must be a list of strings, not \(v.typeName)", at: v.position)
        }
        return try items.map { item in
            guard let s = item.string else {
                throw error("\(path).\(key) must hold strings, found \(item.typeNameWithArticle)", at: item.position)
            }
            return s
        }
    }

    public mutating func globs(_ key: String) throws -> [Glob]? {
        try strings(key).map { $0.map(Glob.init) }
    }

    /// A list of objects, each read as nested parameters.
    public mutating func objects(_ key: String) throws -> [Parameters]? {
        known.insert(key)
        guard let v = value(key) else { return nil }
        guard let items = v.array else { throw error("\(path).\(key) must be a list, not \(v.typeName)", at: v.position) }
        return try items.enumerated().map { i, item in
            guard item.isObject else { throw error("\(path).\(key)[\(i)] must be an object, not \(item.typeName)", at: item.position) }
            return Parameters(node: item, file: file, path: "\(sub(key))[\(i)]")
        }
    }

    /// A nested object, read as parameters.
    public mutating func object(_ key: String) throws -> Parameters? {
        known.insert(key)
        guard let v = value(key) else { return nil }
        guard v.isObject else { throw error("\(path).\(key) must be an object, not \(v.typeName)", at: v.position) }
        return Parameters(node: v, file: file, path: sub(key))
    }

    /// The raw node, for parameters with their own shape.
    public mutating func raw(_ key: String) -> Node? {
        known.insert(key)
        return value(key)
    }

    /// A Go duration such as `1m30s`, in seconds.
    public mutating func duration(_ key: String) throws -> GoDuration? {
        guard let s = try string(key) else { return nil }
        switch GoDuration.parse(s) {
        case .success(let d): return d
        case .failure(let e):
            throw error("\(path).\(key): \(e.message) (expected a Go duration such as 30s, 5m or 1h30m)", at: value(key)?.position)
        }
    }

    /// Rejects keys no accessor read.
    public func finish() throws {
        guard let members = node.members else {
            throw error("\(path) must be an object, not \(node.typeName)")
        }
        for m in members where !known.contains(m.key) {
            let expected = known.sorted().joined(separator: ", ")
            throw error("\(path): unknown parameter \"\(m.key)\"" + (expected.isEmpty ? " (this check takes none)" : " (expected one of: \(expected))"),
                        at: m.keyPosition.isKnown ? m.keyPosition : m.value.position)
        }
    }
}
