import Policy
import Testing
import TestSupport
@testable import Offline

/// The shipped profiles' suites cover every rule both ways: a case where the rule
/// fires and a case where it passes. A rule added to a profile without cases fails here.
@Suite struct ShippedSuitesCoverageTests {
    @Test(arguments: ["baseline", "restricted"])
    func everyRuleHasAFiringAndAPassingCase(_ profile: String) throws {
        let suite = try PolicyTestSuiteLoader.load(Repo.path("policies/tests/\(profile)/esoguard-test.yaml"))
        #expect(suite.policies == Repo.path("policies/\(profile)"))
        let policies = try PolicySet.load(directory: suite.policies)
        let rules = policies.policies.flatMap { p in p.rules.map { "\(p.name)/\($0.name)" } }
        #expect(!rules.isEmpty)
        let expectations = suite.cases.flatMap(\.expect.rules)
        for rule in rules {
            let results = Set(expectations.filter { $0.rule == rule }.map(\.result))
            #expect(results.contains(.pass), "\(profile): no case where \(rule) passes")
            #expect(!results.subtracting([.pass]).isEmpty, "\(profile): no case where \(rule) fires")
        }
        // And the suite passes as shipped.
        let result = PolicyTestRunner().run(suite, policies: policies)
        let failing = result.cases.filter { !$0.passed }.map(\.name)
        #expect(failing.isEmpty, "\(profile): \(failing)")
    }
}
