import Documents

/// PushSecret checks. ESO has no admission webhook for PushSecrets: beyond the schema,
/// these are the conditions its controller fails on at reconcile (warnings), plus the
/// refresh interval the API server must decode (error).
extension RuleContext {
    mutating func checkPushSecretSpec(_ spec: PushSecretSpec) {
        checkDuration(spec.refreshIntervalField, allowInteger: false)
        for ref in spec.secretStoreRefs {
            if ref.name == nil || ref.name == "", ref.labelSelector == nil {
                warning("eso.pushSecret.storeRef", "secretStoreRefs entry selects no store: set name or labelSelector",
                        at: ref.path, ref.position, hint: "add name: <store> or a labelSelector")
            }
            checkSelector(ref.labelSelector)
        }
        if let selector = spec.selector, let secret = selector.child("secret", as: ObjectView.self),
           secret.string("name") == nil, !secret.has("selector") {
            warning("eso.pushSecret.selector", "selector.secret names no Secret: set name or selector",
                    at: secret.path, secret.position, hint: "add name: <secret>")
        }
        checkSelector(spec.selector?.secretSelector)
        var seen: Set<String> = []
        for entry in spec.data {
            guard let key = entry.remoteKey else { continue }
            let id = key + "\u{0}" + (entry.property ?? "")
            if !seen.insert(id).inserted {
                warning("eso.pushSecret.duplicateRemoteRef",
                        "remote key \"\(key)\"\(entry.property.map { " property \"\($0)\"" } ?? "") is pushed twice",
                        at: entry.path, entry.position, hint: "two entries would overwrite each other in the provider")
            }
        }
        for dataTo in spec.dataTo { checkSelector(dataTo.storeRef?.labelSelector) }
    }

    mutating func checkClusterPushSecret(_ spec: ClusterPushSecretSpec) {
        if let ps = spec.pushSecretSpec { checkPushSecretSpec(ps) }
        for s in spec.namespaceSelectors { checkSelector(s) }
        checkDuration(spec.refreshTimeField, allowInteger: false, rule: "eso.refreshTime")
    }
}
