import Admission
import Documents
import Policy

/// Runs policy test suites through the admission handler the webhook serves:
/// each case becomes an AdmissionReview (or is one), goes through the mutating
/// pass and then the validating pass on the patched object, as the API server
/// calls the two webhooks, with the suite's cluster state.
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
        let handler = AdmissionHandler(policies: policies, state: StaticClusterState(objects: suite.cluster))
        let known = Set(policies.policies.flatMap { p in p.rules.map { "\(p.name)/\($0.name)" } })
        return SuiteResult(source: suite.source, name: suite.name, policies: suite.policies,
                           cases: suite.cases.enumerated().map { index, testCase in
                               run(testCase, index: index, handler: handler, knownRules: known)
                           })
    }

    /// One case through both webhooks, as the API server calls them: the mutating
    /// one first, then the validating one on the patched object.
    func run(_ testCase: PolicyTestCase, index: Int, handler: AdmissionHandler, knownRules: Set<String>) -> CaseResult {
        let review = testCase.review ?? Self.review(for: testCase, index: index)
        let actual: ActualOutcome
        do {
            var request = try AdmissionRequest.decode(JSONWriter.encode(review), limits: limits)
            let mutation = handler.decide(.mutate, request) ?? AdmissionDecision()
            if !mutation.patch.isEmpty, let object = request.object {
                request.object = try mutation.patch.apply(to: object)
            }
            let validation = handler.decide(.validate, request) ?? AdmissionDecision()
            actual = ActualOutcome(validation: validation, patch: mutation.patch)
        } catch {
            // The loader decoded the review already; this is a patch that does not apply.
            var failed = CaseResult(name: testCase.name, position: testCase.position, actual: ActualOutcome())
            failed.differences.append(Difference(field: "admission", expected: "a decision", actual: "\(error)"))
            return failed
        }
        var result = CaseResult(name: testCase.name, position: testCase.position, actual: actual)

        let expect = testCase.expect
        if let allowed = expect.allowed, allowed != actual.allowed {
            result.differences.append(Difference(field: "allowed", expected: String(allowed), actual: String(actual.allowed)))
        }
        for rule in expect.rules {
            // `eso/<rule id>` names the built-in ESO-parity and schema rules the webhook also applies.
            guard knownRules.contains(rule.rule) || rule.rule.hasPrefix("eso/") else {
                result.differences.append(Difference(field: rule.rule, expected: rule.result.rawValue,
                                                     actual: "no such rule in \(knownRules.isEmpty ? "an empty policy set" : "the policies")"))
                continue
            }
            let got = actual.result(of: rule.rule)
            if got != rule.result {
                result.differences.append(Difference(field: rule.rule, expected: rule.result.rawValue, actual: got.rawValue))
            }
        }
        if let patch = expect.patch, !JSONPatch.jsonEqual(patch, actual.patch) {
            result.differences.append(Difference(field: "patch", expected: JSONWriter.string(patch),
                                                 actual: JSONWriter.string(actual.patch)))
        }
        if let warnings = expect.warnings, warnings != actual.warnings.count {
            result.differences.append(Difference(field: "warnings", expected: String(warnings),
                                                 actual: String(actual.warnings.count)))
        }
        return result
    }

    /// The AdmissionReview the API server would send for a case given as an object.
    static func review(for testCase: PolicyTestCase, index: Int) -> Node {
        let object = testCase.object ?? testCase.oldObject ?? Node(.object([]))
        let apiVersion = object["apiVersion"]?.string ?? ""
        let slash = apiVersion.firstIndex(of: "/")
        let group = slash.map { String(apiVersion[..<$0]) } ?? ""
        let version = slash.map { String(apiVersion[apiVersion.index(after: $0)...]) } ?? apiVersion
        let kind = object["kind"]?.string ?? ""
        var request: Node = .object([
            "uid": .string("esoguard-test-\(index)"),
            "kind": .object(["group": .string(group), "version": .string(version), "kind": .string(kind)]),
            "name": .string(object[path: "metadata", "name"]?.string ?? ""),
            "operation": .string(testCase.operation.rawValue),
            "userInfo": .object([
                "username": .string(testCase.userInfo.username),
                "groups": .array(testCase.userInfo.groups.map(Node.string)),
            ]),
            "dryRun": .bool(testCase.dryRun),
        ])
        if let namespace = testCase.namespace ?? object[path: "metadata", "namespace"]?.string {
            request["namespace"] = .string(namespace)
        }
        // A DELETE carries only the stored object, as oldObject.
        if testCase.operation == .delete {
            request["object"] = .null
            request["oldObject"] = testCase.oldObject ?? object
        } else {
            request["object"] = object
            if let old = testCase.oldObject { request["oldObject"] = old }
        }
        return .object([
            "apiVersion": .string("admission.k8s.io/v1"),
            "kind": .string("AdmissionReview"),
            "request": request,
        ])
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

/// What the webhooks answered for a case.
public struct ActualOutcome: Sendable {
    public var allowed: Bool = true
    /// The validating webhook's findings (policy and `eso` built-in), in engine order.
    public var findings: [PolicyFinding] = []
    /// The mutating webhook's JSON Patch as a node (`[]` when it changed nothing).
    public var patch: Node = Node(.array([]))
    /// The validating response's warnings.
    public var warnings: [String] = []

    init() {}

    init(validation: AdmissionDecision, patch: JSONPatch) {
        allowed = validation.allowed
        findings = validation.findings
        warnings = validation.warnings
        self.patch = patch.node
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
