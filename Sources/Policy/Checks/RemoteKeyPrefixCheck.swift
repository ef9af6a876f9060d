import Documents

/// `remoteKeyPrefix`: ESO cannot limit which keys a namespace reads through a shared
/// store (its docs point to an admission webhook): esoguard requires every remote key
/// used through a matching store to start with a per-namespace prefix, `{namespace}/`
/// by default. Covers ExternalSecret `data[].remoteRef.key`, `dataFrom[].extract.key`,
/// `dataFrom[].find.path` and PushSecret `data[].match.remoteRef.remoteKey`; keys with
/// `..` segments are refused since some providers normalise them away.
/// `mutate: addPrefix` prepends the prefix instead of denying.
public struct RemoteKeyPrefixCheck: Check {
    public static let name = "remoteKeyPrefix"
    public static let kinds: Set<String> = ["ExternalSecret", "PushSecret"]
    public static let mutations: Set<String> = ["addPrefix"]

    struct StoreRule: Sendable {
        var kind: String
        var name: Glob
        var prefix: PrefixTemplate
    }

    /// A prefix with `{namespace}` placeholders, split once at load time.
    struct PrefixTemplate: Sendable {
        var parts: [String]   // literal text between placeholders; n parts = n-1 placeholders

        init(_ text: String) {
            var parts: [String] = []
            var rest = Substring(text)
            while let r = rest.firstRange(of: "{namespace}") {
                parts.append(String(rest[rest.startIndex..<r.lowerBound]))
                rest = rest[r.upperBound...]
            }
            parts.append(String(rest))
            self.parts = parts
        }

        func expand(_ namespace: String) -> String {
            if parts.count == 1 { return parts[0] }
            var out = parts[0]
            for p in parts.dropFirst() {
                out += namespace
                out += p
            }
            return out
        }
    }

    var stores: [StoreRule]

    public init(_ p: inout Parameters) throws {
        let defaultPrefix = try p.string("prefix") ?? "{namespace}/"
        try Self.validate(defaultPrefix, p, key: "prefix")
        if let list = try p.objects("stores") {
            stores = try list.map { item in
                var item = item
                let kind = try item.string("kind") ?? "ClusterSecretStore"
                guard ESOKinds.stores.contains(kind) else {
                    throw item.error("\(item.path).kind must be SecretStore or ClusterSecretStore, not \"\(kind)\"", at: item.value("kind")?.position)
                }
                let name = Glob(try item.string("name") ?? "*")
                let prefix = try item.string("prefix") ?? defaultPrefix
                try Self.validate(prefix, item, key: "prefix")
                try item.finish()
                return StoreRule(kind: kind, name: name, prefix: PrefixTemplate(prefix))
            }
        } else {
            stores = [StoreRule(kind: "ClusterSecretStore", name: Glob("*"), prefix: PrefixTemplate(defaultPrefix))]
        }
    }

