import Documents
import ESO
import Testing

/// The schema walk and the ESO-parity rules each collect at most Finding.collectedPerObject
/// findings per object: an object of 200,000 empty entries (under the review's node limit)
/// would otherwise make as many findings, ~90 MB while judging one review.
@Suite struct FindingLimitTests {
    @Test func findingsPerObjectAreBounded() throws {
        let entries = Array(repeating: "{}", count: 5_000).joined(separator: ",")
        let manifest = #"{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"e","namespace":"a"},"#
            + #""spec":{"secretStoreRef":{"name":"s"},"target":{"name":"t"},"dataFrom":[\#(entries)]}}"#
        let findings = try #require(ESOValidator.validate(document: JSONParser.parse(manifest)))
        let perRule = Dictionary(grouping: findings, by: \.ruleID).mapValues(\.count)
        // Each empty entry breaks at least one rule; none is reported more than the bound.
        #expect(findings.count >= Finding.collectedPerObject, "\(perRule)")
        #expect(findings.count <= 2 * Finding.collectedPerObject, "\(perRule)")
        #expect(findings.first?.path == "spec.dataFrom[0]", "\(String(describing: findings.first))")
    }
}
