import Foundation
import Testing
import TestSupport

/// `esoguard test` through the built binary: the shipped profiles' suites pass,
/// a wrong expectation fails with a diff, a malformed suite is a positioned error.
@Suite struct PolicyTestCommandTests {
    func test(_ arguments: [String]) throws -> CommandResult {
        let result = try runCommand(Repo.esoguardBinary, ["test"] + arguments, currentDirectory: Repo.root.path,
                                    timeout: 30)
        #expect(!result.timedOut)
        return result
    }

    @Test func shippedProfileSuitesPass() throws {
        let result = try test(["policies/tests"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("policies/tests/baseline/esoguard-test.yaml (policies: policies/baseline)"))
        #expect(result.stdout.contains("policies/tests/restricted/esoguard-test.yaml (policies: policies/restricted)"))
        #expect(!result.stdout.contains("FAIL"))
        #expect(result.stdout.range(of: #"\n\d+ cases in 2 suites: \d+ passed, 0 failed\n$"#, options: .regularExpression) != nil)
    }

    @Test func eachProfileSuiteRunsOnItsOwn() throws {
        for profile in ["baseline", "restricted"] {
            let result = try test(["policies/tests/\(profile)/esoguard-test.yaml"])
            #expect(result.status == 0, "\(profile): \(result.output)")
        }
    }

    @Test func wrongExpectationFailsWithADiff() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("broken/esoguard-test.yaml", """
            apiVersion: esoguard.io/v1alpha1
            kind: PolicyTest
            metadata: {name: broken}
            policies: \(Repo.path("policies/baseline"))
            cases:
              - name: the webhook provider is allowed (it is not)
                object:
                  apiVersion: external-secrets.io/v1
                  kind: SecretStore
                  metadata: {name: hook, namespace: team-a}
                  spec:
                    provider:
                      webhook:
                        url: http://example.com/x
                        result: {jsonPath: $.value}
                expect:
                  allowed: true
                  rules:
                    baseline-stores/no-webhook-provider: pass
              - name: a ClusterSecretStore without conditions is denied
                object:
                  apiVersion: external-secrets.io/v1
                  kind: ClusterSecretStore
                  metadata: {name: open}
                  spec:
                    provider:
                      fake: {data: []}
                expect:
                  allowed: false

            """)
        let result = try test([dir.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stdout.contains("  FAIL  the webhook provider is allowed (it is not)\n"))
        #expect(result.stdout.contains("broken/esoguard-test.yaml:6:5: expected (-) and actual (+):"))
        #expect(result.stdout.contains("        - allowed: true\n        + allowed: false\n"))
        #expect(result.stdout.contains("        - baseline-stores/no-webhook-provider: pass\n        + baseline-stores/no-webhook-provider: fail\n"))
        #expect(result.stdout.contains("          enforce baseline-stores/no-webhook-provider: spec.provider"))
        #expect(result.stdout.contains("  ok    a ClusterSecretStore without conditions is denied\n"))
        #expect(result.stdout.hasSuffix("2 cases in 1 suite: 1 passed, 1 failed\n"))
    }

    @Test func malformedSuiteIsAPositionedErrorWithStatusTwo() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("esoguard-test.yaml", """
            apiVersion: esoguard.io/v1alpha1
            kind: PolicyTest
            policies: \(Repo.path("policies/baseline"))
            cases:
              - name: typo in expect
                object: {apiVersion: external-secrets.io/v1, kind: SecretStore, metadata: {name: s}}
                expect:
                  alowed: true

            """)
        let result = try test([file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(file):8:7: error: unknown field \"alowed\" in cases[0].expect"), "\(result.stderr)")
    }

    @Test func missingPolicyDirectoryAndNoSuitesAreErrors() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("esoguard-test.yaml", """
            policies: ./nowhere
            cases:
              - name: x
                object: {apiVersion: external-secrets.io/v1, kind: SecretStore, metadata: {name: s}}
                expect: {allowed: true}

            """)
        let missing = try test([file])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("\(file):1:11: error: policies \(dir.path)/nowhere"), "\(missing.stderr)")
        let empty = try TempDir()
        defer { empty.remove() }
        let none = try test([empty.path])
        #expect(none.status == 2)
        #expect(none.stderr == "\(empty.path): error: no esoguard-test.yaml found\n")
    }
}