    static func validate(_ prefix: String, _ p: Parameters, key: String) throws {
        var rest = Substring(prefix)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw p.error("\(p.path).\(key): unclosed \"{\" in \"\(prefix)\"", at: p.value(key)?.position)
            }
            let name = rest[rest.index(after: open)..<close]
            guard name == "namespace" else {
                throw p.error("\(p.path).\(key): unknown placeholder {\(name)} in \"\(prefix)\" (only {namespace} is supported)", at: p.value(key)?.position)
            }
            rest = rest[rest.index(after: close)...]
        }
        if prefix.isEmpty { throw p.error("\(p.path).\(key) must not be empty", at: p.value(key)?.position) }
    }

    /// The prefix required for keys read through `ref` in `namespace`, or nil when no rule covers the store.
    func prefix(kind: String, name: String?, namespace: String) -> String? {
        for rule in stores where rule.kind == kind && (name.map(rule.name.matches) ?? (rule.name.pattern == "*")) {
            return rule.prefix.expand(namespace)
        }
        return nil
    }

    /// The store an ExternalSecret entry reads from, without building field paths
    /// (this runs for every entry of every request).
    static func store(of entry: Node, spec: Node) -> (kind: String, name: String?)? {
        if let ref = entry["sourceRef"] {
            if let s = ref["storeRef"], s.isObject { return (s["kind"]?.string ?? "SecretStore", s["name"]?.string) }
            if ref["generatorRef"] != nil { return nil }
        }
        guard let s = spec["secretStoreRef"], s.isObject else { return nil }
        return (s["kind"]?.string ?? "SecretStore", s["name"]?.string)
    }

    /// One remote key that must carry a prefix.
    struct KeySite {
        enum Field { case data, extract, findPath, pushRemoteKey }
        var field: Field
        var index: Int
        var value: String?
        var prefixes: [String]
        var position: SourcePosition

        /// Field path, built only when reported.
        var path: String {
            switch field {
            case .data: return "spec.data[\(index)].remoteRef.key"
            case .extract: return "spec.dataFrom[\(index)].extract.key"
            case .findPath: return "spec.dataFrom[\(index)].find.path"
            case .pushRemoteKey: return "spec.data[\(index)].match.remoteRef.remoteKey"
            }
        }

        /// JSON Pointer, built only when mutating.
        var pointer: String {
            switch field {
            case .data: return "/spec/data/\(index)/remoteRef/key"
            case .extract: return "/spec/dataFrom/\(index)/extract/key"
            case .findPath: return "/spec/dataFrom/\(index)/find/path"
            case .pushRemoteKey: return "/spec/data/\(index)/match/remoteRef/remoteKey"
            }
        }
    }

    func sites(_ object: Node, kind: String, namespace: String) -> [KeySite] {
        guard let spec = object["spec"] else { return [] }
        var out: [KeySite] = []
        if kind == "PushSecret" {
            var prefixes: [String] = []
            for r in spec["secretStoreRefs"]?.array ?? [] where r.isObject {
                guard let p = prefix(kind: r["kind"]?.string ?? "SecretStore", name: r["name"]?.string, namespace: namespace),
                      !prefixes.contains(p) else { continue }
                prefixes.append(p)
            }
            guard !prefixes.isEmpty else { return [] }
            for (i, entry) in (spec["data"]?.array ?? []).enumerated() {
                let node = entry["match"]?["remoteRef"]?["remoteKey"]
                out.append(KeySite(field: .pushRemoteKey, index: i, value: node?.string, prefixes: prefixes,
                                   position: node?.position ?? entry.position))
            }
            return out
        }
        for (i, entry) in (spec["data"]?.array ?? []).enumerated() {
            guard let store = Self.store(of: entry, spec: spec),
                  let p = prefix(kind: store.kind, name: store.name, namespace: namespace) else { continue }
            let node = entry["remoteRef"]?["key"]
            out.append(KeySite(field: .data, index: i, value: node?.string, prefixes: [p], position: node?.position ?? entry.position))
        }
        for (i, entry) in (spec["dataFrom"]?.array ?? []).enumerated() {
            guard let store = Self.store(of: entry, spec: spec),
                  let p = prefix(kind: store.kind, name: store.name, namespace: namespace) else { continue }
            if let extract = entry["extract"], extract.isObject {
                let node = extract["key"]
                out.append(KeySite(field: .extract, index: i, value: node?.string, prefixes: [p], position: node?.position ?? extract.position))
            }
            if let find = entry["find"], find.isObject {
                let node = find["path"]
                out.append(KeySite(field: .findPath, index: i, value: node?.string, prefixes: [p], position: node?.position ?? find.position))
            }
        }
        return out
    }

    /// True when a `/`-separated segment of `key` is exactly `..`.
    static func hasDotDot(_ key: String) -> Bool {
        var run = 0          // dots since the last slash, or -1 once the segment has other characters
        for b in key.utf8 {
            if b == UInt8(ascii: "/") {
                if run == 2 { return true }
                run = 0
            } else if b == UInt8(ascii: "."), run >= 0 {
                run += 1
            } else {
                run = -1
            }
        }
        return run == 2
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let namespace = c.namespace else { return [] }
        var out = Violations()
        for site in sites(c.object, kind: c.kind, namespace: namespace) {
            var shown: String { site.prefixes.map { "\"\($0)\"" }.joined(separator: " and ") }
            guard let key = site.value else {
                if site.field == .findPath {
                    out.append(Violation("\(site.path) is missing; find through this store must be confined to \(shown)",
                                         path: site.path, at: site.position, hint: "set path: \(site.prefixes.first ?? "")"))
                }
                continue
            }
            if Self.hasDotDot(key) {
                out.append(Violation("\(site.path) \"\(key)\" contains a \"..\" segment", path: site.path, at: site.position,
                                     hint: "write the key without \"..\", starting with \(shown)"))
            } else if let missing = site.prefixes.first(where: { !key.hasPrefix($0) }) {
                out.append(Violation("\(site.path) \"\(key)\" is outside this namespace's keys: it must start with \"\(missing)\"",
                                     path: site.path, at: site.position, hint: "use the key \"\(missing)\(key)\""))
            }
        }
        return out
    }

    public func mutate(_ object: inout Node, mutation: String, context: CheckContext) -> [PatchOperation] {
        guard let namespace = context.namespace else { return [] }
        var ops: [PatchOperation] = []
        for site in sites(object, kind: context.kind, namespace: namespace) {
            // Only one prefix can be prepended; several distinct ones (PushSecret to
            // differently prefixed stores) stay a finding.
            guard site.prefixes.count == 1, let prefix = site.prefixes.first else { continue }
            let newKey: String
            if let key = site.value {
                guard !key.hasPrefix(prefix), !Self.hasDotDot(key) else { continue }
                newKey = prefix + key
            } else if site.field == .findPath {
                newKey = prefix
            } else {
                continue
            }
            guard set(&object, pointer: site.pointer, to: .string(newKey)) else { continue }
            ops.append(PatchOperation(op: site.value == nil ? .add : .replace, path: site.pointer, value: .string(newKey)))
        }
        return ops
    }

    /// Sets the value at a JSON Pointer of plain keys and indices; false when a parent is missing.
    private func set(_ object: inout Node, pointer: String, to value: Node) -> Bool {
        let tokens = pointer.split(separator: "/").map(String.init)
        return Self.set(&object, tokens[...], value)
    }

    private static func set(_ node: inout Node, _ tokens: ArraySlice<String>, _ value: Node) -> Bool {
        guard let first = tokens.first else { node = value; return true }
        if case .array(var items) = node.value, let i = Int(first), items.indices.contains(i) {
            guard set(&items[i], tokens.dropFirst(), value) else { return false }
            node.value = .array(items)
            return true
        }
        guard node.isObject else { return false }
        if tokens.count == 1 { node[first] = value; return true }
        guard var child = node[first] else { return false }
        guard set(&child, tokens.dropFirst(), value) else { return false }
        node[first] = child
        return true
    }
}
