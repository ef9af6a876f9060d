import Documents
import ESO
import Testing

/// One rule, one manifest that passes it and one that breaks it at `path`.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var severity: Severity = .error
    var path: String
    var pass: String
    var fail: String
    var namespace: String? = nil
    var testDescription: String { "\(rule) @ \(path)" }
}

func externalSecret(_ spec: String, version: String = "v1") -> String {
    """
    apiVersion: external-secrets.io/\(version)
    kind: ExternalSecret
    metadata: {name: app, namespace: team-a}
    spec:
      secretStoreRef: {name: vault, kind: ClusterSecretStore}
    \(spec.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
    """
}

func store(_ provider: String, kind: String = "ClusterSecretStore", namespace: String? = nil,
           extra: String = "", version: String = "v1") -> String {
    """
    apiVersion: external-secrets.io/\(version)
    kind: \(kind)
    metadata: {name: store\(namespace.map { ", namespace: \($0)" } ?? "")}
    spec:
    \(extra.split(separator: "\n", omittingEmptySubsequences: true).map { "  " + $0 }.joined(separator: "\n"))
      provider:
    \(provider.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
    """
}

let oneData = "data: [{secretKey: password, remoteRef: {key: app/db}}]"

let externalSecretCases: [RuleCase] = [
    RuleCase(rule: "eso.data.empty", path: "spec", pass: oneData, fail: "target: {name: x}"),
    RuleCase(rule: "eso.dataFrom.exclusive", path: "spec.dataFrom[0]",
             pass: "dataFrom: [{extract: {key: a}}, {find: {path: b}}]",
             fail: "dataFrom: [{extract: {key: a}, find: {path: b}}]"),
    RuleCase(rule: "eso.dataFrom.exclusive", path: "spec.dataFrom[0]",
             pass: "dataFrom: [{sourceRef: {generatorRef: {kind: Password, name: p}}}]",
             fail: "dataFrom: [{find: {path: b}, sourceRef: {generatorRef: {kind: Password, name: p}}}]"),
    RuleCase(rule: "eso.dataFrom.empty", path: "spec.dataFrom[1]",
             pass: "dataFrom: [{extract: {key: a}}]",
             fail: "dataFrom: [{extract: {key: a}}, {rewrite: [{transform: {template: x}}]}]"),
    RuleCase(rule: "eso.dataFrom.sourceRef", path: "spec.dataFrom[0].sourceRef",
             pass: "dataFrom: [{sourceRef: {storeRef: {name: other}}, extract: {key: a}}]",
             fail: "dataFrom: [{sourceRef: {}, extract: {key: a}}]"),
    RuleCase(rule: "eso.target.deletionPolicy", path: "spec.target.deletionPolicy",
             pass: oneData + "\ntarget: {creationPolicy: Owner, deletionPolicy: Delete}",
             fail: oneData + "\ntarget: {creationPolicy: Merge, deletionPolicy: Delete}"),
    RuleCase(rule: "eso.target.deletionPolicy", path: "spec.target.deletionPolicy",
             pass: oneData + "\ntarget: {creationPolicy: Merge, deletionPolicy: Merge}",
             fail: oneData + "\ntarget: {creationPolicy: None, deletionPolicy: Merge}"),
    RuleCase(rule: "eso.data.duplicateKey", path: "spec.data[1].secretKey",
             // ESO only checks duplicates when the Secret is retained on deletion.
             pass: "target: {deletionPolicy: Delete}\ndata: [{secretKey: a, remoteRef: {key: x}}, {secretKey: a, remoteRef: {key: y}}]",
             fail: "data: [{secretKey: a, remoteRef: {key: x}}, {secretKey: a, remoteRef: {key: y}}]"),
    RuleCase(rule: "eso.template.type", path: "spec.target.template.type",
             pass: oneData + "\ntarget: {template: {type: kubernetes.io/tls}}",
             fail: oneData + "\ntarget: {template: {type: bootstrap.kubernetes.io/token}}"),
    RuleCase(rule: "eso.template.serviceAccountToken",
             path: "spec.target.template.metadata.annotations[kubernetes.io/service-account.name]",
             pass: oneData + "\ntarget: {template: {type: kubernetes.io/service-account-token, metadata: {annotations: {a: b}}}}",
             fail: oneData + "\ntarget: {template: {type: kubernetes.io/service-account-token, metadata: {annotations: {kubernetes.io/service-account.name: admin}}}}"),
    RuleCase(rule: "eso.template.serviceAccountToken", path: "spec.target.template.templateFrom[0].target",
             pass: oneData + "\ntarget: {template: {type: kubernetes.io/service-account-token, templateFrom: [{target: Data, literal: x}]}}",
             fail: oneData + "\ntarget: {template: {type: kubernetes.io/service-account-token, templateFrom: [{target: annotations, literal: x}]}}"),
    RuleCase(rule: "eso.templateFrom.target", path: "spec.target.template.templateFrom[0].target",
             pass: oneData + "\ntarget: {manifest: {apiVersion: v1, kind: ConfigMap}, template: {templateFrom: [{target: spec.database, literal: x}]}}",
             fail: oneData + "\ntarget: {template: {templateFrom: [{target: type, literal: x}]}}"),
    RuleCase(rule: "eso.refreshInterval.invalid", path: "spec.refreshInterval",
             pass: oneData + "\nrefreshInterval: 1h30m", fail: oneData + "\nrefreshInterval: 1d"),
    RuleCase(rule: "eso.refreshInterval.negative", path: "spec.refreshInterval",
             pass: oneData + "\nrefreshInterval: \"0\"", fail: oneData + "\nrefreshInterval: -5m"),
]

