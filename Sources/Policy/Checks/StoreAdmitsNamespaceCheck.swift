import Documents

/// `clusterStoreAdmitsNamespace`: an ExternalSecret/PushSecret may only reference a
/// ClusterSecretStore whose conditions admit its namespace. ESO checks this only at
/// reconcile time, after the object is stored; esoguard refuses it at admission.
/// For a ClusterExternalSecret/ClusterPushSecret every namespace it selects (among the
/// namespaces known) must be admitted. Skipped when the store or namespace is unknown.
public struct StoreAdmitsNamespaceCheck: Check {
    public static let name = "clusterStoreAdmitsNamespace"
    public static let kinds: Set<String> = ["ExternalSecret", "PushSecret", "ClusterExternalSecret", "ClusterPushSecret"]

    public init(_ p: inout Parameters) throws {}

    public func check(_ c: CheckContext) -> Violations {
        // No store is known: nothing can be judged (and the references need not be read).
        guard c.state.mayKnowAnything else { return [] }
        let refs = ObjectAccess.storeReferences(c.object, kind: c.kind).filter { $0.kind == "ClusterSecretStore" && $0.name != nil }
        guard !refs.isEmpty else { return [] }
        let targets: [String]
        if ESOKinds.clusterScoped.contains(c.kind) {
            let selection = NamespaceSelection(object: c.object, kind: c.kind)
            targets = (c.state.namespaceNames() ?? []).filter { ns in
                guard let labels = c.state.namespaceLabels(ns) else { return false }
                return selection.selectingPath(ns, labels: labels) != nil
            }
        } else if let ns = c.namespace {
            targets = [ns]
        } else {
            targets = []
        }
        var out = Violations()
        var seen: Set<String> = []
        for ref in refs {
            guard let storeName = ref.name, let conditions = c.state.storeConditions(named: storeName) else { continue }
            for ns in targets where conditions.admits(ns, labels: c.state.namespaceLabels(ns)) == false {
                guard seen.insert("\(storeName)/\(ns)").inserted else { continue }
                out.append(Violation("ClusterSecretStore \(storeName) does not admit namespace \(ns): none of its spec.conditions select it, so ESO will refuse to sync",
                                     path: ref.path, at: ref.position,
                                     hint: "use a store whose conditions admit \(ns), or ask the platform team to add \(ns) to \(storeName)'s conditions"))
            }
        }
        return out
    }
}
