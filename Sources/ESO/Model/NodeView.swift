import Documents

/// A typed, read-only view of one object node of an ESO manifest. The node is kept
/// whole (unknown fields survive) and `path` says where it sits, in Kubernetes'
/// field-path notation (`spec.dataFrom[1].find`), so rules can point at it.
public protocol NodeView: Sendable {
    var node: Node { get }
    var path: String { get }
    init(node: Node, path: String)
}

extension NodeView {
    /// Where this object starts in the source (`.unknown` for nodes built in code).
    public var position: SourcePosition { node.position }

    /// The raw member `key`, with its path, when present (even when null).
    public func field(_ key: String) -> Field? {
        guard let child = node[key] else { return nil }
        return Field(node: child, path: ESOPath.member(path, key))
    }

    /// True when `key` is present and not null: Go's `!= nil` on a pointer field.
    public func has(_ key: String) -> Bool {
        guard let child = node[key] else { return false }
        return !child.isNull
    }

    /// The string member `key`, or nil when absent or not a string.
    public func string(_ key: String) -> String? { node[key]?.string }

    public func bool(_ key: String) -> Bool? { node[key]?.bool }

    public func int(_ key: String) -> Int? { node[key]?.int }

    /// A typed child view when `key` holds an object.
    public func child<T: NodeView>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let child = node[key], child.isObject else { return nil }
        return T(node: child, path: ESOPath.member(path, key))
    }

    /// Typed views of the object elements of the array `key` (non-objects are skipped:
    /// schema validation reports them).
    public func list<T: NodeView>(_ key: String, as type: T.Type = T.self) -> [T] {
        guard let items = node[key]?.array else { return [] }
        let base = ESOPath.member(path, key)
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() where item.isObject {
            out.append(T(node: item, path: ESOPath.index(base, i)))
        }
        return out
    }

    /// The string elements of the array `key`.
    public func strings(_ key: String) -> [String] {
        node[key]?.array?.compactMap(\.string) ?? []
    }

    /// A `map[string]string` member (non-string values are skipped).
    public func stringMap(_ key: String) -> [String: String] {
        guard let members = node[key]?.members else { return [:] }
        var out: [String: String] = [:]
        for m in members { if let s = m.value.string { out[m.key] = s } }
        return out
    }
}

/// A raw field: its node and its path, for findings about fields without a typed view.
public struct Field: Sendable {
    public var node: Node
    public var path: String
    public var position: SourcePosition { node.position }

    public init(node: Node, path: String) {
        self.node = node
        self.path = path
    }
}

/// Builds field paths in Kubernetes' notation: `spec.data[0].secretKey`, `spec.tags[env]`.
/// (ESO-local helper; the Documents module has no field-path type yet.)
public enum ESOPath {
    public static func member(_ base: String, _ key: String) -> String {
        base.isEmpty ? key : base + "." + key
    }

    public static func index(_ base: String, _ i: Int) -> String {
        base + "[" + String(i) + "]"
    }

    /// A map entry: Kubernetes prints keys of maps in brackets.
    public static func key(_ base: String, _ key: String) -> String {
        base + "[" + key + "]"
    }
}

/// A view of an object node of no particular shape (free-form maps, metadata blocks).
public struct ObjectView: NodeView {
    public let node: Node
    public let path: String
    public init(node: Node, path: String) {
        self.node = node
        self.path = path
    }
}
