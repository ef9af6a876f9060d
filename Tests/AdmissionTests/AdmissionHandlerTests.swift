import Admission
import Documents
import ESO
import Policy
import Telemetry
import Testing
import TestSupport

let tenantPolicy = """
apiVersion: esoguard.io/v1alpha1
kind: Policy
metadata: {name: tenants}
spec:
  rules:
    - name: remote-key-prefix
      check: remoteKeyPrefix
      mutate: addPrefix
    - name: refresh-interval
      check: refreshInterval
      mode: warn
      with: {min: 1m}
    - name: owner-label
      check: requiredMetadata
      mode: audit
      with: {labels: [owner]}
"""

@Suite struct AdmissionHandlerTests {
    let handler: AdmissionHandler
    init() throws {
        handler = AdmissionHandler(policies: try policies(tenantPolicy), esoValidation: false)
    }

    @Test(arguments: ["admission.k8s.io/v1", "admission.k8s.io/v1beta1"])
    func allowedResponseEchoesVersionKindAndUID(apiVersion: String) throws {
        let body = reviewBody(apiVersion: apiVersion, uid: "uid-\(apiVersion.count)", object: externalSecretJSON().replacing("\"namespace\":\"team-a\"}", with: "\"namespace\":\"team-a\",\"labels\":{\"owner\":\"a\"}}"))
        let review = try respond(handler, .validate, body)
        #expect(review["apiVersion"]?.string == apiVersion)
        #expect(review["kind"]?.string == "AdmissionReview")
        #expect(review[path: "response", "uid"]?.string == "uid-\(apiVersion.count)")
        #expect(review[path: "response", "allowed"]?.bool == true)
        #expect(review[path: "response"]?.keys == ["uid", "allowed"])
    }

    @Test func denialNamesPolicyRuleFieldAndFix() throws {
        let review = try respond(handler, .validate, reviewBody(object: externalSecretJSON(key: "team-b/db")))
        let response = try #require(review["response"])
        #expect(response["allowed"]?.bool == false)
        #expect(response[path: "status", "code"]?.int == 403)
        #expect(response[path: "status", "reason"]?.string == "Forbidden")
        let message = try #require(response[path: "status", "message"]?.string)
        #expect(message.hasPrefix("esoguard denied ExternalSecret team-a/db: [tenants/remote-key-prefix] "))
        #expect(message.contains("spec.data[0].remoteRef.key"))
        #expect(message.contains("fix: use the key \"team-a/team-b/db\""))
        #expect(response["patch"] == nil)
    }