let storeCases: [RuleCase] = [
    RuleCase(rule: "eso.store.provider", path: "spec.provider",
             pass: store("fake: {data: [{key: a, value: b}]}"),
             fail: store("fake: {data: [{key: a, value: b}]}\nkubernetes: {authRef: {name: k, namespace: x}}")),
    RuleCase(rule: "eso.store.provider", path: "spec.provider",
             pass: store("fake: {data: [{key: a, value: b}]}"), fail: store("notAProvider: {}")),
    RuleCase(rule: "eso.store.conditions.regex", path: "spec.conditions[0].namespaceRegexes[1]",
             pass: store("fake: {data: [{key: a, value: b}]}", extra: "conditions: [{namespaceRegexes: [\"^team-\", \"(?:a|b)$\"]}]"),
             fail: store("fake: {data: [{key: a, value: b}]}", extra: "conditions: [{namespaceRegexes: [\"^team-\", \"(?!kube)\"]}]")),
    RuleCase(rule: "eso.store.conditions.ignored", severity: .warning, path: "spec.conditions",
             pass: store("fake: {data: [{key: a, value: b}]}", extra: "conditions: [{namespaces: [a]}]"),
             fail: store("fake: {data: [{key: a, value: b}]}", kind: "SecretStore", namespace: "a", extra: "conditions: [{namespaces: [a]}]")),
    RuleCase(rule: "eso.refreshInterval.invalid", path: "spec.refreshInterval",
             pass: store("fake: {data: [{key: a, value: b}]}", extra: "refreshInterval: 300"),
             fail: store("fake: {data: [{key: a, value: b}]}", extra: "refreshInterval: soon")),
    RuleCase(rule: "eso.refreshInterval.negative", path: "spec.refreshInterval",
             pass: store("fake: {data: [{key: a, value: b}]}", extra: "refreshInterval: 5m"),
             fail: store("fake: {data: [{key: a, value: b}]}", extra: "refreshInterval: -10")),
    RuleCase(rule: "eso.store.retryInterval", severity: .warning, path: "spec.retrySettings.retryInterval",
             pass: store("fake: {data: [{key: a, value: b}]}", extra: "retrySettings: {retryInterval: 10s}"),
             fail: store("fake: {data: [{key: a, value: b}]}", extra: "retrySettings: {retryInterval: ten}")),
    // Secret references: a ClusterSecretStore needs a namespace unless the provider allows referent auth.
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.pulumi.accessToken.secretRef.namespace",
             pass: store("pulumi: {organization: o, project: p, environment: e, accessToken: {secretRef: {name: t, key: k, namespace: eso}}}"),
             fail: store("pulumi: {organization: o, project: p, environment: e, accessToken: {secretRef: {name: t, key: k}}}")),
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.kubernetes.auth.token.bearerToken.namespace",
             pass: store("kubernetes: {server: {caBundle: Y2E=}, auth: {token: {bearerToken: {name: t, key: k, namespace: eso}}}}"),
             fail: store("kubernetes: {server: {caBundle: Y2E=}, auth: {token: {bearerToken: {name: t, key: k}}}}")),
    // A SecretStore's references stay in its own namespace.
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.vault.auth.tokenSecretRef.namespace",
             pass: store("vault: {server: https://v, auth: {tokenSecretRef: {name: t, key: k, namespace: team-a}}}", kind: "SecretStore", namespace: "team-a"),
             fail: store("vault: {server: https://v, auth: {tokenSecretRef: {name: t, key: k, namespace: team-b}}}", kind: "SecretStore", namespace: "team-a")),
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.vault.auth.tokenSecretRef.namespace",
             pass: store("vault: {server: https://v, auth: {tokenSecretRef: {name: t, key: k}}}", kind: "SecretStore"),
             fail: store("vault: {server: https://v, auth: {tokenSecretRef: {name: t, key: k, namespace: kube-system}}}", kind: "SecretStore"),
             namespace: "team-a"),
    RuleCase(rule: "eso.store.serviceAccountRef.namespace", path: "spec.provider.aws.auth.jwt.serviceAccountRef.namespace",
             pass: store("aws: {service: SecretsManager, region: eu-west-1, auth: {jwt: {serviceAccountRef: {name: sa}}}}", kind: "SecretStore", namespace: "team-a"),
             fail: store("aws: {service: SecretsManager, region: eu-west-1, auth: {jwt: {serviceAccountRef: {name: sa, namespace: eso}}}}", kind: "SecretStore", namespace: "team-a")),
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.gcpsm.auth.secretRef.secretAccessKeySecretRef.namespace",
             pass: store("gcpsm: {projectID: p, auth: {secretRef: {secretAccessKeySecretRef: {name: s, key: k}}}}", kind: "SecretStore", namespace: "a"),
             fail: store("gcpsm: {projectID: p, auth: {secretRef: {secretAccessKeySecretRef: {name: s, key: k, namespace: b}}}}", kind: "SecretStore", namespace: "a")),
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.azurekv.authSecretRef.clientSecret.namespace",
             pass: store("azurekv: {vaultUrl: https://v, authSecretRef: {clientId: {name: s, key: id}, clientSecret: {name: s, key: secret}}}", kind: "SecretStore", namespace: "a"),
             fail: store("azurekv: {vaultUrl: https://v, authSecretRef: {clientId: {name: s, key: id}, clientSecret: {name: s, key: secret, namespace: b}}}", kind: "SecretStore", namespace: "a")),
    RuleCase(rule: "eso.store.secretRef.namespace", path: "spec.provider.openBao.auth.tokenSecretRef.namespace",
             pass: store("openBao: {server: https://b, auth: {tokenSecretRef: {name: t, key: k}}}", kind: "SecretStore", namespace: "a"),
             fail: store("openBao: {server: https://b, auth: {tokenSecretRef: {name: t, key: k, namespace: b}}}", kind: "SecretStore", namespace: "a")),
    RuleCase(rule: "eso.store.aws.region", path: "spec.provider.aws.region",
             pass: store("aws: {service: ParameterStore, region: us-east-1}"),
             fail: store("aws: {service: ParameterStore, region: \"us east 1\"}")),
    RuleCase(rule: "eso.store.aws.secretsManager", path: "spec.provider.aws.secretsManager.recoveryWindowInDays",
             pass: store("aws: {service: SecretsManager, region: us-east-1, secretsManager: {recoveryWindowInDays: 7}}"),
             fail: store("aws: {service: SecretsManager, region: us-east-1, secretsManager: {forceDeleteWithoutRecovery: true, recoveryWindowInDays: 7}}")),
    RuleCase(rule: "eso.store.aws.secretsManager", path: "spec.provider.aws.secretsManager.recoveryWindowInDays",
             pass: store("aws: {service: SecretsManager, region: us-east-1, secretsManager: {forceDeleteWithoutRecovery: true}}"),
             fail: store("aws: {service: SecretsManager, region: us-east-1, secretsManager: {recoveryWindowInDays: 31}}")),
    RuleCase(rule: "eso.store.vault.appRole", path: "spec.provider.vault.auth.appRole",
             pass: store("vault: {server: https://v, auth: {appRole: {path: approle, roleId: r, secretRef: {name: s, key: k}}}}"),
             fail: store("vault: {server: https://v, auth: {appRole: {path: approle, secretRef: {name: s, key: k}}}}")),
    RuleCase(rule: "eso.store.vault.jwt", path: "spec.provider.vault.auth.jwt",
             pass: store("vault: {server: https://v, auth: {jwt: {path: jwt, kubernetesServiceAccountToken: {serviceAccountRef: {name: sa, namespace: x}}}}}"),
             fail: store("vault: {server: https://v, auth: {jwt: {path: jwt, role: r}}}")),
    RuleCase(rule: "eso.store.vault.tls", path: "spec.provider.vault.tls.certSecretRef",
             pass: store("vault: {server: https://v, tls: {certSecretRef: {name: c, namespace: x}, keySecretRef: {name: k, namespace: x}}}"),
             fail: store("vault: {server: https://v, tls: {certSecretRef: {name: c, namespace: x}}}")),
    RuleCase(rule: "eso.store.vault.checkAndSet", path: "spec.provider.vault.checkAndSet",
             pass: store("vault: {server: https://v, version: v2, checkAndSet: {required: true}}"),
             fail: store("vault: {server: https://v, version: v1, checkAndSet: {required: true}}")),
    RuleCase(rule: "eso.store.kubernetes.ca", path: "spec.provider.kubernetes.server",
             pass: store("kubernetes: {server: {url: https://k, caBundle: Y2E=}, auth: {serviceAccount: {name: sa, namespace: x}}}"),
             fail: store("kubernetes: {server: {url: https://k}, auth: {serviceAccount: {name: sa, namespace: x}}}")),
    RuleCase(rule: "eso.store.kubernetes.caProvider", path: "spec.provider.kubernetes.server.caProvider.namespace",
             pass: store("kubernetes: {server: {caProvider: {type: ConfigMap, name: ca, key: ca.crt, namespace: x}}, auth: {serviceAccount: {name: sa}}}"),
             fail: store("kubernetes: {server: {caProvider: {type: ConfigMap, name: ca, key: ca.crt}}, auth: {serviceAccount: {name: sa}}}")),
    RuleCase(rule: "eso.store.kubernetes.auth", path: "spec.provider.kubernetes.auth.token.bearerToken.key",
             pass: store("kubernetes: {server: {caBundle: Y2E=}, auth: {token: {bearerToken: {name: t, key: token, namespace: x}}}}"),
             fail: store("kubernetes: {server: {caBundle: Y2E=}, auth: {token: {bearerToken: {name: t, namespace: x}}}}")),
    RuleCase(rule: "eso.store.azurekv.vaultUrl", path: "spec.provider.azurekv.vaultUrl",
             pass: store("azurekv: {vaultUrl: https://v.vault.azure.net, authType: ManagedIdentity}"),
             fail: store("azurekv: {vaultUrl: \"\", authType: ManagedIdentity}")),
    RuleCase(rule: "eso.store.azurekv.servicePrincipal", severity: .warning, path: "spec.provider.azurekv",
             pass: store("azurekv: {vaultUrl: https://v, authType: WorkloadIdentity}"),
             fail: store("azurekv: {vaultUrl: https://v}")),
    RuleCase(rule: "eso.store.fake.value", path: "spec.provider.fake.data[1].value",
             pass: store("fake: {data: [{key: a, value: b}]}"),
             fail: store("fake: {data: [{key: a, value: b}, {key: c, value: \"\"}]}")),
    RuleCase(rule: "eso.store.pulumi.required", path: "spec.provider.pulumi.organization",
             pass: store("pulumi: {organization: o, project: p, environment: e, accessToken: {secretRef: {name: t, key: k, namespace: x}}}"),
             fail: store("pulumi: {organization: \"\", project: p, environment: e, accessToken: {secretRef: {name: t, key: k, namespace: x}}}")),
    RuleCase(rule: "eso.store.caProvider.namespace", severity: .warning, path: "spec.provider.vault.caProvider.namespace",
             pass: store("vault: {server: https://v, caProvider: {type: Secret, name: ca, key: ca.crt, namespace: x}}"),
             fail: store("vault: {server: https://v, caProvider: {type: Secret, name: ca, key: ca.crt}}")),
]

