import Documents
import Foundation
import Policy
import TestSupport
import Testing

/// The shipped profiles against ESO's documentation examples and the seeds the issue
/// names, with the outcomes their rules imply.
@Suite struct ProfileTests {
    let baseline: PolicySet
    let restricted: PolicySet

    init() throws {
        baseline = try profile("baseline")
        restricted = try profile("restricted")
    }

    func example(_ name: String) throws -> [Node] {
        let text = try String(contentsOfFile: Repo.sharedPath("eso/examples/\(name)"), encoding: .utf8)
        return try YAMLLoader.load(text, source: name).map(\.root).filter { $0["apiVersion"]?.string?.hasPrefix("external-secrets.io") == true }
    }

    func run(_ set: PolicySet, _ object: Node, state: any ClusterState = UnknownClusterState()) -> Evaluation {
        PolicyEngine(policies: set).evaluate(EvaluationInput(object: object, namespace: object[path: "metadata", "namespace"]?.string ?? "default"), state: state)
    }

    func rules(_ e: Evaluation, _ mode: PolicyMode) -> [String] { e.findings.filter { $0.mode == mode }.map(\.rule) }

    let irsaStore = """
    apiVersion: external-secrets.io/v1
    kind: SecretStore
    metadata: {name: aws-irsa, namespace: team-a}
    spec:
      provider:
        aws:
          service: SecretsManager
          region: eu-central-1
          auth:
            jwt:
              serviceAccountRef: {name: eso-irsa}
    """

    let crossAccountStore = """
    apiVersion: external-secrets.io/v1
    kind: ClusterSecretStore
    metadata: {name: cross-account}
    spec:
      conditions:
        - namespaceSelector: {matchLabels: {team: payments}}
        - namespaces: [payments-prod]
      provider:
        aws:
          service: SecretsManager
          region: eu-central-1
          role: arn:aws:iam::210987654321:role/eso-cross-account-reader
          auth:
            jwt:
              serviceAccountRef: {name: eso, namespace: external-secrets}
    """

    let pulumiClusterStore = """
    apiVersion: external-secrets.io/v1
    kind: ClusterSecretStore
    metadata: {name: pulumi-esc}
    spec:
      provider:
        pulumi:
          organization: acme
          project: platform
          environment: prod
          accessToken:
            secretRef: {name: pulumi-access-token, key: PULUMI_ACCESS_TOKEN, namespace: external-secrets}
    """

    @Test func irsaStorePassesBoth() throws {
        let store = try yaml(irsaStore)
        #expect(run(baseline, store).findings.isEmpty)
        #expect(run(restricted, store).findings.isEmpty)
    }

    @Test func crossAccountStoreWithConditionsPassesBoth() throws {
        let store = try yaml(crossAccountStore)
        #expect(run(baseline, store).findings.isEmpty)
        #expect(run(restricted, store).findings.isEmpty)
    }

    @Test func pulumiClusterStoreWithoutConditionsIsDenied() throws {
        let store = try yaml(pulumiClusterStore)
        let b = run(baseline, store)
        #expect(rules(b, .enforce) == ["cluster-store-conditions"])
        #expect(Set(rules(b, .warn)) == ["no-static-credentials", "protected-namespaces"])
        let r = run(restricted, store)
        #expect(r.denied)
        #expect(Set(rules(r, .enforce)) == ["cluster-store-conditions", "no-static-credentials", "protected-namespaces"])
    }

    @Test func staticKeyStoresWarnInBaselineAndAreDeniedInRestricted() throws {
        for file in ["aws-sm-store.yaml", "vault-token-store.yaml", "vault-approle-store.yaml", "vault-userpass-store.yaml"] {
            for store in try example(file) where store["kind"]?.string == "SecretStore" {
                let b = run(baseline, store)
                #expect(!b.denied, "\(file)")
                #expect(rules(b, .warn) == ["no-static-credentials"], "\(file)")
                let r = run(restricted, store)
                #expect(rules(r, .enforce) == ["no-static-credentials"], "\(file)")
            }
        }
    }

    @Test func workloadIdentityExamplesPass() throws {
        for file in ["pulumi-oidc-secret-store.yaml", "vault-iam-store.yaml"] {
            for store in try example(file) {
                #expect(run(restricted, store).findings.isEmpty, "\(file): \(run(restricted, store).findings.map(\.summary))")
            }
        }
    }

    @Test func vaultKubernetesAuthWithAStoredTokenIsStatic() throws {
        // The example pairs serviceAccountRef with a long-lived token Secret (secretRef).
        let store = try #require(try example("vault-kubernetes-store.yaml").first)
        #expect(run(restricted, store).findings.map(\.finding.path) == ["spec.provider.vault.auth.kubernetes.secretRef"])
    }

