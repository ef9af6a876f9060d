import Documents
import ESO
import Policy
import Testing
@testable import Admission

@Suite struct DecisionMessageTests {
    private func finding(message: String, path: String, hint: String? = nil) -> PolicyFinding {
        PolicyFinding(finding: Finding(ruleID: "r", severity: .error, message: message, path: path, hint: hint),
                      policy: "p", rule: "r", mode: .enforce)
    }

    @Test func namesTheFieldWhenTheMessageDoesNot() {
        let text = AdmissionDecision.describe(finding(message: "bad key", path: "spec.data[0].remoteRef.key", hint: "add a prefix"))
        #expect(text == "[p/r] bad key (field: spec.data[0].remoteRef.key; fix: add a prefix)")
    }

    @Test func leavesTheFieldOutWhenTheMessageNamesIt() {
        let text = AdmissionDecision.describe(finding(message: "spec.conditions is missing", path: "spec.conditions"))
        #expect(text == "[p/r] spec.conditions is missing")
    }

    @Test func byteSearchMatchesSubstrings() {
        #expect(AdmissionDecision.containsBytes("héllo wörld", "wör"))
        #expect(AdmissionDecision.containsBytes("abcabd", "abd"))
        #expect(!AdmissionDecision.containsBytes("abc", "abcd"))
        #expect(!AdmissionDecision.containsBytes("aaa", "b"))
        #expect(AdmissionDecision.containsBytes("x", ""))
        #expect(AdmissionDecision.containsBytes("", ""))
        #expect(!AdmissionDecision.containsBytes("", "a"))
        #expect(AdmissionDecision.containsBytes("aaab", "aab"))
        #expect(AdmissionDecision.containsBytes("spec.data[0] is bad at spec.data[10]", "spec.data[10]"))
        #expect(AdmissionDecision.containsBytes("abc", "abc"))
        #expect(AdmissionDecision.containsBytes("abc", "c"))
        #expect(!AdmissionDecision.containsBytes("abcab", "abd"))
        #expect(AdmissionDecision.containsBytes("😀😁", "\u{1F601}"))
        #expect(!AdmissionDecision.containsBytes("e\u{301}", "\u{301}x"))
    }
}

/// The response limits count Characters, as `String.count` does; the fast paths measure
/// UTF-8 bytes first. These pin the limits with multi-byte characters and CR LF pairs.
@Suite struct DecisionLimitsTests {
    private func finding(_ message: String, mode: PolicyMode, rule: String = "r") -> PolicyFinding {
        PolicyFinding(finding: Finding(ruleID: "p/\(rule)", severity: .error, message: message, path: ""),
                      policy: "p", rule: rule, mode: mode)
    }

    private func decision(_ findings: [PolicyFinding]) -> AdmissionDecision {
        var evaluation = Evaluation(object: .null)
        evaluation.findings = findings
        return AdmissionDecision(evaluation: evaluation, kind: "ExternalSecret", name: "e", namespace: "team-a", includePatch: false)
    }

    /// The limits as first written: whole-string Character counts.
    private func reference(_ findings: [PolicyFinding]) -> (message: String?, warnings: [String]) {
        var message: String?
        let denials = findings.filter { $0.mode == .enforce }
        if !denials.isEmpty {
            var text = "esoguard denied ExternalSecret team-a/e: " + denials.map(AdmissionDecision.describe).joined(separator: "; ")
            if text.count > 4096 { text = String(text.prefix(4095)) + "…" }
            message = text
        }
        var warnings: [String] = []
        var total = 0
        for w in findings where w.mode == .warn {
            var text = AdmissionDecision.describe(w)
            if text.count > 256 { text = String(text.prefix(255)) + "…" }
            guard total + text.count <= 4096 else { break }
            total += text.count
            warnings.append(text)
        }
        return (message, warnings)
    }

