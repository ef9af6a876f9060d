import Documents
import ESO
import Testing
@testable import Policy

/// The engine's per-request shortcuts answer what the full evaluation answers.
@Suite struct EngineShortcutTests {
    static let prefixAndClamp = """
    apiVersion: esoguard.io/v1alpha1
    kind: Policy
    metadata: {name: tenants}
    spec:
      rules:
        - {name: prefix, check: remoteKeyPrefix, mutate: addPrefix}
        - {name: refresh, check: refreshInterval, mutate: clamp, with: {min: 1m, max: 24h}}
        - {name: static, check: noStaticCredentials, mode: warn}
    """

    /// An object of `kind` that the rules above would rewrite if they applied to it.
    static func object(_ kind: String) throws -> Node {
        try yaml("""
        apiVersion: external-secrets.io/v1
        kind: \(kind)
        metadata: {name: x, namespace: team-a}
        spec:
          refreshInterval: 1s
          secretStoreRef: {name: shared, kind: ClusterSecretStore}
          data: [{secretKey: k, remoteRef: {key: other/k}}]
          selector: {secret: {name: s}}
          secretStoreRefs: [{name: shared, kind: ClusterSecretStore}]
          provider: {aws: {service: SecretsManager, region: eu-west-1}}
        """)
    }

    @Test func mutatesIsTrueExactlyForKindsWithARewritingRule() throws {
        let engine = PolicyEngine(policies: try policySet(Self.prefixAndClamp))
        #expect(engine.mutates(kind: "ExternalSecret"))
        #expect(engine.mutates(kind: "PushSecret"))
        #expect(!engine.mutates(kind: "SecretStore"))
        #expect(!engine.mutates(kind: "ClusterSecretStore"))
        #expect(!engine.mutates(kind: "Secret"))
        #expect(!engine.mutates(kind: ""))
        for name in ["baseline", "restricted"] {
            let shipped = PolicyEngine(policies: try profile(name))
            for kind in ESOKinds.all { #expect(!shipped.mutates(kind: kind), "\(name) \(kind)") }
        }
    }

    /// Where `mutates` says no, `mutations` finds no rewrite; where it says yes, one is found.
    @Test func mutationsAgreeWithMutates() throws {
        for set in [try policySet(Self.prefixAndClamp), try profile("baseline"), try profile("restricted")] {
            let engine = PolicyEngine(policies: set)
            for kind in ESOKinds.all.sorted() + ["Secret"] {
                let evaluation = engine.mutations(EvaluationInput(object: try Self.object(kind)), state: UnknownClusterState())
                if !engine.mutates(kind: kind) {
                    #expect(evaluation.mutations.isEmpty, "\(kind)")
                    #expect(evaluation.jsonPatch.isEmpty, "\(kind)")
                }
            }
        }
        let engine = PolicyEngine(policies: try policySet(Self.prefixAndClamp))
        let rewritten = engine.mutations(EvaluationInput(object: try Self.object("ExternalSecret")), state: UnknownClusterState())
        #expect(rewritten.mutations.map(\.rule) == ["prefix", "refresh"])
    }
}
