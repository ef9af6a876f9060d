import ESO
import Policy
import Testing

/// PolicyFinding.capped: at most maxPerRule findings per rule, in order, and one that counts the rest.
@Suite struct FindingCapTests {
    @Test func cappingKeepsOrderAndCountsTheRest() {
        func finding(_ rule: String, _ i: Int) -> PolicyFinding {
            PolicyFinding(finding: Finding(ruleID: rule, severity: .error, message: "m\(i)", path: "p\(i)"), policy: "p", rule: rule, mode: .warn)
        }
        let findings = (0..<25).flatMap { i in i < 3 ? [finding("a", i), finding("b", i)] : [finding("a", i)] }
        let capped = PolicyFinding.capped(findings)
        #expect(capped.count == PolicyFinding.maxPerRule + 3 + 1)
        #expect(capped.filter { $0.rule == "b" }.map(\.finding.message) == ["m0", "m1", "m2"])
        #expect(capped.filter { $0.rule == "a" }.prefix(PolicyFinding.maxPerRule).map(\.finding.message) == (0..<20).map { "m\($0)" })
        #expect(capped.last?.rule == "a" && capped.last?.finding.message == "and 5 more findings of this rule, not listed")
        #expect(PolicyFinding.capped(Array(findings.prefix(20))) == Array(findings.prefix(20)))
    }

    /// A check builds a violation only while under the bound, and counts them all.
    @Test func violationsBeyondTheBoundAreCountedNotBuilt() {
        var built = 0
        func violation(_ i: Int) -> Violation {
            built += 1
            return Violation("m\(i)", path: "p\(i)")
        }
        var violations = Violations()
        for i in 0..<1000 { violations.append(violation(i)) }
        #expect(violations.count == 1000)
        #expect(violations.items.count == Violations.kept)
        #expect(built == Violations.kept)
        #expect(violations.items.last?.message == "m\(Violations.kept - 1)")
        let literal: Violations = [Violation("a", path: "x")]
        #expect(literal.count == 1 && !literal.isEmpty && Violations().isEmpty)
    }
}