func pushSecret(_ spec: String, kind: String = "PushSecret") -> String {
    """
    apiVersion: external-secrets.io/v1alpha1
    kind: \(kind)
    metadata: {name: push, namespace: team-a}
    spec:
    \(spec.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
    """
}

let pushCases: [RuleCase] = [
    RuleCase(rule: "eso.pushSecret.storeRef", severity: .warning, path: "spec.secretStoreRefs[0]",
             pass: pushSecret("secretStoreRefs: [{name: aws}]\nselector: {secret: {name: src}}"),
             fail: pushSecret("secretStoreRefs: [{kind: SecretStore}]\nselector: {secret: {name: src}}")),
    RuleCase(rule: "eso.pushSecret.selector", severity: .warning, path: "spec.selector.secret",
             pass: pushSecret("secretStoreRefs: [{name: aws}]\nselector: {secret: {selector: {matchLabels: {a: b}}}}"),
             fail: pushSecret("secretStoreRefs: [{name: aws}]\nselector: {secret: {}}")),
    RuleCase(rule: "eso.pushSecret.duplicateRemoteRef", severity: .warning, path: "spec.data[1]",
             pass: pushSecret("secretStoreRefs: [{name: aws}]\nselector: {secret: {name: s}}\ndata: [{match: {secretKey: a, remoteRef: {remoteKey: r, property: a}}}, {match: {secretKey: b, remoteRef: {remoteKey: r, property: b}}}]"),
             fail: pushSecret("secretStoreRefs: [{name: aws}]\nselector: {secret: {name: s}}\ndata: [{match: {secretKey: a, remoteRef: {remoteKey: r}}}, {match: {secretKey: b, remoteRef: {remoteKey: r}}}]")),
    RuleCase(rule: "eso.refreshInterval.invalid", path: "spec.refreshInterval",
             pass: pushSecret("refreshInterval: 10s\nsecretStoreRefs: [{name: aws}]\nselector: {secret: {name: s}}"),
             fail: pushSecret("refreshInterval: \"10\"\nsecretStoreRefs: [{name: aws}]\nselector: {secret: {name: s}}")),
    RuleCase(rule: "eso.labelSelector.invalid", severity: .warning, path: "spec.secretStoreRefs[0].labelSelector.matchExpressions[0]",
             pass: pushSecret("secretStoreRefs: [{labelSelector: {matchExpressions: [{key: a, operator: Exists}]}}]\nselector: {secret: {name: s}}"),
             fail: pushSecret("secretStoreRefs: [{labelSelector: {matchExpressions: [{key: a, operator: In}]}}]\nselector: {secret: {name: s}}")),
    // ClusterPushSecret carries the same rules on its embedded spec.
    RuleCase(rule: "eso.pushSecret.storeRef", severity: .warning, path: "spec.pushSecretSpec.secretStoreRefs[0]",
             pass: pushSecret("pushSecretSpec: {secretStoreRefs: [{name: aws}], selector: {secret: {name: s}}}", kind: "ClusterPushSecret"),
             fail: pushSecret("pushSecretSpec: {secretStoreRefs: [{}], selector: {secret: {name: s}}}", kind: "ClusterPushSecret")),
    RuleCase(rule: "eso.refreshTime.invalid", path: "spec.refreshTime",
             pass: pushSecret("refreshTime: 1m\npushSecretSpec: {secretStoreRefs: [{name: aws}], selector: {secret: {name: s}}}", kind: "ClusterPushSecret"),
             fail: pushSecret("refreshTime: 1y\npushSecretSpec: {secretStoreRefs: [{name: aws}], selector: {secret: {name: s}}}", kind: "ClusterPushSecret")),
]

