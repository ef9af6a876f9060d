import Documents

/// A typed, read-only view of one object node of an ESO manifest. The node is kept
/// whole (unknown fields survive) and `path` says where it sits, in Kubernetes'
/// field-path notation (`spec.dataFrom[1].find`), so rules can point at it.
public protocol NodeView: Sendable {
    var node: Node { get }
    /// Where the node sits; rendered to `path` only when asked (findings are rare).
    var fieldLocation: FieldLocation { get }
    init(node: Node, fieldLocation: FieldLocation)
}

extension NodeView {
    public init(node: Node, path: String) { self.init(node: node, fieldLocation: FieldLocation(path)) }

    /// The field path in Kubernetes' notation (`spec.dataFrom[1].find`).
    public var path: String { fieldLocation.path }

    /// Where this object starts in the source (`.unknown` for nodes built in code).
    public var position: SourcePosition { node.position }

    /// The raw member `key`, with its path, when present (even when null).
    public func field(_ key: String) -> Field? {
        guard let child = node.value(forKey: key) else { return nil }
        return Field(node: child, fieldLocation: fieldLocation.member(key))
    }

    /// True when `key` is present and not null: Go's `!= nil` on a pointer field.
    public func has(_ key: String) -> Bool {
        guard let child = node.value(forKey: key) else { return false }
        return !child.isNull
    }

    /// The string member `key`, or nil when absent or not a string.
    public func string(_ key: String) -> String? { node.value(forKey: key)?.string }

    public func bool(_ key: String) -> Bool? { node.value(forKey: key)?.bool }

    public func int(_ key: String) -> Int? { node.value(forKey: key)?.int }

    /// A typed child view when `key` holds an object.
    public func child<T: NodeView>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let child = node.value(forKey: key), child.isObjectValue else { return nil }
        return T(node: child, fieldLocation: fieldLocation.member(key))
    }

    /// Typed views of the object elements of the array `key` (non-objects are skipped:
    /// schema validation reports them).
    public func list<T: NodeView>(_ key: String, as type: T.Type = T.self) -> [T] {
        guard let items = node.value(forKey: key)?.array else { return [] }
        let base = fieldLocation.member(key)
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() where item.isObjectValue {
            out.append(T(node: item, fieldLocation: base.index(i)))
        }
        return out
    }

    /// The string elements of the array `key`.
    public func strings(_ key: String) -> [String] {
        node.value(forKey: key)?.array?.compactMap(\.string) ?? []
    }

    /// A `map[string]string` member (non-string values are skipped).
    public func stringMap(_ key: String) -> [String: String] {
        guard let members = node.value(forKey: key)?.members else { return [:] }
        var out: [String: String] = [:]
        for m in members { if let s = m.value.string { out[m.key] = s } }
        return out
    }
}

extension Node {
    /// `self[key]`, reading the members in place: Node's subscript copies every member
    /// it passes, and rules look up many keys per request. Inlined, so that a caller
    /// that only tests or unwraps the result does not copy the node and destroy it.
    @inline(__always)
    func value(forKey key: String) -> Node? {
        guard case .object(let members) = value else { return nil }
        for i in members.indices where members[i].key == key { return members[i].value }
        return nil
    }

    /// `isObject` without copying the members out (Node's accessor hands back a copy).
    var isObjectValue: Bool {
        if case .object = value { return true }
        return false
    }
}

/// A raw field: its node and its path, for findings about fields without a typed view.
public struct Field: Sendable {
    public var node: Node
    public var fieldLocation: FieldLocation
    public var path: String {
        get { fieldLocation.path }
        set { fieldLocation = FieldLocation(newValue) }
    }
    public var position: SourcePosition { node.position }

    public init(node: Node, path: String) {
        self.node = node
        self.fieldLocation = FieldLocation(path)
    }

    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }
}

/// A field path that is rendered only when asked for. Rules read many fields and
/// report few, and building a path string for every field read cost more than the
/// rules themselves; a location is a rendered base plus a chain of pending steps.
public struct FieldLocation: Sendable {
    private let base: String
    private let last: Step?

    private final class Step: Sendable {
        enum Kind { case member, index, key }
        let parent: FieldLocation
        let kind: Kind
        let name: String
        let index: Int

        init(_ parent: FieldLocation, _ kind: Kind, _ name: String, _ index: Int) {
            self.parent = parent
            self.kind = kind
            self.name = name
            self.index = index
        }
    }

    /// A location whose path is `path` (already rendered).
    public init(_ path: String) {
        base = path
        last = nil
    }

    private init(_ step: Step) {
        base = ""
        last = step
    }

    public func member(_ key: String) -> FieldLocation { FieldLocation(Step(self, .member, key, 0)) }
    public func index(_ i: Int) -> FieldLocation { FieldLocation(Step(self, .index, "", i)) }
    /// A map entry (`spec.tags[env]`).
    public func key(_ key: String) -> FieldLocation { FieldLocation(Step(self, .key, key, 0)) }

    /// The path in Kubernetes' notation, exactly as `ESOPath` spells it step by step.
    public var path: String {
        guard last != nil else { return base }
        var steps: [Step] = []
        var root = self
        while let step = root.last {
            steps.append(step)
            root = step.parent
        }
        var out = root.base
        for step in steps.reversed() {
            switch step.kind {
            case .member: out = ESOPath.member(out, step.name)
            case .index: out = ESOPath.index(out, step.index)
            case .key: out = ESOPath.key(out, step.name)
            }
        }
        return out
    }
}

/// Builds field paths in the notation of Kubernetes' field errors (`field.Path`):
/// `spec.data[0].secretKey`, map keys bare in brackets (`spec.tags[env]`), as ESO's
/// webhook prints them. Documents' `FieldPath` is the policy notation, which quotes
/// keys that are not identifiers (`metadata.annotations['example.com/owner']`).
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
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }
}
