import Documents
import Policy
import TestSupport
import Testing

@Suite struct PolicyLoaderTests {
    @Test func loadsAPolicyWithDefaults() throws {
        let set = try rule("clusterStoreConditions")
        #expect(set.policies.count == 1)
        let p = try #require(set.policies.first)
        #expect(p.name == "p")
        #expect(p.mode == .enforce)
        #expect(p.rules.map(\.name) == ["r"])
        #expect(p.rules.first?.kinds == ["ClusterSecretStore"])
    }

    @Test func unknownCheckIsReportedWithPosition() throws {
        let message = try loadError("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules:
            - name: r
              check: noSuchCheck
        """, source: "bad.yaml")
        #expect(message.hasPrefix("bad.yaml:7:14: spec.rules[0].check: "))
        #expect(message.contains("unknown check \"noSuchCheck\""))
        #expect(message.contains("remoteKeyPrefix"))
    }

    @Test func unknownParameterIsReportedWithPosition() throws {
        let message = try loadError("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules:
            - name: r
              check: refreshInterval
              with:
                min: 1m
                maxx: 1h
        """)
        #expect(message.hasPrefix("policy.yaml:10:"))
        #expect(message.contains("unknown parameter \"maxx\""))
    }

    @Test func badDurationRegexModeAndMutation() throws {
        #expect(try loadError(rule0("refreshInterval", "{min: 1 minute}")).contains("Go duration"))
        #expect(try loadError(rule0("field", "{path: spec.x, operator: matches, values: [\"a(\"]}")).contains("not a valid regular expression"))
        #expect(try loadError(rule0("field", "{path: spec.x, operator: like, values: [a]}")).contains("operator \"like\" is unknown"))
        #expect(try loadError(rule0("refreshInterval", "{min: 1m}", extra: "mode: block")).contains("\"block\" is not a mode"))
        #expect(try loadError(rule0("refreshInterval", "{min: 1m}", extra: "mutate: addPrefix")).contains("cannot \"addPrefix\""))
        #expect(try loadError(rule0("remoteKeyPrefix", "{prefix: \"{team}/\"}")).contains("unknown placeholder {team}"))
        #expect(try loadError(rule0("refreshInterval", "{min: 1h, max: 1m}")).contains("greater than max"))
        #expect(try loadError(rule0("allowedProviders", "{}")).contains("give allow"))
    }

    @Test func badMatchAndDuplicates() throws {
        let kinds = try loadError("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          match: {kinds: [Secret]}
          rules: [{name: r, check: clusterStoreConditions}]
        """)
        #expect(kinds.contains("\"Secret\" is not an ESO kind"))
        let selector = try loadError("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          match:
            namespaceSelector:
              matchExpressions: [{key: team, operator: Like}]
          rules: [{name: r, check: clusterStoreConditions}]
        """)
        #expect(selector.contains("operator \"Like\""))
        let dup = try loadError("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules: [{name: r, check: clusterStoreConditions}, {name: r, check: anchoredNamespaceRegexes}]
        """)
        #expect(dup.contains("appears twice"))
        #expect(try loadError("apiVersion: v1\nkind: Policy\nmetadata: {name: p}\n").contains("not supported"))
        #expect(try loadError("apiVersion: esoguard.io/v1alpha1\nkind: Rule\nmetadata: {name: p}\n").contains("expected Policy or PolicyException"))
    }

    @Test func exceptionsMustNameAKnownPolicyAndScope() throws {
        let base = """
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules: [{name: r, check: clusterStoreConditions}]
        ---

        """
        #expect(try loadError(base + """
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: e}
        spec: {policy: other, names: [x]}
        """).contains("names policy \"other\""))
        #expect(try loadError(base + """
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: e}
        spec: {policy: p, rules: [nope], names: [x]}
        """).contains("names rule \"nope\""))
        #expect(try loadError(base + """
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: e}
        spec: {policy: p}
        """).contains("must name namespaces or names"))
    }

    @Test func loadsDirectoryNonRecursivelyAndReportsEveryBadFile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("a.yaml", "apiVersion: esoguard.io/v1alpha1\nkind: Policy\nmetadata: {name: a}\nspec:\n  rules: [{name: r, check: clusterStoreConditions}]\n")
        try dir.write("notes.txt", "not yaml: [")
        try dir.write("sub/b.yaml", "garbage: [")
        let set = try PolicySet.load(directory: dir.path)
        #expect(set.policies.map(\.name) == ["a"])
        try dir.write("c.yml", "apiVersion: esoguard.io/v1alpha1\nkind: Policy\nmetadata: {name: c}\nspec:\n  rules: [{name: r, check: nope}]\n")
        try dir.write("d.yaml", "key: [unclosed\n")
        do {
            _ = try PolicySet.load(directory: dir.path)
            Issue.record("should fail")
        } catch let e as PolicyLoadErrors {
            #expect(e.errors.count == 2)
            #expect(e.description.contains("c.yml:5:"))
            #expect(e.description.contains("d.yaml:"))
        }
    }

    @Test func missingDirectoryAndEmptyDirectoryFail() throws {
        #expect(throws: PolicyLoadErrors.self) { try PolicySet.load(directory: "/nonexistent/esoguard") }
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(throws: PolicyLoadErrors.self) { try PolicySet.load(directory: dir.path) }
    }

    @Test func shippedProfilesLoad() throws {
        let baseline = try profile("baseline")
        let restricted = try profile("restricted")
        #expect(baseline.policies.map(\.name) == ["baseline-secrets", "baseline-stores"])
        #expect(restricted.policies.map(\.name) == ["restricted-secrets", "restricted-stores"])
        // restricted denies everything baseline only warns about.
        #expect(restricted.policies.flatMap(\.rules).allSatisfy { $0.mode == .enforce })
        #expect(baseline.policies.flatMap(\.rules).contains { $0.mode == .warn })
    }

    @Test func globs() {
        #expect(Glob("team-*").matches("team-a"))
        #expect(!Glob("team-*").matches("xteam-a"))
        #expect(Glob("*-prod").matches("a-prod"))
        #expect(Glob("a?c").matches("abc"))
        #expect(!Glob("a?c").matches("ac"))
        #expect(Glob("*").matches(""))
        #expect(Glob("a*b*c").matches("aXbYc"))
        #expect(!Glob("a*b*c").matches("aXbY"))
    }
}

/// Policy text for a single rule, with extra rule keys.
func rule0(_ check: String, _ with: String, extra: String = "") -> String {
    """
    apiVersion: esoguard.io/v1alpha1
    kind: Policy
    metadata: {name: p}
    spec:
      rules:
        - name: r
          check: \(check)
          with: \(with)
    \(extra.isEmpty ? "" : "      " + extra)
    """
}

