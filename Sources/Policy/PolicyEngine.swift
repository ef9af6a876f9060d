import Documents
import ESO

/// Applies a policy set to objects. Immutable and Sendable: one engine serves every request.
public struct PolicyEngine: Sendable {
    public let policies: PolicySet
    /// Per kind, the policies that may apply and their rules for that kind, in order:
    /// one dictionary lookup per request instead of a set lookup per rule.
    private let plans: [String: [(policy: Int, rules: [Int])]]

    public init(policies: PolicySet) {
        self.policies = policies
        var plans: [String: [(policy: Int, rules: [Int])]] = [:]
        for kind in ESOKinds.all {
            for (p, policy) in policies.policies.enumerated() {
                let rules = policy.rules.indices.filter { policy.rules[$0].kinds.contains(kind) }
                if !rules.isEmpty { plans[kind, default: []].append((p, rules)) }
            }
        }
        self.plans = plans
    }

    /// Evaluates every matching rule against `input.object`. With `mutate`, rules that
    /// have `mutate:` rewrite the object first (in policy and rule order, each seeing the
    /// previous rewrites) and only what remains is reported.
    public func evaluate(_ input: EvaluationInput, state: any ClusterState, mutate: Bool = false) -> Evaluation {
        var evaluation = Evaluation(object: input.object)
        let kind = input.kind
        guard let plan = plans[kind] else { return evaluation }
        let namespace = input.effectiveNamespace
        let name = input.name
        for (p, ruleIndices) in plan {
            let policy = policies.policies[p]
            guard applies(policy, kind: kind, namespace: namespace, operation: input.operation, user: input.userInfo, state: state) else { continue }
            evaluation.matchedPolicies.append(policy.name)
            for r in ruleIndices {
                let rule = policy.rules[r]
                var context = CheckContext(object: evaluation.object, kind: kind, name: name, namespace: namespace,
                                           input: input, state: state)
                if mutate, let mutation = rule.mutate {
                    let ops = rule.check.mutate(&evaluation.object, mutation: mutation, context: context)
                    if !ops.isEmpty {
                        evaluation.mutations.append(PolicyMutation(policy: policy.name, rule: rule.name, operations: ops))
                        context.object = evaluation.object
                    }
                }
                for v in rule.check.check(context) {
                    let finding = PolicyFinding(
                        finding: Finding(ruleID: "\(policy.name)/\(rule.name)", severity: severity(rule.mode),
                                         message: v.message, path: v.path, position: v.position, hint: v.hint),
                        policy: policy.name, rule: rule.name, mode: rule.mode)
                    if policies.exceptions.contains(where: {
                        $0.covers(policy: policy.name, rule: rule.name, kind: kind, namespace: namespace, name: name)
                    }) {
                        evaluation.excepted.append(finding)
                    } else {
                        evaluation.findings.append(finding)
                    }
                }
            }
        }
        return evaluation
    }

    private func severity(_ mode: PolicyMode) -> Severity {
        switch mode {
        case .enforce: return .error
        case .warn: return .warning
        case .audit: return .info
        }
    }

    /// Whether `policy`'s match selects the object and its exclude does not.
    func applies(_ policy: Policy, kind: String, namespace: String?, operation: Operation, user: UserInfo, state: any ClusterState) -> Bool {
        guard policy.match.operations.contains(operation) else { return false }
        if !policy.match.kinds.isEmpty, !policy.match.kinds.contains(kind) { return false }
        if let namespace {
            if !policy.match.namespaces.isEmpty, !policy.match.namespaces.anyMatches(namespace) { return false }
            if let selector = policy.match.namespaceSelector {
                // Unknown labels: assume only the name label, so selectors on it still work
                // and a policy never silently stops applying because state is missing.
                let labels = assumedLabels(namespace, state: state)
                if LabelSelectorMatch.matches(selector, labels: labels) != true { return false }
            }
            if policy.exclude.namespaces.anyMatches(namespace) { return false }
        }
        if !user.username.isEmpty, policy.exclude.users.anyMatches(user.username) { return false }
        if user.groups.contains(where: { policy.exclude.groups.anyMatches($0) }) { return false }
        return true
    }
}