    /// `[p/r] ` is 6 characters: messages of 250 characters make warnings of exactly 256.
    @Test(arguments: [
        String(repeating: "é", count: 250),                 // 256 characters, 506 bytes: kept whole
        String(repeating: "é", count: 251),                 // 257 characters: clipped
        String(repeating: "😀", count: 249) + "\r\n",       // CR LF is one Character: 256, kept
        String(repeating: "😀", count: 250) + "\r\n",       // 257: clipped before the pair
        String(repeating: "a", count: 250),                 // ASCII at the limit
        String(repeating: "a", count: 251),
        String(repeating: "🇫🇷", count: 251),               // flags: 2 scalars, 8 bytes, 1 Character each
    ])
    func warningClipping(message: String) {
        let findings = [finding(message, mode: .warn)]
        let d = decision(findings)
        #expect(d.warnings == reference(findings).warnings)
        #expect(d.warnings.allSatisfy { $0.count <= 256 })
        #expect(d.warnings[0].hasSuffix("…") == (message.count > 250))
    }

    /// Totals count Characters: 16 warnings of 256 multi-byte Characters (4096 in all, over 8000
    /// bytes) all fit; a 17th and every later one, even a short one, are dropped, and the last
    /// kept one makes room for the count of those left out.
    @Test func warningsTotalCountsCharacters() {
        let long = (0..<16).map { _ in finding(String(repeating: "ü", count: 250), mode: .warn) }
        let findings = long + [finding("x", mode: .warn), finding("y", mode: .audit), finding("z", mode: .warn)]
        let d = decision(findings)
        #expect(d.warnings.count == 16)
        #expect(Array(d.warnings.prefix(15)) == Array(reference(findings).warnings.prefix(15)))
        #expect(d.warnings.last == "esoguard: 3 more warnings not listed (limit 4096 characters)")
        #expect(d.warnings.reduce(0) { $0 + $1.count } <= 4096)
        #expect(d.auditAnnotations.map(\.key) == ["esoguard.io/r"])
    }

    /// The count of warnings left out goes in without dropping more when there is room for it.
    @Test func droppedWarningsAreCounted() {
        let findings = (0..<15).map { _ in finding(String(repeating: "a", count: 250), mode: .warn) }   // 15 × 256 = 3840
            + [finding("c", mode: .warn)]                                    // "[p/r] c": 3847
            + [finding(String(repeating: "d", count: 4000), mode: .warn)]    // cut to 256: 4103 does not fit
        let d = decision(findings)
        let marker = "esoguard: 1 more warning not listed (limit 4096 characters)"
        #expect(d.warnings == Array(reference(findings).warnings) + [marker])
        #expect(d.warnings.count == 17)
        #expect(d.warnings.reduce(0) { $0 + $1.count } == 3847 + marker.count)
    }

    @Test func warningsTotalStopsAtTheFirstThatDoesNotFit() {
        var findings = (0..<15).map { _ in finding(String(repeating: "€", count: 250), mode: .warn) }
        findings.append(finding(String(repeating: "b", count: 300), mode: .warn))   // clipped to 256: 15*256+256 = 4096 fits
        findings.append(finding("c", mode: .warn))                                    // 4103: does not fit
        findings.append(finding("", mode: .warn))
        let d = decision(findings)
        #expect(Array(d.warnings.prefix(15)) == Array(reference(findings).warnings.prefix(15)))
        #expect(d.warnings.count == 16)
        #expect(d.warnings.last == "esoguard: 3 more warnings not listed (limit 4096 characters)")
        // With room left, the later short ones fit again.
        findings[0] = finding("short", mode: .warn)
        let roomier = decision(findings)
        #expect(roomier.warnings == reference(findings).warnings)
        #expect(roomier.warnings.count == 18)
    }

