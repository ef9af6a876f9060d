import Documents

/// `allowedStores`: which ClusterSecretStores each namespace may reference. A store's own
/// conditions are set by whoever owns the store; this lets the platform team restrict it
/// centrally, per namespace. A namespace matched by no entry may use no ClusterSecretStore.
/// SecretStores (namespaced, owned by the tenant) pass unless `allowSecretStores: false`.
public struct AllowedStoresCheck: Check {
    public static let name = "allowedStores"
    public static let kinds: Set<String> = ["ExternalSecret", "PushSecret"]

    struct Entry: Sendable {
        var namespaces: [Glob]
        var stores: [Glob]
    }

    var entries: [Entry]
    var allowSecretStores: Bool

    public init(_ p: inout Parameters) throws {
        allowSecretStores = try p.bool("allowSecretStores") ?? true
        guard let list = try p.objects("namespaces") else {
            throw p.error("\(p.path).namespaces is required: a list of {namespaces: [globs], clusterSecretStores: [globs]}")
        }
        entries = try list.map { item in
            var item = item
            guard let ns = try item.globs("namespaces") else { throw item.error("\(item.path).namespaces is required") }
            let stores = try item.globs("clusterSecretStores") ?? []
            try item.finish()
            return Entry(namespaces: ns, stores: stores)
        }
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let namespace = c.namespace else { return [] }
        let allowed = entries.filter { $0.namespaces.anyMatches(namespace) }.flatMap(\.stores)
        var out = Violations()
        for ref in ObjectAccess.storeReferences(c.object, kind: c.kind) {
            if ref.kind == "SecretStore" {
                if !allowSecretStores {
                    out.append(Violation("SecretStore references are not allowed by policy", path: ref.path, at: ref.position,
                                         hint: "use one of the platform's ClusterSecretStores"))
                }
                continue
            }
            guard let name = ref.name else {
                if allowed.isEmpty || !allowed.contains(where: { $0.pattern == "*" }) {
                    out.append(Violation("\(ref.path) selects ClusterSecretStores by label; namespace \(namespace) may only name its allowed stores",
                                         path: ref.path, at: ref.position, hint: "name the store explicitly"))
                }
                continue
            }
            guard !allowed.anyMatches(name) else { continue }
            let list = allowed.isEmpty ? "none" : allowed.map(\.pattern).joined(separator: ", ")
            out.append(Violation("namespace \(namespace) may not use ClusterSecretStore \(name) (allowed: \(list))",
                                 path: "\(ref.path).name", at: ref.position,
                                 hint: allowed.isEmpty ? "use a SecretStore in this namespace, or ask the platform team for access"
                                                        : "reference one of: \(list)"))
        }
        return out
    }
}