    @Test func fakeProviderWarnsThenDenies() throws {
        let store = try #require(try example("fake-provider-store.yaml").first)
        let b = run(baseline, store)
        #expect(rules(b, .enforce) == ["cluster-store-conditions"])
        #expect(rules(b, .warn).contains("no-fake-provider"))
        #expect(rules(run(restricted, store), .enforce).contains("no-fake-provider"))
    }

    @Test func webhookProviderIsDeniedByBaseline() throws {
        let store = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata: {name: hook, namespace: team-a}
        spec:
          provider:
            webhook: {url: "https://example.com/{{ .remoteRef.key }}"}
        """)
        #expect(rules(run(baseline, store), .enforce) == ["no-webhook-provider"])
    }

    @Test func clusterExternalSecretFanout() throws {
        let ces = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ClusterExternalSecret
        metadata: {name: shared-credentials}
        spec:
          externalSecretName: shared-credentials
          namespaceSelectors:
          - matchLabels: {shared-credentials: "true"}
          externalSecretSpec:
            refreshInterval: "1h"
            secretStoreRef: {name: cross-account, kind: ClusterSecretStore}
            target: {name: shared-credentials}
            dataFrom:
            - extract: {key: shared-credentials}
        """)
        var state = StaticClusterState()
        state.add(try yaml(crossAccountStore))
        state.addNamespace("payments", labels: ["team": "payments", "shared-credentials": "true"])
        #expect(run(baseline, ces, state: state).findings.isEmpty)
        // A selected namespace the store does not admit is denied.
        state.addNamespace("marketing", labels: ["shared-credentials": "true"])
        let e = run(baseline, ces, state: state)
        #expect(rules(e, .enforce) == ["cluster-store-admits-namespace"])
        #expect(e.findings.first?.finding.message.contains("marketing") == true)
        // Selecting everything reaches kube-system: a warning in baseline, a denial in restricted.
        let all = try yaml(ces.description.isEmpty ? "" : """
        apiVersion: external-secrets.io/v1
        kind: ClusterExternalSecret
        metadata: {name: everywhere}
        spec:
          namespaceSelectors: [{}]
          externalSecretSpec: {secretStoreRef: {name: s, kind: SecretStore}, dataFrom: [{extract: {key: k}}]}
        """)
        #expect(rules(run(baseline, all), .warn) == ["protected-namespaces", "protected-namespaces", "protected-namespaces"])
        #expect(run(restricted, all).denied)
    }

    @Test func restrictedRequiresNamespacePrefixThroughClusterStores() throws {
        let es = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: db, namespace: payments}
        spec:
          refreshInterval: 1h
          secretStoreRef: {name: cross-account, kind: ClusterSecretStore}
          target: {name: db}
          data: [{secretKey: password, remoteRef: {key: KEY}}]
        """
        let ok = try yaml(es.replacing("KEY", with: "payments/db"))
        let bad = try yaml(es.replacing("KEY", with: "billing/db"))
        #expect(run(restricted, ok).findings.isEmpty)
        #expect(rules(run(restricted, bad), .enforce) == ["remote-key-prefix"])
        #expect(run(baseline, bad).findings.isEmpty)
        // The same key through the namespace's own SecretStore is not constrained.
        let local = try yaml(es.replacing("KEY", with: "billing/db").replacing("kind: ClusterSecretStore", with: "kind: SecretStore"))
        #expect(run(restricted, local).findings.isEmpty)
    }

    @Test func matchAllFindAndShortRefresh() throws {
        let es = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: all, namespace: team-a}
        spec:
          refreshInterval: 10s
          secretStoreRef: {name: local, kind: SecretStore}
          target: {name: all}
          dataFrom: [{find: {name: {regexp: ".*"}}}]
        """)
        let b = run(baseline, es)
        #expect(!b.denied)
        #expect(Set(rules(b, .warn)) == ["find-match-all", "refresh-interval"])
        #expect(Set(rules(run(restricted, es), .enforce)) == ["find-match-all", "refresh-interval"])
    }

    @Test func unanchoredRegexAndMatchAllSelectorAreDenied() throws {
        let store = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: s}
        spec:
          conditions: [{namespaceRegexes: ["team-a"]}, {namespaceSelector: {}}]
          provider: {aws: {service: SecretsManager, region: eu-west-1, auth: {jwt: {serviceAccountRef: {name: a, namespace: b}}}}}
        """)
        let b = run(baseline, store)
        #expect(Set(rules(b, .enforce)) == ["cluster-store-conditions", "anchored-namespace-regexes"])
        #expect(rules(b, .warn).contains("protected-namespaces"))
    }
}
