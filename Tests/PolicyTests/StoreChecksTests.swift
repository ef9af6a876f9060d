import Documents
import Policy
import Testing

/// A ClusterSecretStore with `conditions` (YAML block text at 2-space depth under spec).
func clusterStore(_ name: String = "shared", conditions: String? = nil, provider: String = "aws: {service: SecretsManager, region: eu-central-1, auth: {jwt: {serviceAccountRef: {name: eso, namespace: eso}}}}") -> String {
    """
    apiVersion: external-secrets.io/v1
    kind: ClusterSecretStore
    metadata: {name: \(name)}
    spec:
      provider: {\(provider)}
    \(conditions.map { "  conditions: \($0)" } ?? "")
    """
}

@Suite struct ClusterStoreConditionsTests {
    @Test func passesWithScopedConditions() throws {
        let e = try evaluate(rule("clusterStoreConditions"), clusterStore(conditions: "[{namespaces: [team-a]}, {namespaceRegexes: [\"^team-b-.*$\"]}, {namespaceSelector: {matchLabels: {tier: app}}}]"))
        #expect(e.findings.isEmpty)
    }

    @Test func failsWithoutConditions() throws {
        let e = try evaluate(rule("clusterStoreConditions"), clusterStore())
        #expect(paths(e) == ["spec.conditions"])
        #expect(e.denied)
        #expect(e.findings.first?.finding.hint?.contains("add spec.conditions") == true)
    }

    @Test func failsOnMatchAllSelectorAndRegexes() throws {
        let e = try evaluate(rule("clusterStoreConditions"), clusterStore(conditions: "[{namespaceSelector: {}}, {namespaceRegexes: [\".*\", \"^.*$\", \"\", \"^team-a$\"]}]"))
        #expect(paths(e) == ["spec.conditions[0].namespaceSelector", "spec.conditions[1].namespaceRegexes[0]",
                             "spec.conditions[1].namespaceRegexes[1]", "spec.conditions[1].namespaceRegexes[2]"])
    }

    @Test func matchAllCanBeAllowed() throws {
        let e = try evaluate(rule("clusterStoreConditions", "{forbidMatchAll: false, requireConditions: false}"), clusterStore(conditions: "[{namespaceSelector: {}}]"))
        #expect(e.findings.isEmpty)
    }
}

@Suite struct AnchoredNamespaceRegexesTests {
    @Test func anchoredPass() throws {
        let e = try evaluate(rule("anchoredNamespaceRegexes"), clusterStore(conditions: "[{namespaceRegexes: [\"^team-a$\", \"^(a|b)-[0-9]+$\", \"\\\\Ateam\\\\z\"]}]"))
        #expect(e.findings.isEmpty)
    }

    @Test func unanchoredAndTopLevelAlternationFail() throws {
        let e = try evaluate(rule("anchoredNamespaceRegexes"), clusterStore(conditions: "[{namespaceRegexes: [\"team-a\", \"^team-a\", \"^a|b$\", \"^team\\\\$\"]}]"))
        #expect(e.findings.count == 4)
        #expect(e.findings.first?.finding.hint?.contains("\"^(team-a)$\"") == true)
        #expect(e.findings.first?.finding.message.contains("not anchored") == true)
    }

    @Test func invalidRegexIsReported() throws {
        let e = try evaluate(rule("anchoredNamespaceRegexes"), clusterStore(conditions: "[{namespaceRegexes: [\"^team-(a$\"]}]"))
        #expect(e.findings.first?.finding.message.contains("does not compile") == true)
    }

    @Test func regexSemanticsAreUnanchoredLikeGo() {
        #expect(UnanchoredRegex("team-a")?.matches("xteam-abc") == true)
        #expect(UnanchoredRegex("^team-a$")?.matches("xteam-abc") == false)
        #expect(UnanchoredRegex(".*")?.matchesEverything == true)
        #expect(UnanchoredRegex("^team-.*$")?.matchesEverything == false)
        #expect(UnanchoredRegex("a|")?.matchesEverything == true)
    }
}

@Suite struct ProtectedNamespacesTests {
    @Test func storeScopedToTenantsPasses() throws {
        let e = try evaluate(rule("protectedNamespaces"), clusterStore(conditions: "[{namespaces: [team-a]}, {namespaceRegexes: [\"^team-.*$\"]}]"))
        #expect(e.findings.isEmpty)
    }

