import Documents
import ESO
import Testing

struct SchemaRuleTests {
    func rules(_ text: String) throws -> [Finding] { try findings(text) }

    @Test func secretKeyPatternAndPosition() throws {
        let f = try findings(externalSecret("data:\n- secretKey: \"bad key\"\n  remoteRef: {key: x}"))
        let hit = try #require(f.first { $0.ruleID == "schema.pattern" })
        #expect(hit.path == "spec.data[0].secretKey")
        #expect(hit.position == SourcePosition(line: 7, column: 16))
        #expect(hit.severity == .error && hit.hint != nil)
    }

    @Test func enumTypeRequiredAndLength() throws {
        let f = try findings("""
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: a}
            spec:
              secretStoreRef: {name: "", kind: SecretsStore}
              target: {creationPolicy: Owner, immutable: "yes"}
              data:
              - secretKey: k
              - remoteRef: {key: 7}
            """)
        let got = Set(f.map { "\($0.ruleID) \($0.path)" })
        #expect(got.contains("schema.enum spec.secretStoreRef.kind"))
        #expect(got.contains("schema.minLength spec.secretStoreRef.name"))
        #expect(got.contains("schema.pattern spec.secretStoreRef.name"))
        #expect(got.contains("schema.type spec.target.immutable"))
        #expect(got.contains("schema.required spec.data[0].remoteRef"))
        #expect(got.contains("schema.required spec.data[1].secretKey"))
        #expect(got.contains("schema.type spec.data[1].remoteRef.key"))
    }

    @Test func unknownFieldsWarnWithSuggestion() throws {
        let f = try findings(externalSecret(oneData + "\nrefreshInterva: 1h\ntarget: {nmae: x}"))
        let unknown = f.filter { $0.ruleID == "schema.unknownField" }
        #expect(unknown.map(\.path) == ["spec.refreshInterva", "spec.target.nmae"])
        #expect(unknown.allSatisfy { $0.severity == .warning })
        #expect(unknown.first?.hint == "did you mean \"refreshInterval\"?")
    }

    @Test func providerCountAndCELRules() throws {
        let two = try findings(store("fake: {data: [{key: a, value: b}]}\nwebhook: {url: https://x}"))
        #expect(two.contains { $0.ruleID == "schema.maxProperties" && $0.path == "spec.provider" })
        let bao = try findings(store("openBao: {server: https://b, caBundle: Y2E=, caProvider: {type: Secret, name: c}, auth: {tokenSecretRef: {name: t}, userPass: {path: p, username: u}}}"))
        let cel = bao.filter { $0.ruleID == "schema.rule" }.map(\.path)
        #expect(cel.contains("spec.provider.openBao"))
        #expect(cel.contains("spec.provider.openBao.auth"))
        let pulumi = try findings(store("pulumi: {organization: o, project: p, environment: e}"))
        #expect(pulumi.contains { $0.ruleID == "schema.rule" && $0.path == "spec.provider.pulumi" })
    }

    @Test func formatsAndNulls() throws {
        let f = try findings(store("kubernetes: {server: {caBundle: \"not base64!\"}, auth: {serviceAccount: {name: sa, namespace: x}}}"))
        #expect(f.contains { $0.ruleID == "schema.format" && $0.path == "spec.provider.kubernetes.server.caBundle" })
        let n = try findings(externalSecret(oneData + "\ntarget:"))
        #expect(n.contains { $0.ruleID == "schema.type" && $0.path == "spec.target" })
    }

    @Test func mapValuesArePathedWithBrackets() throws {
        let f = try findings(externalSecret("dataFrom: [{find: {tags: {env: 3}}}]"))
        #expect(f.contains { $0.ruleID == "schema.type" && $0.path == "spec.dataFrom[0].find.tags[env]" })
    }
}
