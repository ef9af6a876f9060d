import Foundation
import Testing
import TestSupport

/// `esoguard validate --policies`: the admission engine offline, with Namespaces
/// and ClusterSecretStores in the input as cluster state.
@Suite struct ValidatePoliciesTests {
    static let manifests = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: team-a, labels: {team: a}}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: team-b, labels: {team: b}}
        ---
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: shared}
        spec:
          conditions:
            - namespaceSelector: {matchLabels: {team: a}}
          provider:
            aws:
              service: SecretsManager
              region: eu-west-1
              auth: {jwt: {serviceAccountRef: {name: eso, namespace: external-secrets}}}
        ---
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: db, namespace: team-b}
        spec:
          refreshInterval: 10s
          secretStoreRef: {kind: ClusterSecretStore, name: shared}
          target: {name: db}
          data:
            - secretKey: password
              remoteRef: {key: team-b/db}

        """

    func validate(_ arguments: [String]) throws -> CommandResult {
        let result = try runCommand(Repo.esoguardBinary, ["validate"] + arguments, timeout: 30)
        #expect(!result.timedOut)
        return result
    }

    @Test func enforceIsAnErrorWarnAWarningAndClusterStateComesFromTheInput() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("tenant.yaml", Self.manifests)
        let result = try validate(["--policies", Repo.path("policies/baseline"), "--format", "json", file])
        #expect(result.status == 1, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let denial = try #require(findings.first { $0["ruleId"] as? String == "baseline-secrets/cluster-store-admits-namespace" })
        #expect(denial["severity"] as? String == "error")
        #expect(denial["mode"] as? String == "enforce")
        #expect(denial["policy"] as? String == "baseline-secrets")
        #expect(denial["rule"] as? String == "cluster-store-admits-namespace")
        #expect(denial["line"] as? Int == 26, "points at spec.secretStoreRef")
        let warning = try #require(findings.first { $0["ruleId"] as? String == "baseline-secrets/refresh-interval" })
        #expect(warning["severity"] as? String == "warning")
        #expect(warning["mode"] as? String == "warn")
    }

    @Test func withoutTheNamespaceInTheInputTheStoreCheckIsSkipped() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        // Same objects in two files: cluster state spans every input.
        let parts = Self.manifests.components(separatedBy: "---\n")
        let state = try dir.write("cluster.yaml", parts[0...2].joined(separator: "---\n"))
        let tenant = try dir.write("tenant.yaml", parts[3])
        let together = try validate(["--policies", Repo.path("policies/baseline"), state, tenant])
        #expect(together.status == 1)
        #expect(together.stdout.contains("error baseline-secrets/cluster-store-admits-namespace"))
        let alone = try validate(["--policies", Repo.path("policies/baseline"), tenant])
        #expect(alone.status == 0, "an unknown store is not a denial: \(alone.output)")
        #expect(alone.stdout.contains("warning baseline-secrets/refresh-interval"))
    }

    @Test func brokenPolicyDirectoryExitsTwoWithPosition() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let policy = try dir.write("policies/bad.yaml", """
            apiVersion: esoguard.io/v1alpha1
            kind: Policy
            metadata: {name: bad}
            spec:
              rules:
                - name: r
                  check: noSuchCheck

            """)
        let manifest = try dir.write("m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
        let result = try validate(["--policies", dir.file("policies"), manifest])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(policy):7:"), "\(result.stderr)")
        #expect(result.stderr.contains("noSuchCheck"))
    }
}
