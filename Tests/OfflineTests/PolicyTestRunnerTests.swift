import Documents
import Testing
import TestSupport
@testable import Offline

/// The runner drives the admission handler: mutation first, validation of the
/// patched object second, ESO-parity rules as policy `eso`.
@Suite struct PolicyTestRunnerTests {
    static let policy = """
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: clamp}
        spec:
          mode: enforce
          match: {kinds: [ExternalSecret]}
          exclude: {users: [ci-bot]}
          rules:
            - name: refresh
              check: refreshInterval
              mutate: clamp
              with: {min: 1m, max: 24h}

        """

    static let hot = """
        {apiVersion: external-secrets.io/v1, kind: ExternalSecret, metadata: {name: hot, namespace: a},
         spec: {refreshInterval: 5s, secretStoreRef: {kind: SecretStore, name: s}, target: {name: t},
                data: [{secretKey: k, remoteRef: {key: a/k}}]}}
        """

    private func run(_ cases: String) throws -> PolicyTestReport {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("policies/clamp.yaml", Self.policy)
        try dir.write("esoguard-test.yaml", "policies: policies\ncases:\n" + cases)
        return PolicyTestRunner().run(dir.path)
    }

    @Test func mutationPatchIsReportedAndValidationSeesThePatchedObject() throws {
        let report = try run("""
              - name: clamped up to the minimum
                object: \(Self.hot)
                expect:
                  allowed: true
                  patch: [{op: replace, path: /spec/refreshInterval, value: 1m}]
                  rules: {clamp/refresh: pass}

            """)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.suites.first?.cases.first?.passed == true, "\(report.render())")
        #expect(report.exitStatus == .clean)
    }

    @Test func excludedUserGetsNoPatchAndEsoRulesAreNamedEso() throws {
        let report = try run("""
              - name: the excluded user is left alone
                object: \(Self.hot)
                user: ci-bot
                expect: {allowed: true, patch: [], rules: {clamp/refresh: pass}}
              - name: an ExternalSecret without data is denied by the ESO rules
                object: {apiVersion: external-secrets.io/v1, kind: ExternalSecret, metadata: {name: e, namespace: a},
                         spec: {secretStoreRef: {kind: SecretStore, name: s}, target: {name: t}}}
                expect: {allowed: false, rules: {eso/eso.data.empty: fail}}

            """)
        #expect(report.failedCount == 0, "\(report.render())")
        #expect(report.caseCount == 2)
    }

    @Test func mismatchesAreDiffedAndUnknownRulesReported() throws {
        let report = try run("""
              - name: wrong
                object: \(Self.hot)
                expect:
                  allowed: false
                  warnings: 2
                  patch: []
                  rules: {clamp/refresh: fail, clamp/nope: pass}

            """)
        #expect(report.exitStatus == .findings)
        let differences = try #require(report.suites.first?.cases.first?.differences)
        #expect(differences == [
            Difference(field: "allowed", expected: "false", actual: "true"),
            Difference(field: "clamp/refresh", expected: "fail", actual: "pass"),
            Difference(field: "clamp/nope", expected: "pass", actual: "no such rule in the policies"),
            Difference(field: "patch", expected: "[]",
                       actual: #"[{"op":"replace","path":"/spec/refreshInterval","value":"1m"}]"#),
            Difference(field: "warnings", expected: "2", actual: "0"),
        ])
        let text = report.render()
        #expect(text.contains("  FAIL  wrong\n"))
        #expect(text.contains("        - allowed: false\n        + allowed: true\n"))
        #expect(text.hasSuffix("1 case in 1 suite: 0 passed, 1 failed\n"))
    }

    @Test func deleteReviewsCarryOnlyTheOldObject() throws {
        let testCase = PolicyTestCase(name: "d", position: .unknown, review: nil,
                                      object: try JSONParser.parse(#"{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"x","namespace":"n"}}"#),
                                      oldObject: nil, operation: .delete, namespace: nil, userInfo: .init(), dryRun: true,
                                      expect: .init(allowed: true, rules: [], patch: nil, warnings: nil))
        let review = PolicyTestRunner.review(for: testCase, index: 3)
        #expect(review[path: "request", "object"]?.isNull == true)
        #expect(review[path: "request", "oldObject", "metadata", "name"]?.string == "x")
        #expect(review[path: "request", "namespace"]?.string == "n")
        #expect(review[path: "request", "kind", "group"]?.string == "external-secrets.io")
        #expect(review[path: "request", "uid"]?.string == "esoguard-test-3")
        #expect(review[path: "request", "dryRun"]?.bool == true)
    }
}