    @Test func conditionsAdmittingKubeSystemFail() throws {
        // `system` is unanchored, so it admits kube-system (Go semantics).
        let e = try evaluate(rule("protectedNamespaces"), clusterStore(conditions: "[{namespaceRegexes: [\"system\"]}, {namespaces: [kube-public]}]"))
        #expect(e.findings.count == 2)
        #expect(e.findings.map(\.finding.path) == ["spec.conditions[0].namespaceRegexes[0]", "spec.conditions[1].namespaces[0]"])
        #expect(e.findings[0].finding.message.contains("kube-system"))
    }

    @Test func selectorsAreEvaluatedWithTheNameLabel() throws {
        let notIn = try evaluate(rule("protectedNamespaces", "{namespaces: [kube-system]}"),
                                 clusterStore(conditions: "[{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [default]}]}}]"))
        #expect(notIn.findings.count == 1)
        let byLabel = try evaluate(rule("protectedNamespaces", "{namespaces: [kube-system]}"),
                                   clusterStore(conditions: "[{namespaceSelector: {matchLabels: {team: a}}}]"))
        #expect(byLabel.findings.isEmpty)
        // With known labels, a label kube-system carries does select it.
        var state = StaticClusterState()
        state.addNamespace("kube-system", labels: ["team": "a"])
        let known = try evaluate(rule("protectedNamespaces", "{namespaces: [kube-system]}"),
                                 clusterStore(conditions: "[{namespaceSelector: {matchLabels: {team: a}}}]"), state: state)
        #expect(known.findings.count == 1)
    }

    @Test func clusterExternalSecretSelectors() throws {
        let ces = """
        apiVersion: external-secrets.io/v1
        kind: ClusterExternalSecret
        metadata: {name: fanout}
        spec:
          namespaceSelectors: [{matchLabels: {shared: "true"}}, %@]
          externalSecretSpec: {secretStoreRef: {name: s, kind: ClusterSecretStore}, dataFrom: [{extract: {key: k}}]}
        """
        let ok = try evaluate(rule("protectedNamespaces"), ces.replacing("%@", with: "{matchLabels: {team: a}}"))
        #expect(ok.findings.isEmpty)
        let bad = try evaluate(rule("protectedNamespaces"), ces.replacing("%@", with: "{}"))
        #expect(bad.findings.count == 3)
        #expect(bad.findings.first?.finding.path == "spec.namespaceSelectors[1]")
        let push = try evaluate(rule("protectedNamespaces"), """
        apiVersion: external-secrets.io/v1alpha1
        kind: ClusterPushSecret
        metadata: {name: p}
        spec:
          namespaceSelectors: [{matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [kube-system]}]}]
          pushSecretSpec: {secretStoreRefs: [{name: s, kind: ClusterSecretStore}]}
        """)
        #expect(push.findings.map(\.finding.message.description).first?.contains("kube-system") == true)
    }
}

@Suite struct AllowedProvidersTests {
    @Test func denyList() throws {
        let set = try rule("allowedProviders", "{deny: [webhook, fake]}")
        #expect(try evaluate(set, clusterStore(conditions: "[{namespaces: [a]}]")).findings.isEmpty)
        let e = try evaluate(set, clusterStore(provider: "webhook: {url: \"http://x\"}"))
        #expect(paths(e) == ["spec.provider.webhook"])
    }

    @Test func allowList() throws {
        let set = try rule("allowedProviders", "{allow: [aws, vault]}")
        #expect(try evaluate(set, clusterStore()).findings.isEmpty)
        let e = try evaluate(set, clusterStore(provider: "fake: {data: []}"))
        #expect(e.findings.first?.finding.message.contains("allowed: aws, vault") == true)
    }
}

@Suite struct NoStaticCredentialsTests {
    @Test func workloadIdentityPasses() throws {
        let set = try rule("noStaticCredentials")
        #expect(try evaluate(set, clusterStore()).findings.isEmpty)
        #expect(try evaluate(set, clusterStore(provider: "vault: {server: \"https://v\", auth: {kubernetes: {mountPath: k8s, role: r, serviceAccountRef: {name: sa}}}}")).findings.isEmpty)
        #expect(try evaluate(set, clusterStore(provider: "azurekv: {authType: WorkloadIdentity, vaultUrl: \"https://x\", serviceAccountRef: {name: sa}}")).findings.isEmpty)
    }

