import Documents
import Policy

/// A policy test suite: an `esoguard-test.yaml` file, like `kyverno test`'s
/// kyverno-test.yaml or gator's suite.yaml (the format is documented in the README):
///
///     apiVersion: esoguard.io/v1alpha1
///     kind: PolicyTest
///     metadata: {name: baseline}
///     policies: ../../baseline          # a policy directory, relative to this file
///     resources: [resources.yaml]       # manifests that cases name by kind/namespace/name
///     cluster: [cluster.yaml]           # Namespaces and ClusterSecretStores the engine knows
///     cases:
///       - name: the webhook provider is denied
///         resource: {kind: SecretStore, namespace: team-a, name: webhook}
///         expect:
///           allowed: false
///           rules: {baseline-stores/no-webhook-provider: fail}
///
/// `resources` and `cluster` entries are file paths (relative to the suite) or inline manifests.
public struct PolicyTestSuite: Sendable {
    public static let fileName = "esoguard-test.yaml"

    public var source: String
    public var name: String
    /// The policy directory, resolved against the suite's directory.
    public var policies: String
    public var policiesPosition: SourcePosition
    public var resources: [Node]
    public var cluster: [Node]
    public var cases: [PolicyTestCase]
}

/// One case: an object (or a whole AdmissionReview), the request around it, and what must happen.
public struct PolicyTestCase: Sendable {
    public var name: String
    public var position: SourcePosition
    /// A whole AdmissionReview given by the case; when set, the request fields below are unused.
    public var review: Node?
    public var object: Node?
    public var oldObject: Node?
    public var operation: Operation
    public var namespace: String?
    public var userInfo: UserInfo
    public var dryRun: Bool
    public var expect: Expectation

    /// What a case asserts; every part is optional, and absent parts are not compared.
    public struct Expectation: Sendable {
        public var allowed: Bool?
        /// Expected outcome per `policy/rule`, in the order written.
        public var rules: [RuleExpectation]
        /// The RFC 6902 patch the mutating webhook would send; `[]` asserts no mutation.
        public var patch: Node?
        /// How many warnings the response carries.
        public var warnings: Int?
    }
}

/// `policy/rule: result` in a case's `expect.rules`.
public struct RuleExpectation: Sendable, Hashable {
    public var rule: String
    public var result: RuleResult
    public var position: SourcePosition
}

/// The outcome of one rule on one object.
public enum RuleResult: String, Sendable, Hashable, CaseIterable {
    /// An enforce-mode finding: the request is denied.
    case fail
    /// A warn-mode finding: allowed with a warning.
    case warn
    /// An audit-mode finding: allowed, recorded.
    case audit
    /// No finding (the rule passed, did not match the object, or was excepted).
    case pass
}

/// A suite that cannot be run, with where the problem is.
public struct SuiteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var position: SourcePosition
    public var message: String

    public init(_ source: String, _ position: SourcePosition, _ message: String) {
        self.source = source
        self.position = position
        self.message = message
    }

    init(_ error: DocumentError) {
        self.init(error.source, error.position, error.message)
    }

    public var description: String {
        position.isKnown ? "\(source):\(position.line):\(position.column): \(message)" : "\(source): \(message)"
    }
}
