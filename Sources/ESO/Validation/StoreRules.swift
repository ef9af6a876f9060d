import Documents

/// SecretStore / ClusterSecretStore rules of ESO's webhook (`secretstore_validator.go`,
/// `GetProvider`, each provider's `ValidateStore`).
extension RuleContext {
    mutating func checkStore(_ store: SecretStore) {
        let spec = store.spec
        checkConditions(spec, isCluster: store.isCluster)
        // Nodes are read in place, and the paths are literals (a store's spec is at `spec`):
        // fields, and closures capturing the spec view, cost copies on every request.
        if let interval = spec.node.value(forKey: "refreshInterval") {
            checkDuration(interval, at: { "spec.refreshInterval" }, allowInteger: true)
        }
        if let retry = spec.node.value(forKey: "retrySettings"), retry.isObjectValue,
           let interval = retry.value(forKey: "retryInterval"), case .string(let text) = interval.value,
           case .failure(let e) = GoDuration.parse(text) {
            warning("eso.store.retryInterval", e.message,
                    at: "spec.retrySettings.retryInterval", interval.position,
                    hint: "use a Go duration such as \"10s\"")
        }
        // The provider views get their paths as literals: a store's spec is at `spec`, and
        // `child(_:)` would allocate a pending path step for each level.
        guard let providerNode = spec.node.value(forKey: "provider"), providerNode.isObjectValue else { return }
        let provider = StoreProvider(node: providerNode, path: "spec.provider")
        // Unknown keys are pruned by the API server, so only known ones count.
        var count = 0
        var name = ""
        if case .object(let members) = providerNode.value {
            for m in members.indices {
                if case .null = members[m].value.value { continue }
                // The common providers first, by `==` (cheap for short keys), then the set.
                guard StoreProvider.isModelled(members[m].key) || StoreProvider.knownProviders.contains(members[m].key)
                else { continue }
                if count == 0 { name = members[m].key }
                count += 1
            }
        }
        if count == 0 {
            error("eso.store.provider", "store does not have a provider", at: provider.path, provider.position,
                  hint: "configure exactly one provider, e.g. provider: {aws: {...}}")
            return
        }
        if count > 1 {
            let set = provider.configured.filter(StoreProvider.knownProviders.contains)
            error("eso.store.provider", "store must have exactly one provider, found \(set.count): "
                    + set.joined(separator: ", "),
                  at: provider.path, provider.position, hint: "use one store per provider")
            return
        }
        var scope = StoreScope(isCluster: store.isCluster, namespace: namespace)
        /// `provider.child(key)`, at `path` (= `spec.provider.<key>`).
        func view<T: NodeView>(_ key: String, _ path: String) -> T? {
            guard let node = providerNode.value(forKey: key), node.isObjectValue else { return nil }
            return T(node: node, path: path)
        }
        switch name {
        case "aws": if let p: AWSProvider = view("aws", "spec.provider.aws") { checkAWS(p, &scope) }
        case "vault": if let p: VaultProvider = view("vault", "spec.provider.vault") { checkVault(p, &scope) }
        case "openBao": if let p: VaultProvider = view("openBao", "spec.provider.openBao") { checkOpenBao(p, &scope) }
        case "gcpsm": if let p: GCPSMProvider = view("gcpsm", "spec.provider.gcpsm") { checkGCPSM(p, &scope) }
        case "azurekv": if let p: AzureKVProvider = view("azurekv", "spec.provider.azurekv") { checkAzureKV(p, &scope) }
        case "kubernetes":
            if let p: KubernetesProvider = view("kubernetes", "spec.provider.kubernetes") { checkKubernetes(p, &scope) }
        case "fake": if let p: FakeProvider = view("fake", "spec.provider.fake") { checkFake(p, &scope) }
        case "webhook":
            if let p: WebhookProvider = view("webhook", "spec.provider.webhook") { checkCAProviderNamespace(p.caProvider, &scope) }
        case "pulumi": if let p: PulumiProvider = view("pulumi", "spec.provider.pulumi") { checkPulumi(p, &scope) }
        default: break
        }
        if !scope.findings.isEmpty { findings += scope.findings }
    }

