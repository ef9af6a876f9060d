import Documents
import ESO
import Policy
import Testing
@testable import Admission

/// The decision's shortcuts give what the plain forms they replace give.
@Suite struct DecisionShortcutTests {
    /// The substring test as first written: every start offset, bytes compared.
    private func naiveContains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        return (0...(h.count - n.count)).contains { start in Array(h[start..<(start + n.count)]) == n }
    }

    @Test func containsBytesAgreesWithANaiveSearch() {
        let fixed = [("spec.conditions[0].namespaces[1]", "spec.conditions[0].namespaces[1]"),
                     ("usable (admitted by spec.conditions[0].namespaces[1])", "spec.conditions[0].namespaces[1]"),
                     ("spec.data[1] and spec.data[10]", "spec.data[10]"), ("]]]", "]]"), ("a]", "]"), ("]a", "]"),
                     ("x", "xx"), ("é]", "é]"), ("é", "\u{301}"), ("", ""), ("", "]"), ("abc", "")]
        for (h, n) in fixed {
            #expect(AdmissionDecision.containsBytes(h, n) == naiveContains(h, n), "\(h) \(n)")
        }
        // Small alphabets make partial matches (same last byte, different start) common.
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "b", "]", "é"]
        for _ in 0..<2000 {
            let h = String((0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" })
            let n = String((0..<Int.random(in: 0...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" })
            #expect(AdmissionDecision.containsBytes(h, n) == naiveContains(h, n), "\(h) \(n)")
        }
    }

    /// The name and namespace of a denial come from the object and the request, as they did
    /// when they were read for every request.
    @Test func denialNamesTheObjectFromGenerateNameAndTheRequestNamespace() throws {
        let handler = AdmissionHandler(policies: try policies("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules: [{name: owner, check: requiredMetadata, with: {labels: [owner]}}]
        """), esoValidation: false)
        let object = #"{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"generateName":"db-"},"spec":{}}"#
        let review = try respond(handler, .validate, reviewBody(namespace: "team-b", object: object))
        let message = try #require(review[path: "response", "status", "message"]?.string)
        #expect(message.hasPrefix("esoguard denied ExternalSecret team-b/db-: [p/owner] "))
        let store = #"{"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","metadata":{"name":"s","namespace":"x"},"spec":{}}"#
        let cluster = try respond(handler, .validate, reviewBody(kind: "ClusterSecretStore", namespace: "", object: store))
        #expect(try #require(cluster[path: "response", "status", "message"]?.string).hasPrefix("esoguard denied ClusterSecretStore s: [p/owner] "))
        let labelled = object.replacing(#""generateName":"db-""#, with: #""name":"db","labels":{"owner":"a"}"#)
        #expect(try respond(handler, .validate, reviewBody(object: labelled))[path: "response", "allowed"]?.bool == true)
    }
}
