import Documents
import Testing
import TestSupport
@testable import Offline

@Suite struct PolicyTestSuiteLoaderTests {
    /// Parses `text` as a suite in a temporary directory and returns the error it raises.
    private func error(_ text: String) throws -> SuiteError? {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("esoguard-test.yaml", text)
        do {
            _ = try PolicyTestSuiteLoader.load(file)
            return nil
        } catch {
            #expect(error.source == file)
            return error
        }
    }

    static let object = "{apiVersion: external-secrets.io/v1, kind: SecretStore, metadata: {name: s, namespace: a}}"

    @Test func resolvesPathsAgainstTheSuiteAndReadsInlineAndFileManifests() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("res/objects.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n"
            + "apiVersion: external-secrets.io/v1\nkind: SecretStore\nmetadata: {name: s, namespace: a}\n")
        let file = try dir.write("suites/one/esoguard-test.yaml", """
            policies: ../../policies/./x
            resources: [../../res/objects.yaml, {apiVersion: v1, kind: Namespace, metadata: {name: b}}]
            cluster: [../../res/objects.yaml]
            cases:
              - name: by reference
                resource: {kind: SecretStore, name: s}
                operation: update
                user: alice
                groups: [devs]
                expect: {allowed: true, rules: {p/r: warn}, patch: [], warnings: 0}

            """)
        let suite = try PolicyTestSuiteLoader.load(file)
        #expect(suite.policies == dir.path + "/policies/x")
        #expect(suite.resources.count == 3)
        #expect(suite.cluster.count == 2)
        let c = try #require(suite.cases.first)
        #expect(c.object?[path: "metadata", "name"]?.string == "s")
        #expect(c.operation == .update)
        #expect(c.userInfo.username == "alice" && c.userInfo.groups == ["devs"])
        #expect(c.expect.allowed == true)
        #expect(c.expect.rules == [RuleExpectation(rule: "p/r", result: .warn, position: SourcePosition(line: 10, column: 37))])
        #expect(c.expect.patch == Node(.array([])))
        #expect(c.expect.warnings == 0)
    }

    @Test func rejectsMalformedSuitesWithPositions() throws {
        let cases: [(String, String, Int)] = [
            ("cases: []\n", "missing required field \"policies\"", 1),
            ("policies: p\ncases:\n  - name: x\n    expect: {allowed: true}\n", "needs exactly one of resource, object or review, found none", 3),
            ("policies: p\ncases:\n  - name: x\n    object: \(Self.object)\n    resource: {kind: A, name: b}\n    expect: {allowed: true}\n",
             "found resource, object", 3),
            ("policies: p\ncases:\n  - name: x\n    object: \(Self.object)\n    expect: {rules: {p/r: denied}}\n",
             "p/r must be one of fail, warn, audit, pass", 5),
            ("policies: p\ncases:\n  - name: x\n    object: \(Self.object)\n    expect: {rules: {norule: fail}}\n",
             "must be written policy/rule", 5),
            ("policies: p\ncases:\n  - name: x\n    object: \(Self.object)\n    expect: {}\n", "asserts nothing", 5),
            ("policies: p\ncases:\n  - name: x\n    resource: {kind: SecretStore, name: nope}\n    expect: {allowed: true}\n",
             "no resource SecretStore nope", 4),
            ("policies: p\ncases:\n  - name: x\n    object: \(Self.object)\n    operation: PATCH\n    expect: {allowed: true}\n",
             "operation must be one of CREATE, UPDATE, DELETE, CONNECT, not PATCH", 5),
            ("policies: p\ncases:\n  - name: x\n    object: \(Self.object)\n    expect: {allowed: true}\n  - name: x\n    object: \(Self.object)\n    expect: {allowed: true}\n",
             "case name \"x\" is used twice", 6),
            ("policies: p\ncases:\n  - name: x\n    review: {apiVersion: admission.k8s.io/v1, kind: AdmissionReview, request: {operation: CREATE}}\n    expect: {allowed: true}\n",
             "is not a usable AdmissionReview: AdmissionReview request has no uid", 4),
            ("policies: p\ncases:\n  - name: x\n    review: {apiVersion: admission.k8s.io/v1, kind: AdmissionReview, request: {uid: u, operation: CREATE, object: {}}}\n    user: bob\n    expect: {allowed: true}\n",
             "takes user from its review's request", 3),
            ("policies: p\nkind: Policy\ncases: []\n", "kind must be PolicyTest, not Policy", 2),
            ("policies: p\nresources: [missing.yaml]\ncases: []\n", "missing.yaml: cannot read: no such file or directory", 2),
        ]
        for (text, message, line) in cases {
            let failure = try #require(try error(text), "accepted: \(text)")
            #expect(failure.message.contains(message), "\(failure.message)")
            #expect(failure.position.line == line, "\(failure)")
        }
    }

    @Test func foldsDotSegments() {
        #expect(PolicyTestSuiteLoader.resolve("../../baseline", against: "policies/tests/baseline") == "policies/baseline")
        #expect(PolicyTestSuiteLoader.resolve("./x", against: ".") == "x")
        #expect(PolicyTestSuiteLoader.resolve("/abs/../p", against: "d") == "/p")
        #expect(PolicyTestSuiteLoader.resolve("../../../up", against: "a") == "../../up")
    }
}
