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
        var prefix: String
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
                return StoreRule(kind: kind, name: name, prefix: prefix)
            }
        } else {
            stores = [StoreRule(kind: "ClusterSecretStore", name: Glob("*"), prefix: defaultPrefix)]
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
    func prefix(for ref: StoreReference, namespace: String) -> String? {
        for rule in stores where rule.kind == ref.kind && (ref.name.map(rule.name.matches) ?? (rule.name.pattern == "*")) {
            return rule.prefix.replacing("{namespace}", with: namespace)
        }
        return nil
    }

    /// One remote key that must carry a prefix.
    struct KeySite {
        var value: String?
        var node: Node?
        var path: String
        var pointer: String
        var prefixes: [String]
        var position: SourcePosition
    }

    func sites(_ object: Node, kind: String, namespace: String) -> [KeySite] {
        guard let spec = object["spec"] else { return [] }
        var out: [KeySite] = []
        if kind == "PushSecret" {
            var prefixes: [String] = []
            for (i, r) in (spec["secretStoreRefs"]?.array ?? []).enumerated() {
                guard let ref = ObjectAccess.reference(r, path: "spec.secretStoreRefs[\(i)]"),
                      let p = prefix(for: ref, namespace: namespace), !prefixes.contains(p) else { continue }
                prefixes.append(p)
            }
            guard !prefixes.isEmpty else { return [] }
            for (i, entry) in (spec["data"]?.array ?? []).enumerated() {
                let node = entry[path: "match", "remoteRef", "remoteKey"]
                out.append(KeySite(value: node?.string, node: node, path: "spec.data[\(i)].match.remoteRef.remoteKey",
                                   pointer: "/spec/data/\(i)/match/remoteRef/remoteKey", prefixes: prefixes,
                                   position: node?.position ?? entry.position))
            }
            return out
        }
        for (i, entry) in (spec["data"]?.array ?? []).enumerated() {
            guard let ref = ObjectAccess.effectiveStore(entry: entry, spec: spec, entryPath: "spec.data[\(i)]", base: "spec"),
                  let p = prefix(for: ref, namespace: namespace) else { continue }
            let node = entry[path: "remoteRef", "key"]
            out.append(KeySite(value: node?.string, node: node, path: "spec.data[\(i)].remoteRef.key",
                               pointer: "/spec/data/\(i)/remoteRef/key", prefixes: [p], position: node?.position ?? entry.position))
        }
        for (i, entry) in (spec["dataFrom"]?.array ?? []).enumerated() {
            guard let ref = ObjectAccess.effectiveStore(entry: entry, spec: spec, entryPath: "spec.dataFrom[\(i)]", base: "spec"),
                  let p = prefix(for: ref, namespace: namespace) else { continue }
            if let extract = entry["extract"], extract.isObject {
                let node = extract["key"]
                out.append(KeySite(value: node?.string, node: node, path: "spec.dataFrom[\(i)].extract.key",
                                   pointer: "/spec/dataFrom/\(i)/extract/key", prefixes: [p], position: node?.position ?? extract.position))
            }
            if let find = entry["find"], find.isObject {
                let node = find["path"]
                out.append(KeySite(value: node?.string, node: node, path: "spec.dataFrom[\(i)].find.path",
                                   pointer: "/spec/dataFrom/\(i)/find/path", prefixes: [p], position: node?.position ?? find.position))
            }
        }
        return out
    }

    static func hasDotDot(_ key: String) -> Bool {
        key.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    public func check(_ c: CheckContext) -> [Violation] {
        guard let namespace = c.namespace else { return [] }
        var out: [Violation] = []
        for site in sites(c.object, kind: c.kind, namespace: namespace) {
            let shown = site.prefixes.map { "\"\($0)\"" }.joined(separator: " and ")
            guard let key = site.value else {
                if site.path.hasSuffix("find.path") {
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
            } else if site.path.hasSuffix("find.path") {
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