    private mutating func checkConditions(_ spec: SecretStoreSpec, isCluster: Bool) {
        // Reads the nodes directly: views (and their paths) only for a selector or a finding.
        guard let items = spec.node.value(forKey: "conditions")?.array else { return }
        var ci = 0  // index among the object entries, as ESO's message counts them
        for (i, condition) in items.enumerated() where condition.isObjectValue {
            if ci == 0, !isCluster, let field = spec.field("conditions") {
                warning("eso.store.conditions.ignored", "conditions only apply to a ClusterSecretStore; a SecretStore ignores them",
                        at: field.path, field.position, hint: "remove conditions, or make this a ClusterSecretStore")
            }
            for (ri, regex) in (condition.value(forKey: "namespaceRegexes")?.array ?? []).enumerated() {
                guard let text = regex.string else { continue }
                if case .failure(let e) = GoRegex.compile(text) {
                    error("eso.store.conditions.regex",
                          "failed to compile \(ri)th namespace regex in \(ci)th condition: \(e)",
                          at: ESOPath.index(ESOPath.member(ESOPath.index(ESOPath.member(spec.path, "conditions"), i),
                                                           "namespaceRegexes"), ri),
                          regex.position, hint: "namespaceRegexes use Go RE2 syntax")
                }
            }
            if let selector = condition.value(forKey: "namespaceSelector"), selector.isObjectValue {
                let at = spec.fieldLocation.member("conditions").index(i).member("namespaceSelector")
                checkSelector(LabelSelector(node: selector, fieldLocation: at))
            }
            ci += 1
        }
    }
}

/// Which store a reference belongs to, for ESO's namespace rules on secret and
/// service-account references.
struct StoreScope: FindingSink {
    var isCluster: Bool
    /// The store's namespace (SecretStore), when known.
    var namespace: String?
    var findings: [Finding] = []

    /// `ValidateSecretSelector` (`referent: false`) and `ValidateReferentSecretSelector`
    /// (`true`): a ClusterSecretStore's reference needs a namespace unless referent auth
    /// allows resolving it in the ExternalSecret's namespace; a SecretStore's reference
    /// may only name the store's own namespace.
    mutating func checkRef<T: NodeView>(_ ref: T?, referent: Bool, kind: String = "secretRef") {
        guard let ref else { return }
        checkRef(ref.node, at: { ref.path }, referent: referent, kind: kind)
    }

    /// `checkRef` on a reference node whose path (`at`) is rendered only for a finding.
    mutating func checkRef(_ ref: Node, at refPath: () -> String, referent: Bool, kind: String = "secretRef") {
        // Rule id and paths are built only for a finding: this runs for every reference.
        let nsNode = ref.value(forKey: "namespace")
        let ns = nsNode.flatMap { $0.isNull ? nil : $0.string }
        if isCluster {
            if !referent, ns == nil {
                error("eso.store." + kind + ".namespace",
                      "cluster scope requires namespace",
                      at: ESOPath.member(refPath(), "namespace"), ref.position,
                      hint: "a ClusterSecretStore must say which namespace holds this reference")
            }
            return
        }
        guard let ns, let nsNode else { return }
        if let own = namespace {
            if ns != own {
                error("eso.store." + kind + ".namespace",
                      "namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore (\"\(ns)\" is not \"\(own)\")",
                      at: ESOPath.member(refPath(), "namespace"), nsNode.position,
                      hint: "remove namespace: a SecretStore reads only from its own namespace")
            }
        } else {
            warning("eso.store." + kind + ".namespace",
                    "namespace \"\(ns)\" must equal the namespace this SecretStore is created in, which the manifest does not state",
                    at: ESOPath.member(refPath(), "namespace"), nsNode.position,
                    hint: "remove namespace, or set metadata.namespace")
        }
    }
}
