import Documents
import Policy
import Testing

@Suite struct EngineTests {
    let twoModes = """
    apiVersion: esoguard.io/v1alpha1
    kind: Policy
    metadata: {name: tenants}
    spec:
      mode: warn
      match: {kinds: [ExternalSecret], namespaces: ["team-*"]}
      exclude: {namespaces: [team-platform], users: ["system:serviceaccount:argocd:*"], groups: [platform-admins]}
      rules:
        - {name: keys, check: remoteKeyPrefix}
        - {name: interval, check: refreshInterval, mode: enforce, with: {min: 1m}}
        - {name: owner, check: requiredMetadata, mode: audit, with: {labels: [owner]}}
    """

    @Test func modesSplitFindings() throws {
        let e = try evaluate(policySet(twoModes), externalSecret(body: "refreshInterval: 1s\n  data: [{secretKey: a, remoteRef: {key: b/x}}]"))
        #expect(e.denials.map(\.rule) == ["interval"])
        #expect(e.warnings.map(\.rule) == ["keys"])
        #expect(e.audits.map(\.rule) == ["owner"])
        #expect(e.denied)
        #expect(e.findings.first?.policy == "tenants")
        #expect(e.findings.first?.finding.ruleID == "tenants/keys")
        #expect(e.findings.first?.finding.severity == .warning)
        #expect(e.matchedPolicies == ["tenants"])
    }

    @Test func matchAndExclude() throws {
        let set = try policySet(twoModes)
        let bad = externalSecret(body: "refreshInterval: 1s")
        #expect(try evaluate(set, bad).denied)
        #expect(try evaluate(set, bad.replacing("namespace: team-a", with: "namespace: other")).findings.isEmpty)
        #expect(try evaluate(set, bad.replacing("namespace: team-a", with: "namespace: team-platform")).findings.isEmpty)
        #expect(try evaluate(set, bad, user: UserInfo(username: "system:serviceaccount:argocd:argocd-server")).findings.isEmpty)
        #expect(try evaluate(set, bad, user: UserInfo(username: "alice", groups: ["platform-admins"])).findings.isEmpty)
        #expect(try evaluate(set, bad, user: UserInfo(username: "alice", groups: ["devs"])).denied)
        // The request namespace wins over (missing) metadata.namespace.
        #expect(try evaluate(set, bad.replacing("namespace: team-a", with: "labels: {}"), namespace: "team-x").denied)
        // Kinds outside match.kinds are untouched.
        #expect(try evaluate(set, pushSecret()).findings.isEmpty)
    }

    @Test func namespaceSelectorUsesKnownLabels() throws {
        let set = try policySet("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          match: {namespaceSelector: {matchLabels: {tenant: "true"}}}
          rules: [{name: r, check: refreshInterval, with: {min: 1m}}]
        """)
        var state = StaticClusterState()
        state.addNamespace("team-a", labels: ["tenant": "true"])
        state.addNamespace("team-b")
        let bad = externalSecret(body: "refreshInterval: 1s")
        #expect(try evaluate(set, bad, state: state).denied)
        #expect(try !evaluate(set, bad.replacing("team-a", with: "team-b"), state: state).denied)
    }

    @Test func exceptionsWaiveNamedRulesForNamedObjects() throws {
        let set = try policySet(twoModes + """

        ---
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: legacy-db}
        spec: {policy: tenants, rules: [interval], namespaces: [team-a], names: [db]}
        """)
        let bad = externalSecret(body: "refreshInterval: 1s")
        let e = try evaluate(set, bad)
        #expect(!e.denied)
        #expect(e.excepted.map(\.rule) == ["interval"])
        // Another name in the same namespace is not covered.
        #expect(try evaluate(set, bad.replacing("name: db,", with: "name: other,")).denied)
        #expect(try evaluate(set, bad.replacing("team-a", with: "team-b")).denied)
    }

    @Test func nonESOObjectsAreIgnored() throws {
        let e = try evaluate(policySet(twoModes), "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: team-a}\n")
        #expect(e.findings.isEmpty && e.matchedPolicies.isEmpty)
    }
}
