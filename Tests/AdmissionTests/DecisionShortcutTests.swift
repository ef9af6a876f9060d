import Documents
import ESO
import Policy
import Synchronization
import Telemetry
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
        let handler = AdmissionHandler(policies: try policies(ownerRequiredPolicy), esoValidation: false)
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
    /// `esoKind` is the kind looked up by name, for the ESO group only; `isESOKind` agrees.
    @Test func esoKindOfARequest() throws {
        for group in ["external-secrets.io", "", "v1", "generators.external-secrets.io"] {
            for kind in ESOKind.allCases.map(\.rawValue) + ["Secret", "", "externalsecret", "ClusterSecretStores"] {
                let body = reviewBody(kind: kind, group: group, object: externalSecretJSON())
                let request = try AdmissionRequest.decode(body)
                let expected = group == "external-secrets.io" ? ESOKind(rawValue: kind) : nil
                #expect(request.esoKind == expected, "\(group)/\(kind)")
                #expect(request.isESOKind == (expected != nil))
            }
        }
    }

    /// Every ESO kind's decisions land in the series labelled with its name (the subject's
    /// kind is no longer looked up by name), on both endpoints; other groups are skipped.
    @Test func subjectsOfEveryKindAreCountedByName() throws {
        let registry = MetricsRegistry()
        let handler = AdmissionHandler(policies: try policies(ownerRequiredPolicy), metrics: registry, esoValidation: false)
        for kind in ESOKind.allCases.map(\.rawValue) {
            let object = #"{"apiVersion":"external-secrets.io/v1","kind":"\#(kind)","metadata":{"name":"o"},"spec":{}}"#
            _ = try respond(handler, .validate, reviewBody(operation: "UPDATE", kind: kind, object: object))
            _ = try respond(handler, .mutate, reviewBody(operation: "UPDATE", kind: kind, object: object))
            _ = try respond(handler, .validate, reviewBody(operation: "UPDATE", kind: kind, group: "v1", object: object))
        }
        let text = registry.render()
        for kind in ESOKind.allCases.map(\.rawValue) {
            #expect(text.contains(#"esoguard_admission_requests_total{route="/validate",kind="\#(kind)",operation="UPDATE",outcome="denied"} 1"#), "\(kind)")
            #expect(text.contains(#"esoguard_admission_requests_total{route="/validate",kind="\#(kind)",operation="UPDATE",outcome="skipped"} 1"#), "\(kind)")
            #expect(text.contains(#"esoguard_admission_requests_total{route="/mutate",kind="\#(kind)",operation="UPDATE",outcome="allowed"} 1"#), "\(kind)")
            #expect(text.contains(#"esoguard_admission_findings_total{route="/validate",kind="\#(kind)",operation="UPDATE",policy="p",rule="owner",outcome="denied"} 1"#), "\(kind)")
        }
    }

    /// The denial log names the object from its metadata (name, else generateName).
    @Test func denialLogNamesTheObject() throws {
        let lines = Mutex<[String]>([])
        let logger = Logger(label: "t", level: .info, format: .json, sink: LogSink { line in lines.withLock { $0.append(line) } })
        let handler = AdmissionHandler(policies: try policies(ownerRequiredPolicy), logger: logger, esoValidation: false)
        _ = try respond(handler, .validate, reviewBody(object: externalSecretJSON(name: "named")))
        let generated = #"{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"generateName":"gen-"},"spec":{}}"#
        _ = try respond(handler, .validate, reviewBody(object: generated))
        _ = try respond(handler, .mutate, reviewBody(object: generated))
        let logged = lines.withLock { $0 }
        #expect(logged.count == 2)
        #expect(logged.first?.contains(#""name":"named""#) == true)
        #expect(logged.last?.contains(#""name":"gen-""#) == true)
    }
}

/// One policy `p` with one rule, `owner`: objects must carry an `owner` label.
private let ownerRequiredPolicy = """
    apiVersion: esoguard.io/v1alpha1
    kind: Policy
    metadata: {name: p}
    spec:
      rules: [{name: owner, check: requiredMetadata, with: {labels: [owner]}}]
    """