    @Test func warningsAndAuditAnnotations() throws {
        let review = try respond(handler, .validate, reviewBody(object: externalSecretJSON(refresh: "5s")))
        let response = try #require(review["response"])
        #expect(response["allowed"]?.bool == true)
        let warnings = try #require(response["warnings"]?.array?.compactMap({ $0.string }))
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("[tenants/refresh-interval] spec.refreshInterval 5s is shorter than the minimum 1m"))
        #expect(!warnings[0].hasPrefix("Warning:"))
        let audit = try #require(response["auditAnnotations"])
        #expect(audit.keys == ["esoguard.io/owner-label"])
        #expect(audit["esoguard.io/owner-label"]?.string?.contains("label owner is required") == true)
    }

    @Test func warningsAreBounded() throws {
        let set = try policies("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: noisy}
        spec:
          mode: warn
          rules:
            - name: keys
              check: field
              with: {path: "spec.data[*].remoteRef.key", operator: prefix, values: [allowed/], message: "\(String(repeating: "x", count: 400))"}
        """)
        let data = (0..<40).map { "{\"secretKey\":\"k\($0)\",\"remoteRef\":{\"key\":\"other/\($0)\"}}" }.joined(separator: ",")
        let object = "{\"apiVersion\":\"external-secrets.io/v1\",\"kind\":\"ExternalSecret\",\"metadata\":{\"name\":\"n\",\"namespace\":\"team-a\"},\"spec\":{\"data\":[\(data)]}}"
        let review = try respond(AdmissionHandler(policies: set, esoValidation: false), .validate, reviewBody(object: object))
        let warnings = try #require(review[path: "response", "warnings"]?.array?.compactMap({ $0.string }))
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.count <= 256 })
        #expect(warnings.reduce(0) { $0 + $1.count } <= 4096)
        #expect(warnings.count < 40)
        // 20 findings of the rule and its "and 20 more" one: 15 fit beside the count of the rest.
        #expect(warnings.count == 16)
        #expect(warnings.last == "esoguard: 6 more warnings not listed (limit 4096 characters)")
    }

    @Test func mutationIsABase64JSONPatchAndIdempotent() throws {
        let object = externalSecretJSON(key: "db")
        let review = try respond(handler, .mutate, reviewBody(object: object))
        let response = try #require(review["response"])
        #expect(response["allowed"]?.bool == true)
        #expect(response["patchType"]?.string == "JSONPatch")
        let patch = try #require(try decodedPatch(review))
        #expect(patch.node.jsonString == #"[{"op":"replace","path":"/spec/data/0/remoteRef/key","value":"team-a/db"}]"#)
        // The API server applies the patch and may call again: nothing more to change.
        let patched = try patch.apply(to: JSONParser.parse(object))
        let again = try respond(handler, .mutate, reviewBody(object: patched.jsonString))
        #expect(again[path: "response", "patch"] == nil)
        #expect(again[path: "response", "patchType"] == nil)
        // The validating webhook then admits the patched object and never returns a patch.
        let validated = try respond(handler, .validate, reviewBody(object: patched.jsonString))
        #expect(validated[path: "response", "patch"] == nil)
        #expect(validated[path: "response", "status"] == nil)
    }

    @Test func mutateNeverDenies() throws {
        let set = try policies("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: strict}
        spec:
          rules: [{name: interval, check: refreshInterval, with: {min: 1m}}]
        """)
        let review = try respond(AdmissionHandler(policies: set, esoValidation: false), .mutate, reviewBody(object: externalSecretJSON(refresh: "1s")))
        #expect(review[path: "response", "allowed"]?.bool == true)
        #expect(review[path: "response", "patch"] == nil)
    }

    @Test func deleteJudgesTheOldObjectOnlyWhenAPolicyAsks() throws {
        let bad = externalSecretJSON(key: "team-b/db")
        let allowed = try respond(handler, .validate, reviewBody(operation: "DELETE", oldObject: bad))
        #expect(allowed[path: "response", "allowed"]?.bool == true)
        let guardDeletes = try policies("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: keep}
        spec:
          match: {operations: [DELETE]}
          rules: [{name: protected, check: field, with: {path: metadata.labels.protected, operator: notExists}}]
        """)
        let protected = externalSecretJSON().replacing("\"namespace\":\"team-a\"}", with: "\"namespace\":\"team-a\",\"labels\":{\"protected\":\"true\"}}")
        let h = AdmissionHandler(policies: guardDeletes, esoValidation: false)
        let denied = try respond(h, .validate, reviewBody(operation: "DELETE", oldObject: protected))
        #expect(denied[path: "response", "allowed"]?.bool == false)
        #expect(try respond(h, .validate, reviewBody(operation: "CREATE", object: protected))[path: "response", "allowed"]?.bool == true)
        let mutateDelete = try respond(handler, .mutate, reviewBody(operation: "DELETE", oldObject: bad))
        #expect(mutateDelete[path: "response"]?.keys == ["uid", "allowed"])
    }

    @Test func connectAndOtherKindsPassUntouched() throws {
        let connect = try respond(handler, .validate, reviewBody(operation: "CONNECT", kind: "Pod", group: ""))
        #expect(connect[path: "response"]?.keys == ["uid", "allowed"])
        let secret = #"{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"team-a"}}"#
        let other = try respond(handler, .validate, reviewBody(kind: "Secret", group: "", object: secret))
        #expect(other[path: "response", "allowed"]?.bool == true)
        #expect(other[path: "response"]?.keys == ["uid", "allowed"])
    }

    @Test func dryRunIsJudgedTheSame() throws {
        let review = try respond(handler, .validate, reviewBody(object: externalSecretJSON(key: "x/y"), dryRun: true))
        #expect(review[path: "response", "allowed"]?.bool == false)
    }

    @Test(arguments: [
        ("not json", "cannot read the request body as an AdmissionReview: request:1:1:"),
        ("[1,2]", "must be a JSON object"),
        (#"{"apiVersion":"admission.k8s.io/v2","kind":"AdmissionReview","request":{"uid":"u"}}"#, "apiVersion \"admission.k8s.io/v2\" is not supported"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview"}"#, "no request object"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"operation":"CREATE"}}"#, "no uid"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":"CREATE","object":"x"}}"#, "request.object must be an object"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":"CREATE"}}"#, "request.object is required"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"Pod","request":{"uid":"u"}}"#, "kind must be AdmissionReview"),
    ])
    func malformedReviewsGet400(body: String, expected: String) throws {
        let (status, out) = handler.respond(.validate, body: Array(body.utf8))
        #expect(status == 400)
        let error = try JSONParser.parse(out)["error"]?.string ?? ""
        #expect(error.contains(expected), "\(error)")
    }

    @Test func notReadyAnswers503() {
        let h = AdmissionHandler(engine: { nil })
        #expect(!h.isReady)
        #expect(h.respond(.validate, body: reviewBody(object: externalSecretJSON())).status == 503)
    }

    @Test func esoParityErrorsDeny() throws {
        let h = AdmissionHandler(policies: try policies(tenantPolicy))
        let empty = #"{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"e","namespace":"team-a","labels":{"owner":"x"}},"spec":{"secretStoreRef":{"name":"s"},"target":{"name":"t"}}}"#
        let review = try respond(h, .validate, reviewBody(object: empty))
        #expect(review[path: "response", "allowed"]?.bool == false)
        #expect(review[path: "response", "status", "message"]?.string?.contains("[eso/") == true)
    }

    @Test func decisionsAreCounted() throws {
        let registry = MetricsRegistry()
        let h = AdmissionHandler(policies: try policies(tenantPolicy), metrics: registry, esoValidation: false)
        _ = h.respond(.validate, body: reviewBody(object: externalSecretJSON(key: "x/y")))
        _ = h.respond(.mutate, body: reviewBody(object: externalSecretJSON(key: "y")))
        _ = h.respond(.validate, body: Array("{".utf8))
        let text = registry.render()
        #expect(text.contains(#"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="CREATE",outcome="denied"} 1"#))
        #expect(text.contains(#"esoguard_admission_requests_total{route="/mutate",kind="ExternalSecret",operation="CREATE",outcome="mutated"} 1"#))
        #expect(text.contains(#"esoguard_admission_requests_total{route="/validate",kind="",operation="",outcome="invalid"} 1"#))
        #expect(text.contains(#"esoguard_admission_findings_total{route="/validate",kind="ExternalSecret",operation="CREATE",policy="tenants",rule="remote-key-prefix",outcome="denied"} 1"#))
        #expect(text.contains(#"esoguard_admission_findings_total{route="/mutate",kind="ExternalSecret",operation="CREATE",policy="tenants",rule="remote-key-prefix",outcome="mutated"} 1"#))
        #expect(text.contains(#"esoguard_admission_evaluation_seconds_count{route="/validate"} 2"#))
    }

    /// ESO kinds go through series bound once; other kinds and operations through labelled
    /// lookups. Both must keep adding to one series per label set.
    @Test func repeatedDecisionsAddToOneSeries() throws {
        let registry = MetricsRegistry()
        let h = AdmissionHandler(policies: try policies(tenantPolicy), metrics: registry, esoValidation: false)
        for _ in 0..<3 {
            _ = h.respond(.validate, body: reviewBody(object: externalSecretJSON(key: "x/y")))
            _ = h.respond(.validate, body: reviewBody(operation: "UPDATE", object: externalSecretJSON(key: "team-a/y"),
                                                      oldObject: externalSecretJSON(key: "team-a/y")))
            _ = h.respond(.validate, body: reviewBody(kind: "ConfigMap", group: "", object: #"{"kind":"ConfigMap"}"#))
            _ = h.respond(.validate, body: reviewBody(operation: "PATCH", object: externalSecretJSON(key: "y")))
        }
        let text = registry.render()
        func count(_ series: String) -> Int {
            text.split(separator: "\n").filter { $0.hasPrefix(series + " ") }.count
        }
        for series in [#"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="CREATE",outcome="denied"} 3"#,
                       #"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="UPDATE",outcome="allowed"} 3"#,
                       #"esoguard_admission_requests_total{route="/validate",kind="other",operation="CREATE",outcome="skipped"} 3"#,
                       #"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="other",outcome="skipped"} 3"#,
                       #"esoguard_admission_findings_total{route="/validate",kind="ExternalSecret",operation="CREATE",policy="tenants",rule="remote-key-prefix",outcome="denied"} 3"#,
                       #"esoguard_admission_findings_total{route="/validate",kind="ExternalSecret",operation="UPDATE",policy="tenants",rule="owner-label",outcome="audited"} 3"#,
                       #"esoguard_admission_evaluation_seconds_count{route="/validate"} 12"#] {
            #expect(text.contains(series), "\(series)")
        }
        #expect(count(#"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="CREATE",outcome="denied"}"#) == 1)
    }

    /// A rule that an object breaks in many places reports at most PolicyFinding.maxPerRule
    /// findings and one that counts the rest: a tenant's ExternalSecret with tens of thousands
    /// of entries must not make the answer (an audit annotation) or the memory grow with them.
    @Test func findingsOfOneRuleAreCapped() throws {
        let audit = tenantPolicy.replacing("      mutate: addPrefix\n", with: "      mutate: addPrefix\n      mode: audit\n")
        let h = AdmissionHandler(policies: try policies(audit), esoValidation: false)
        let entries = (0..<500).map { #"{"secretKey":"k\#($0)","remoteRef":{"key":"other/k\#($0)"}}"# }.joined(separator: ",")
        let object = externalSecretJSON().replacing(#"[{"secretKey":"password","remoteRef":{"key":"team-a/db"}}]"#, with: "[\(entries)]")
        let (status, out) = h.respond(.validate, body: reviewBody(object: object))
        #expect(status == 200)
        let review = try JSONParser.parse(out)
        let annotation = try #require(review[path: "response", "auditAnnotations", "esoguard.io/remote-key-prefix"]?.string)
        let summed = annotation.contains("and 480 more findings of this rule, not listed")
        #expect(summed, "\(annotation.suffix(200))")
        #expect(annotation.count <= 4096)
        #expect(out.count < 10_000, "answer of \(out.count) bytes")
    }

    /// The kind and operation labels come from the request body: any that esoguard does not
    /// judge are counted as `other`, so no client can add series to /metrics (each is kept
    /// for good and printed on every scrape).
    @Test func kindsAndOperationsFromTheRequestCannotAddSeries() throws {
        let registry = MetricsRegistry()
        let h = AdmissionHandler(policies: try policies(tenantPolicy), metrics: registry, esoValidation: false)
        _ = h.respond(.validate, body: reviewBody(object: externalSecretJSON(key: "x/y")))
        let before = registry.render().utf8.count
        for i in 0..<50 {
            _ = h.respond(.validate, body: reviewBody(kind: "Kind\(i)" + String(repeating: "x", count: 1000), group: "x.io",
                                                      object: #"{"kind":"K"}"#))
            _ = h.respond(.validate, body: reviewBody(operation: "OP\(i)", object: externalSecretJSON(key: "y")))
        }
        let text = registry.render()
        #expect(text.contains(#"esoguard_admission_requests_total{route="/validate",kind="other",operation="CREATE",outcome="skipped"} 50"#))
        #expect(text.contains(#"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="other",outcome="skipped"} 50"#))
        #expect(!text.contains("Kind1") && !text.contains("OP1"))
        // An operation that is not a string, or missing, is `other` too; `""` is kept for reviews that cannot be read.
        _ = h.respond(.validate, body: Array(#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":7,"kind":{"group":"external-secrets.io","version":"v1","kind":"ExternalSecret"},"object":{}}}"#.utf8))
        _ = h.respond(.validate, body: Array("{not json".utf8))
        let after = registry.render()
        #expect(after.contains(#"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="other",outcome="skipped"} 51"#))
        #expect(after.contains(#"esoguard_admission_requests_total{route="/validate",kind="",operation="",outcome="invalid"} 1"#))
        #expect(!after.contains(#"operation="",outcome="skipped""#))
        #expect(text.utf8.count < before + 1000, "/metrics grew from \(before) to \(text.utf8.count) bytes")
    }
}

/// Regular expressions in a tenant's object cost what they compile to; one review may compile
/// only so much (`RegexBudget`), and is denied past it rather than judged in part.
@Suite struct RegexBudgetTests {
    private static let finds = PolicyFixtures.findRestrictions

    /// An ExternalSecret whose `dataFrom[].find.name.regexp` are `count` distinct patterns of
    /// `repeats` × `x{1000}`: valid in Go, ~1,000 instructions per repeat.
    private func review(count: Int, repeats: Int) -> [UInt8] {
        let entries = (0..<count).map { i in
            let pattern = (0..<repeats).map { j in "\(Character(Unicode.Scalar(UInt8(97 + j % 26))))" + "{1000}" }.joined() + "z\(i)"
            return #"{"find":{"name":{"regexp":"\#(pattern)"}}}"#
        }.joined(separator: ",")
        let object = #"{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"x","namespace":"team-a"},"spec":{"refreshInterval":"1h","secretStoreRef":{"name":"s","kind":"SecretStore"},"dataFrom":[\#(entries)]}}"#
        return reviewBody(object: object)
    }

    @Test func aReviewOverTheBudgetIsDeniedAndTheNextIsJudged() throws {
        let handler = AdmissionHandler(policies: try policies(Self.finds), esoValidation: false)
        let start = ContinuousClock.now
        let over = try respond(handler, .validate, review(count: 40, repeats: 150))   // ~6M instructions
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(over[path: "response", "allowed"]?.bool == false)
        let message = over[path: "response", "status", "message"]?.string ?? ""
        #expect(message.contains("[esoguard/regex-budget] the regular expressions in this object compile to more than 1000000 instructions"), "\(message)")
        // The budget is per review: a modest one after it is judged on its own.
        let under = try respond(handler, .validate, review(count: 2, repeats: 20))
        #expect(under[path: "response", "allowed"]?.bool == true, "\(under)")
        #expect(!RegexBudget.current.exhausted)
    }

    @Test func aSpentBudgetRefusesFurtherCompiles() {
        let budget = RegexBudget.current
        budget.reset(limit: 1500)
        defer { budget.reset(limit: .max) }
        #expect((try? GoRegex.compile("a{1000}").get()) != nil)   // 1,001 instructions: under
        #expect((try? GoRegex.compile("b{1000}").get()) != nil)   // takes it over
        guard case .failure(let e) = GoRegex.compile("c") else { Issue.record("compiled past the budget"); return }
        #expect(e.code == "regular expressions too large in total")
        #expect(budget.exhausted)
        budget.reset(limit: .max)
        #expect((try? GoRegex.compile("c").get()) != nil)
    }
}