    @Test func staticCredentialsFail() throws {
        let set = try rule("noStaticCredentials")
        let cases: [(String, String)] = [
            ("aws: {service: SecretsManager, auth: {secretRef: {accessKeyIDSecretRef: {name: s, key: k}}}}", "spec.provider.aws.auth.secretRef"),
            ("vault: {server: \"https://v\", auth: {tokenSecretRef: {name: t, key: k}}}", "spec.provider.vault.auth.tokenSecretRef"),
            ("vault: {server: \"https://v\", auth: {appRole: {roleId: r, secretRef: {name: s, key: k}}}}", "spec.provider.vault.auth.appRole"),
            ("vault: {server: \"https://v\", auth: {userPass: {username: u, secretRef: {name: s}}}}", "spec.provider.vault.auth.userPass"),
            ("vault: {server: \"https://v\", auth: {ldap: {username: u, secretRef: {name: s}}}}", "spec.provider.vault.auth.ldap"),
            ("gcpsm: {projectID: p, auth: {secretRef: {secretAccessKeySecretRef: {name: s, key: k}}}}", "spec.provider.gcpsm.auth.secretRef"),
            ("azurekv: {vaultUrl: \"https://x\", authSecretRef: {clientId: {name: s, key: k}}}", "spec.provider.azurekv.authSecretRef"),
            ("kubernetes: {auth: {token: {bearerToken: {name: s, key: k}}}}", "spec.provider.kubernetes.auth.token"),
            ("pulumi: {organization: o, accessToken: {secretRef: {name: s, key: k}}}", "spec.provider.pulumi.accessToken"),
        ]
        for (provider, path) in cases {
            let e = try evaluate(set, clusterStore(provider: provider))
            #expect(paths(e) == [path], "\(provider)")
            #expect(e.findings.first?.finding.hint != nil)
        }
    }

    @Test func exemptProviders() throws {
        let e = try evaluate(rule("noStaticCredentials", "{exemptProviders: [aws]}"),
                             clusterStore(provider: "aws: {service: SecretsManager, auth: {secretRef: {accessKeyIDSecretRef: {name: s, key: k}}}}"))
        #expect(e.findings.isEmpty)
    }
}

@Suite struct ProviderFieldValuesTests {
    let set: PolicySet

    init() throws {
        set = try rule("providerFieldValues", """
        {awsRoles: ["arn:aws:iam::123456789012:role/eso-*"], awsRegions: [eu-*], vaultServers: ["https://vault.corp.example"], kubernetesServers: ["https://kubernetes.default.svc"], allowCustomCA: false}
        """)
    }

    @Test func approvedValuesPass() throws {
        #expect(try evaluate(set, clusterStore(provider: "aws: {service: SecretsManager, role: \"arn:aws:iam::123456789012:role/eso-reader\", region: eu-west-1}")).findings.isEmpty)
        #expect(try evaluate(set, clusterStore(provider: "vault: {server: \"https://vault.corp.example\"}")).findings.isEmpty)
        #expect(try evaluate(set, clusterStore(provider: "kubernetes: {server: {url: \"https://kubernetes.default.svc\"}}")).findings.isEmpty)
    }

    @Test func otherValuesFail() throws {
        let aws = try evaluate(set, clusterStore(provider: "aws: {service: SecretsManager, role: \"arn:aws:iam::999999999999:role/admin\", region: us-east-1, additionalRoles: [\"arn:aws:iam::1:role/x\"]}"))
        #expect(paths(aws) == ["spec.provider.aws.role", "spec.provider.aws.additionalRoles[0]", "spec.provider.aws.region"])
        let vault = try evaluate(set, clusterStore(provider: "vault: {server: \"https://evil.example\", caBundle: abc}"))
        #expect(paths(vault) == ["spec.provider.vault.server", "spec.provider.vault.caBundle"])
        let k8s = try evaluate(set, clusterStore(provider: "kubernetes: {server: {url: \"https://1.2.3.4\", caProvider: {type: ConfigMap, name: c}}}"))
        #expect(paths(k8s) == ["spec.provider.kubernetes.server.url", "spec.provider.kubernetes.server.caProvider"])
    }
}

@Suite struct HostileRegexTests {
    @Test func nestedQuantifiersMatchInLinearTime() throws {
        let name = String(repeating: "a", count: 62) + "!"
        let set = try rule("protectedNamespaces", "{namespaces: [\"\(name)\"]}")
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let e = try evaluate(set, clusterStore(conditions: "[{namespaceRegexes: [\"^(a+)+$\", \"^(a|aa)+$\"]}]"))
            #expect(e.findings.isEmpty)
        }
        #expect(elapsed < .seconds(1))
    }
}
