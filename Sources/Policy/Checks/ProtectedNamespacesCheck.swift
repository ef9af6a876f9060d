import Documents

/// `protectedNamespaces`: system namespaces must not be able to use a ClusterSecretStore,
/// and ClusterExternalSecret/ClusterPushSecret selectors must not reach them. Conditions and
/// selectors are evaluated exactly as ESO does, against the namespaces' known labels (or
/// the `kubernetes.io/metadata.name` label every namespace has).
public struct ProtectedNamespacesCheck: Check {
    public static let name = "protectedNamespaces"
    public static let kinds: Set<String> = ["ClusterSecretStore", "ClusterExternalSecret", "ClusterPushSecret"]
    static let defaults = ["kube-system", "kube-public", "kube-node-lease"]

    var namespaces: [String]
    /// The labels every namespace carries, used when the cluster state does not know the namespace.
    var nameLabels: [[String: String]]
    /// Per namespace, the hints of the store and selector findings: they name only the
    /// namespace, so they are built once here rather than for every request that warns.
    var storeHints: [String]
    var selectorHints: [String]

    public init(_ p: inout Parameters) throws {
        namespaces = try p.strings("namespaces") ?? Self.defaults
        nameLabels = namespaces.map { ["kubernetes.io/metadata.name": $0] }
        storeHints = namespaces.map { "narrow spec.conditions so they do not admit \($0)" }
        selectorHints = namespaces.map { "restrict the selector with matchLabels that \($0) does not carry, or list the target namespaces" }
    }

    public func check(_ c: CheckContext) -> Violations {
        var out = Violations()
        if c.kind == "ClusterSecretStore" {
            let conditions = c.spec?.member("conditions")
            let isEmpty = conditions?.array?.isEmpty ?? true
            // With labels known, the store admits a namespace exactly when a condition part
            // does (or there are no conditions): StoreConditions.admits and admittingParts.
            let admitting = isEmpty ? [] : StoreConditions.admittingParts(conditions, namespaces, labels: { k in
                c.state.namespaceLabels(namespaces[k]) ?? nameLabels[k]
            })
            for i in namespaces.indices {
                let path: String
                if isEmpty {
                    path = "spec.conditions"
                } else if let first = admitting.first(where: { $0.namespace == i }) {
                    path = first.part.path
                } else {
                    continue
                }
                let message = TextBuilder.build { t in
                    t.append("ClusterSecretStore "); t.append(c.name)
                    t.append(" is usable from protected namespace "); t.append(namespaces[i])
                    t.append(" (admitted by ")
                    if isEmpty { t.append(path) }
                    var separator = false
                    for a in admitting where a.namespace == i {
                        if separator { t.append(", ") }
                        a.part.append(to: &t)
                        separator = true
                    }
                    t.append(")")
                }
                out.append(Violation(message, path: path, at: conditions?.position ?? c.object.position,
                                     hint: storeHints[i]))
            }
            return out
        }
        let selection = NamespaceSelection(object: c.object, kind: c.kind)
        for (i, ns) in namespaces.enumerated() {
            guard let path = selection.selectingPath(ns, labels: c.state.namespaceLabels(ns) ?? nameLabels[i]) else { continue }
            out.append(Violation("\(c.kind) \(c.name) selects protected namespace \(ns) through \(path)",
                                 path: path, at: c.object[path: "spec"]?.position ?? c.object.position,
                                 hint: selectorHints[i]))
        }
        return out
    }
}

/// The namespaces a ClusterExternalSecret/ClusterPushSecret selects: `namespaceSelectors`
/// (ORed), the deprecated single `namespaceSelector`, and the deprecated `namespaces` list.
struct NamespaceSelection {
    var selectors: [(node: Node, path: String)] = []
    var names: [(name: String, path: String)] = []

    init(object: Node, kind: String) {
        let spec = object.member("spec") ?? Node.null
        for (i, s) in (spec.member("namespaceSelectors")?.array ?? []).enumerated() where s.isObject {
            selectors.append((s, "spec.namespaceSelectors[\(i)]"))
        }
        if let s = spec.member("namespaceSelector"), s.isObject { selectors.append((s, "spec.namespaceSelector")) }
        for (i, n) in (spec.member("namespaces")?.array ?? []).enumerated() {
            if let name = n.string { names.append((name, "spec.namespaces[\(i)]")) }
        }
    }

    /// The field that selects `namespace`, or nil when none does.
    func selectingPath(_ namespace: String, labels: [String: String]) -> String? {
        for s in selectors where LabelSelectorMatch.matches(s.node, labels: labels) == true { return s.path }
        for n in names where n.name == namespace { return n.path }
        return nil
    }
}
