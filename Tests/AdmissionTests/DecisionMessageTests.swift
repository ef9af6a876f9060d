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
    }
}