func clusterExternalSecret(_ esSpec: String, extra: String = "", version: String = "v1") -> String {
    """
    apiVersion: external-secrets.io/\(version)
    kind: ClusterExternalSecret
    metadata: {name: fanout}
    spec:
      namespaceSelectors: [{matchLabels: {team: a}}]
    \(extra.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
      externalSecretSpec:
        secretStoreRef: {name: vault, kind: ClusterSecretStore}
    \(esSpec.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    """
}

let clusterExternalSecretCases: [RuleCase] = [
    RuleCase(rule: "eso.data.empty", path: "spec.externalSecretSpec",
             pass: clusterExternalSecret(oneData), fail: clusterExternalSecret("target: {name: x}")),
    RuleCase(rule: "eso.dataFrom.exclusive", path: "spec.externalSecretSpec.dataFrom[0]",
             pass: clusterExternalSecret("dataFrom: [{extract: {key: a}}]"),
             fail: clusterExternalSecret("dataFrom: [{extract: {key: a}, find: {path: b}}]")),
    RuleCase(rule: "eso.target.deletionPolicy", path: "spec.externalSecretSpec.target.deletionPolicy",
             pass: clusterExternalSecret(oneData + "\ntarget: {deletionPolicy: Delete}"),
             fail: clusterExternalSecret(oneData + "\ntarget: {creationPolicy: None, deletionPolicy: Delete}")),
    RuleCase(rule: "eso.refreshTime.invalid", path: "spec.refreshTime",
             pass: clusterExternalSecret(oneData, extra: "refreshTime: 1m"),
             fail: clusterExternalSecret(oneData, extra: "refreshTime: 1 minute")),
    RuleCase(rule: "eso.labelSelector.invalid", severity: .warning, path: "spec.namespaceSelector.matchExpressions[0]",
             pass: clusterExternalSecret(oneData, extra: "namespaceSelector: {matchExpressions: [{key: t, operator: NotIn, values: [x]}]}"),
             fail: clusterExternalSecret(oneData, extra: "namespaceSelector: {matchExpressions: [{key: t, operator: Within, values: [x]}]}")),
]

