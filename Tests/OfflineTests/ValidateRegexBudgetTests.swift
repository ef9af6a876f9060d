import Documents
import Testing
import TestSupport
@testable import Offline

/// `validate` gives each object the regular-expression budget a webhook review gets: an
/// object over it gets the webhook's `esoguard/regex-budget` finding instead of a partial
/// judgement, and the next object starts afresh.
@Suite struct ValidateRegexBudgetTests {
    static let budgetMessage = "the regular expressions in this object compile to more than 1000000 instructions in total"

    /// `count` distinct Go-valid patterns of `repeats` × `x{1000}`, ~1,000 instructions per
    /// repeat (as in the webhook's RegexBudgetTests): 40 × 150 is ~6M.
    static func patterns(count: Int = 40, repeats: Int = 150) -> [String] {
        (0..<count).map { i in
            (0..<repeats).map { j in "\(Character(Unicode.Scalar(UInt8(97 + j % 26))))" + "{1000}" }.joined() + "z\(i)"
        }
    }

    static func externalSecret(_ name: String, regexps: [String]) -> String {
        """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: \(name), namespace: team-a}
        spec:
          refreshInterval: 1h
          secretStoreRef: {name: s, kind: SecretStore}
          target: {name: \(name)}
          dataFrom:
        \(regexps.map { "    - find: {name: {regexp: \"\($0)\"}}" }.joined(separator: "\n"))
        """
    }

    static func clusterStore(_ name: String, regexes: [String]) -> String {
        """
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: \(name)}
        spec:
          conditions:
            - namespaceRegexes: [\(regexes.map { "\"\($0)\"" }.joined(separator: ", "))]
          provider:
            fake: {data: []}
        """
    }

    @Test func policiesOverTheBudgetGiveTheWebhooksFindingAndTheNextObjectIsJudged() throws {
        let dir = try TempDir("regex-budget")
        defer { dir.remove() }
        try dir.write("finds.yaml", PolicyFixtures.findRestrictions)
        let validator = try ManifestValidator(policyDirectory: dir.path)
        let text = [Self.externalSecret("huge", regexps: Self.patterns()),
                    Self.externalSecret("open", regexps: [".*"]),
                    Self.externalSecret("huge-again", regexps: Self.patterns())].joined(separator: "\n---\n")
        let start = ContinuousClock.now
        let report = validator.validate(text: text, source: "es.yaml")
        #expect(ContinuousClock.now - start < .seconds(10))
        let objects = report.objects
        try #require(objects.map(\.name) == ["huge", "open", "huge-again"])
        for index in [0, 2] {
            // The only finding: what was judged in part is not reported as if complete.
            #expect(objects[index].findings.map(\.ruleID) == ["esoguard/regex-budget"], "\(objects[index].findings)")
            #expect(objects[index].findings.first?.severity == .error)
            #expect(objects[index].findings.first?.finding.message.hasPrefix(Self.budgetMessage) == true)
        }
        // Judged in full between the two: the budget is per object, not spent for the run.
        #expect(objects[1].findings.map(\.ruleID) == ["finds/find"], "\(objects[1].findings)")
        #expect(report.exitStatus == .findings)
    }

    @Test func esoRulesOverTheBudgetGiveTheFindingWithoutPolicies() {
        let text = [Self.clusterStore("huge", regexes: Self.patterns()),
                    Self.clusterStore("broken", regexes: ["("])].joined(separator: "\n---\n")
        let objects = ManifestValidator().validate(text: text, source: "stores.yaml").objects
        #expect(objects.map { $0.findings.map(\.ruleID) } == [["esoguard/regex-budget"], ["eso.store.conditions.regex"]],
                "\(objects.map(\.findings))")
    }
}