    @Test(arguments: [4095, 4096, 4097, 5000])
    func messageClipping(characters: Int) {
        // "esoguard denied ExternalSecret team-a/e: [p/r] " is 47 characters.
        for unit in ["a", "ß", "字", "👍🏽", "\r\n"] {
            let findings = [finding(String(repeating: unit, count: characters - 47), mode: .enforce)]
            let d = decision(findings)
            #expect(d.message == reference(findings).message, "\(unit) \(characters)")
            #expect(d.message?.hasSuffix("…") == (characters > 4096))
            #expect((d.message?.count ?? 0) <= 4096)
            #expect(!d.allowed)
        }
    }

    /// `encodedReview` writes what encoding the review node writes, byte for byte.
    @Test func encodedReviewMatchesTheNodeEncoding() throws {
        var decisions: [AdmissionDecision] = [AdmissionDecision()]
        decisions.append(decision([finding("denied \"quoted\" \\ back\nslash\t\u{01} é 😀 </script>", mode: .enforce),
                                   finding("warn \u{7f}", mode: .warn), finding("audit ü", mode: .audit, rule: "a\"b"),
                                   finding("audit 2", mode: .audit, rule: "a\"b")]))
        decisions.append(decision([finding("w1", mode: .warn), finding("w2 \u{2028}", mode: .warn)]))
        var patched = AdmissionDecision()
        patched.patch = JSONPatch([.replace(path: JSONPointer(tokens: ["spec", "data", "0", "remoteRef", "key"]), value: .string("team-a/db"))])
        decisions.append(patched)
        var deniedWithPatch = decision([finding("no", mode: .enforce)])
        deniedWithPatch.patch = patched.patch
        decisions.append(deniedWithPatch)
        var noMessage = AdmissionDecision()
        noMessage.allowed = false
        decisions.append(noMessage)
        // Allowed with only audit annotations, or only a warning: not the one-piece ending.
        decisions.append(decision([finding("audit only", mode: .audit)]))
        decisions.append(decision([finding("warn only", mode: .warn)]))
        for (i, d) in decisions.enumerated() {
            for (apiVersion, uid) in [("admission.k8s.io/v1", "705ab4f5"), ("admission.k8s.io/v1beta1", "u\"i\\d\u{0}é"),
                                     ("admission.k8s.io/v2", ""), ("a\"b\\c\u{1}", "x")] {
                #expect(d.encodedReview(apiVersion: apiVersion, uid: uid) == JSONWriter.encode(d.review(apiVersion: apiVersion, uid: uid)), "decision \(i)")
            }
        }
    }
}

extension AdmissionDecision {
    /// The AdmissionReview response as a document tree, the form it had before `encodedReview`
    /// wrote bytes directly: the reference the byte writer is checked against.
    func review(apiVersion: String, uid: String) -> Node {
        var response: [Member] = [
            Member(key: "uid", value: .string(uid)),
            Member(key: "allowed", value: .bool(allowed)),
        ]
        if !allowed {
            response.append(Member(key: "status", value: Node(.object([
                Member(key: "status", value: .string("Failure")),
                Member(key: "message", value: .string(message ?? "denied by esoguard")),
                Member(key: "reason", value: .string("Forbidden")),
                Member(key: "code", value: .int(403)),
            ]))))
        }
        if !warnings.isEmpty {
            response.append(Member(key: "warnings", value: .array(warnings.map { .string($0) })))
        }
        if !auditAnnotations.isEmpty {
            response.append(Member(key: "auditAnnotations", value: Node(.object(auditAnnotations.map { Member(key: $0.key, value: .string($0.value)) }))))
        }
        if allowed, !patch.isEmpty {
            response.append(Member(key: "patchType", value: .string("JSONPatch")))
            response.append(Member(key: "patch", value: .string(Base64.encode(patch.encoded()))))
        }
        return Node(.object([
            Member(key: "apiVersion", value: .string(apiVersion)),
            Member(key: "kind", value: .string("AdmissionReview")),
            Member(key: "response", value: Node(.object(response))),
        ]))
    }
}