struct ParityRuleTests {
    func check(_ c: RuleCase, _ version: String? = nil) throws {
        let adjust = { (text: String) in version.map { text.replacingOccurrences(of: "external-secrets.io/v1\n", with: "external-secrets.io/\($0)\n") } ?? text }
        let passing = try findings(adjust(c.pass), namespace: c.namespace)
        #expect(!passing.contains { $0.ruleID == c.rule }, "passing manifest flagged:\n\(describe(passing))")
        let failing = try findings(adjust(c.fail), namespace: c.namespace)
        let hit = failing.first { $0.ruleID == c.rule }
        #expect(hit?.path == c.path, "want \(c.rule) at \(c.path), got:\n\(describe(failing))")
        #expect(hit?.severity == c.severity)
        #expect(hit?.position.isKnown == true, "findings carry a source position")
        #expect(!(hit?.message.isEmpty ?? true))
    }

    @Test(arguments: externalSecretCases)
    func externalSecretRules(_ c: RuleCase) throws {
        try check(RuleCase(rule: c.rule, severity: c.severity, path: c.path,
                           pass: externalSecret(c.pass), fail: externalSecret(c.fail)))
    }

    @Test(arguments: externalSecretCases)
    func externalSecretRulesV1beta1(_ c: RuleCase) throws {
        // v1beta1 has no target.manifest: skip the case that relies on it.
        if c.pass.contains("manifest:") { return }
        try check(RuleCase(rule: c.rule, severity: c.severity, path: c.path,
                           pass: externalSecret(c.pass, version: "v1beta1"), fail: externalSecret(c.fail, version: "v1beta1")))
    }

