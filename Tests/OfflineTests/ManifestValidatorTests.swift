import Documents
import Testing
@testable import Offline

@Suite struct ManifestValidatorTests {
    let validator = ManifestValidator()

    @Test func plaintextSecretIsAWarningThatNeverShowsValues() {
        let report = validator.validate(text: """
            apiVersion: v1
            kind: Secret
            metadata: {name: creds, namespace: team-a}
            stringData:
              password: hunter2-super-secret
            data:
              token: c2VjcmV0LXRva2Vu
            """, source: "s.yaml")
        let object = report.objects[0]
        #expect(object.displayName == "Secret team-a/creds")
        #expect(object.findings.map(\.ruleID) == ["gitops.plaintextSecret", "gitops.plaintextSecret"])
        #expect(object.findings.allSatisfy { $0.severity == .warning })
        #expect(object.findings[0].finding.position == SourcePosition(line: 4, column: 1))
        for format in ReportFormat.allCases {
            let out = format.render(report)
            #expect(!out.contains("hunter2"), "\(format) leaks a value")
            #expect(!out.contains("c2VjcmV0"), "\(format) leaks a value")
        }
        #expect(report.exitStatus == .clean)
    }

    @Test func secretWithoutValuesAndOtherKindsAreSkipped() {
        let report = validator.validate(text: """
            apiVersion: v1
            kind: Secret
            metadata: {name: empty}
            data: {}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            data: {a: b}
            ---
            # only a comment
            ---
            just a string
            ---
            apiVersion: bitnami.com/v1alpha1
            kind: SealedSecret
            metadata: {name: sealed}
            """, source: "x.yaml")
        #expect(report.objects.map(\.kind) == ["Secret"])
        #expect(report.objects[0].findings.isEmpty)
        #expect(report.skippedCount == 3)
    }

    @Test func esoObjectsAreRecognisedByGroupAndKind() {
        let report = validator.validate(text: """
            apiVersion: external-secrets.io/v1
            kind: ClusterSecretStore
            metadata: {name: shared}
            ---
            apiVersion: external-secrets.io/v1alpha1
            kind: PushSecret
            metadata: {name: p, namespace: ns}
            ---
            apiVersion: example.com/v1
            kind: ExternalSecret
            metadata: {name: not-eso}
            """, source: "x.yaml")
        #expect(report.objects.map(\.displayName) == ["ClusterSecretStore shared", "PushSecret ns/p"])
        #expect(report.objects.map(\.documentIndex) == [0, 1])
        #expect(report.objects.map(\.position.line) == [1, 5])
    }

    @Test func listItemsAreValidatedOneByOne() {
        let report = validator.validate(text: """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Secret
              metadata: {name: a}
              data: {k: dg==}
            - apiVersion: external-secrets.io/v1
              kind: SecretStore
              metadata: {name: b}
            """, source: "list.yaml")
        #expect(report.objects.map(\.displayName) == ["Secret a", "SecretStore b"])
        #expect(report.objects[1].position.line == 8)
    }

    /// A List inside a List is flattened too: its items are as appliable as the outer ones.
    @Test func nestedListItemsAreValidated() {
        let report = validator.validate(text: """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: List
              items:
              - apiVersion: external-secrets.io/v1
                kind: ExternalSecret
                metadata: {name: x, namespace: ns}
                spec: {secretStoreRef: {name: s}, data: [{secretKey: "", remoteRef: {key: k}}]}
            - apiVersion: external-secrets.io/v1
              kind: SecretStore
              metadata: {name: b}
            """, source: "nested.yaml")
        #expect(report.objects.map(\.displayName) == ["ExternalSecret ns/x", "SecretStore b"])
        #expect(report.objects.first?.position.line == 7)
        #expect(report.exitStatus == .findings)   // the empty secretKey
    }

    @Test func parseErrorKeepsPositionAndFailsWithStatusTwo() {
        let report = validator.validate(text: "apiVersion: v1\nkind: [Secret\n", source: "bad.yaml")
        let error = report.inputErrors.first
        #expect(error?.source == "bad.yaml")
        #expect(error?.position.isKnown == true)
        #expect(report.exitStatus == .inputError)
    }
}
