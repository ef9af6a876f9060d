import Documents
import Policy
import TestSupport
import Testing

/// Parses one YAML document (test input is trusted; a parse failure fails the test).
func yaml(_ text: String, source: String = "test.yaml") throws -> Node {
    let docs = try YAMLLoader.load(text, source: source)
    return try #require(docs.first).root
}

/// A policy set from YAML text holding Policy/PolicyException documents.
func policySet(_ text: String, source: String = "policy.yaml") throws -> PolicySet {
    try PolicySet(documents: YAMLLoader.load(text, source: source))
}

/// A one-rule policy around `check` with parameters `with` (YAML flow or block text).
func rule(_ check: String, _ with: String = "{}", mode: String = "enforce", mutate: String? = nil) throws -> PolicySet {
    try policySet("""
    apiVersion: esoguard.io/v1alpha1
    kind: Policy
    metadata: {name: p}
    spec:
      mode: \(mode)
      rules:
        - name: r
          check: \(check)
    \(mutate.map { "      mutate: \($0)" } ?? "")
          with: \(with)
    """)
}

/// The load error for policy text that must not load.
func loadError(_ text: String, source: String = "policy.yaml") throws -> String {
    do {
        _ = try policySet(text, source: source)
    } catch let e as PolicyLoadErrors {
        return e.description
    }
    Issue.record("policy loaded but should not have")
    return ""
}

/// Findings of evaluating `object` (YAML) against `set`.
func evaluate(_ set: PolicySet, _ object: String, namespace: String? = nil, state: any ClusterState = UnknownClusterState(),
              mutate: Bool = false, user: UserInfo = UserInfo()) throws -> Evaluation {
    let node = try yaml(object)
    return PolicyEngine(policies: set).evaluate(EvaluationInput(object: node, namespace: namespace, userInfo: user),
                                                state: state, mutate: mutate)
}

func paths(_ e: Evaluation) -> [String] { e.findings.map(\.finding.path) }

/// The shipped profiles, loaded from the repository.
func profile(_ name: String) throws -> PolicySet {
    try PolicySet.load(directory: Repo.path("policies/\(name)"))
}