    @Test(arguments: storeCases)
    func storeRules(_ c: RuleCase) throws { try check(c) }

    @Test(arguments: storeCases)
    func storeRulesV1beta1(_ c: RuleCase) throws {
        // v1beta1 stores know no openBao, take integer refresh intervals only, and lack some newer fields.
        if c.pass.contains("openBao") || c.rule.hasPrefix("eso.refreshInterval") || c.rule == "eso.store.retryInterval" { return }
        try check(c, "v1beta1")
    }

    @Test(arguments: pushCases)
    func pushSecretRules(_ c: RuleCase) throws { try check(c) }

    @Test(arguments: clusterExternalSecretCases)
    func clusterExternalSecretRules(_ c: RuleCase) throws {
        try check(c)
        try check(c, "v1beta1")
    }

    @Test func cleanManifestsHaveNoFindings() throws {
        #expect(try findings(externalSecret(oneData)).isEmpty)
        #expect(try findings(store("fake: {data: [{key: a, value: b}]}")).isEmpty)
        #expect(try findings(pushSecret("secretStoreRefs: [{name: aws}]\nselector: {secret: {name: src}}")).isEmpty)
    }

    @Test func storeNamespaceUnknownIsAWarningNotAnError() throws {
        let f = try findings(store("vault: {server: https://v, auth: {tokenSecretRef: {name: t, key: k, namespace: team-b}}}", kind: "SecretStore"))
        let hit = try #require(f.first { $0.ruleID == "eso.store.secretRef.namespace" })
        #expect(hit.severity == .warning)
    }

    @Test func clusterStoreReferentAuthNeedsNoNamespace() throws {
        // Vault resolves an unqualified reference in the ExternalSecret's namespace (referent auth).
        #expect(try findings(store("vault: {server: https://v, auth: {tokenSecretRef: {name: t, key: k}}}")).isEmpty)
    }
}
