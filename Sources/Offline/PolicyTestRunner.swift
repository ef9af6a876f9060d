import Documents
import Policy

/// Runs policy test suites with the admission engine: each case's object goes
/// through the mutating pass (its patch) and then the validating pass on the
/// mutated object, as the API server calls the two webhooks, with the suite's
/// cluster state.
public struct PolicyTestRunner: Sendable {
    public var limits: DocumentLimits

    public init(limits: DocumentLimits = .default) { self.limits = limits }

    /// Runs every suite under `path` (a suite file, or a directory searched
    /// recursively for `esoguard-test.yaml`).
    public func run(_ path: String) -> PolicyTestReport {
        let suites = Self.suiteFiles(path)
        if suites.isEmpty {
            return PolicyTestReport(errors: [SuiteError(path, .unknown, "no \(PolicyTestSuite.fileName) found")])
        }
        var report = PolicyTestReport()
        var policySets: [String: Result<PolicySet, SuiteError>] = [:]
        for file in suites {
            let suite: PolicyTestSuite
            do {
                suite = try PolicyTestSuiteLoader.load(file, limits: limits)
            } catch {
                report.errors.append(error)
                continue
            }
            if policySets[suite.policies] == nil {
                policySets[suite.policies] = loadPolicies(suite)
            }
            switch policySets[suite.policies] {
            case .success(let set)?:
                report.suites.append(run(suite, policies: set))
            case .failure(let error)?:
                report.errors.append(error)
            case nil:
                break
            }
        }
        return report
    }

    public func run(_ suite: PolicyTestSuite, policies: PolicySet) -> SuiteResult {
        let engine = PolicyEngine(policies: policies)
        let state = StaticClusterState(objects: suite.cluster)
        let known = Set(policies.policies.flatMap { p in p.rules.map { "\(p.name)/\($0.name)" } })
        return SuiteResult(source: suite.source, name: suite.name, policies: suite.policies,
                           cases: suite.cases.map { run($0, engine: engine, state: state, knownRules: known) })
    }

    func run(_ testCase: PolicyTestCase, engine: PolicyEngine, state: StaticClusterState,
             knownRules: Set<String>) -> CaseResult {
        let object = testCase.object ?? testCase.oldObject ?? Node(.object([]))
        let input = EvaluationInput(object: testCase.operation == .delete ? (testCase.oldObject ?? object) : object,
                                    oldObject: testCase.oldObject, operation: testCase.operation,
                                    namespace: testCase.namespace, userInfo: testCase.userInfo,
                                    dryRun: testCase.dryRun)
        let evaluation = engine.evaluate(input, state: state, mutate: true)
        let actual = ActualOutcome(evaluation)
        var result = CaseResult(name: testCase.name, position: testCase.position, actual: actual)

        let expect = testCase.expect
        if let allowed = expect.allowed, allowed != actual.allowed {
            result.differences.append(Difference(field: "allowed", expected: String(allowed), actual: String(actual.allowed)))
        }
        for rule in expect.rules {
            guard knownRules.contains(rule.rule) else {
                result.differences.append(Difference(field: rule.rule, expected: rule.result.rawValue,
                                                     actual: "no such rule in \(knownRules.isEmpty ? "an empty policy set" : "the policies")"))
                continue
            }
            let got = actual.result(of: rule.rule)
            if got != rule.result {
                result.differences.append(Difference(field: rule.rule, expected: rule.result.rawValue, actual: got.rawValue))
            }
        }
        if let patch = expect.patch, patch != actual.patch {
            result.differences.append(Difference(field: "patch", expected: JSONWriter.string(patch),
                                                 actual: JSONWriter.string(actual.patch)))
        }
        if let warnings = expect.warnings, warnings != actual.warnings {
            result.differences.append(Difference(field: "warnings", expected: String(warnings), actual: String(actual.warnings)))
        }
        return result
    }

    /// Suite files under `path`, sorted; `path` itself when it is a file.
    static func suiteFiles(_ path: String) -> [String] {
        let (files, _) = InputFiles.collect([path])
        if files.count == 1, files[0].path == path { return [path] }
        return files.map(\.path).filter {
            $0.hasSuffix("/" + PolicyTestSuite.fileName) || $0 == PolicyTestSuite.fileName
        }
    }

    func loadPolicies(_ suite: PolicyTestSuite) -> Result<PolicySet, SuiteError> {
        do {
            return .success(try PolicySet.load(directory: suite.policies, limits: limits))
        } catch let errors as PolicyLoadErrors {
            return .failure(SuiteError(suite.source, suite.policiesPosition,
                                       "policies \(suite.policies) do not load:\n" + errors.description))
        } catch {
            return .failure(SuiteError(suite.source, suite.policiesPosition, "policies \(suite.policies): \(error)"))
        }
    }
}

/// What the engine did with a case's object.
public struct ActualOutcome: Sendable {
    public var allowed: Bool
    /// Findings that survived exceptions, in engine order.
    public var findings: [PolicyFinding]
    /// The JSON Patch of the mutating pass, as the webhook would send it.
    public var patch: Node
    public var warnings: Int

    init(_ evaluation: Evaluation) {
        allowed = !evaluation.denied
        findings = evaluation.findings
        warnings = evaluation.warnings.count
        patch = Node(.array(evaluation.patch.map { op in
            var node: Node = .object(["op": .string(op.op.rawValue), "path": .string(op.path)])
            if let value = op.value { node["value"] = value }
            return node
        }))
    }

    /// The strongest outcome of `rule` (`policy/rule`): fail over warn over audit; pass without a finding.
    public func result(of rule: String) -> RuleResult {
        let modes = findings.filter { "\($0.policy)/\($0.rule)" == rule }.map(\.mode)
        if modes.contains(.enforce) { return .fail }
        if modes.contains(.warn) { return .warn }
        if modes.contains(.audit) { return .audit }
        return .pass
    }
}

/// An expected value that was not what happened.
public struct Difference: Sendable, Hashable {
    public var field: String
    public var expected: String
    public var actual: String
}

public struct CaseResult: Sendable {
    public var name: String
    public var position: SourcePosition
    public var actual: ActualOutcome
    public var differences: [Difference] = []
    public var passed: Bool { differences.isEmpty }
}

public struct SuiteResult: Sendable {
    public var source: String
    public var name: String
    public var policies: String
    public var cases: [CaseResult]
}
