import Documents
import ESO

/// Applies a policy set to objects. Immutable and Sendable: one engine serves every request.
public struct PolicyEngine: Sendable {
    public var policies: PolicySet { storage.policies }
    /// Per kind, the policies that may apply and their rules for that kind, in order,
    /// with everything a finding needs prepared at load time (see `RulePlan`).
    private var plans: [KindPlan] { storage.plans }
    /// One reference: handlers fetch the engine per request, and copying a struct of
    /// arrays costs a retain and a release for each.
    private let storage: Storage

    private final class Storage: Sendable {
        let policies: PolicySet
        let plans: [KindPlan]
        /// Whether any rule for any kind has `mutate:` (the shipped profiles have none).
        let mutatesAnything: Bool

        init(policies: PolicySet, plans: [KindPlan]) {
            self.policies = policies
            self.plans = plans
            mutatesAnything = plans.contains { $0.mutates }
        }
    }

    /// The policies that may apply to one kind.
    private final class KindPlan: Sendable {
        let kind: String
        let policies: [PolicyPlan]
        /// Whether any of the rules has `mutate:`; without one, `mutations` has nothing to do.
        let mutates: Bool
        /// Objects of a cluster-scoped kind have no namespace (known here, not looked up per request).
        let isClusterScoped: Bool

        init(kind: String, policies: [PolicyPlan]) {
            self.kind = kind
            self.policies = policies
            mutates = policies.contains { $0.rules.contains { $0.mutate != nil } }
            isClusterScoped = ESOKinds.isClusterScoped(kind)
        }
    }

    /// One policy's part of a kind's plan (a class, like `RulePlan`, so it is borrowed, not copied).
    private final class PolicyPlan: Sendable {
        let name: String
        let match: PolicyMatch
        let exclude: PolicyExclude
        /// `match.operations` as a bit set (`Operation.bit`): no hashing per request.
        let operations: UInt8
        /// Whether match or exclude has a namespace or user criterion: without one the policy
        /// applies to every object of its kinds and operations (the shipped profiles' case).
        let hasCriteria: Bool
        let rules: [RulePlan]

        init(policy: Policy, operations: UInt8, rules: [RulePlan]) {
            name = policy.name
            match = policy.match
            exclude = policy.exclude
            self.operations = operations
            hasCriteria = !match.namespaces.isEmpty || match.namespaceSelector != nil || !exclude.namespaces.isEmpty
                || !exclude.users.isEmpty || !exclude.groups.isEmpty
            self.rules = rules
        }
    }

    /// One rule, ready to run: a class so the per-request loop borrows it instead of
    /// copying the rule's strings and check existential.
    private final class RulePlan: Sendable {
        let check: any Check
        let policy: String
        let rule: String
        /// `policy/rule`, the findings' rule ID.
        let ruleID: String
        let mode: PolicyMode
        let severity: Severity
        let mutate: String?
        /// The exceptions that name this policy (and this rule, when they list rules).
        let exceptions: [PolicyException]

        init(policy: Policy, rule: PolicyRule, exceptions: [PolicyException]) {
            check = rule.check
            self.policy = policy.name
            self.rule = rule.name
            ruleID = "\(policy.name)/\(rule.name)"
            mode = rule.mode
            switch rule.mode {
            case .enforce: severity = .error
            case .warn: severity = .warning
            case .audit: severity = .info
            }
            mutate = rule.mutate
            self.exceptions = exceptions.filter { $0.policy == policy.name && ($0.rules.isEmpty || $0.rules.contains(rule.name)) }
        }
    }

    public init(policies: PolicySet) {
        var plans: [KindPlan] = []
        for kind in ESOKinds.all.sorted() {
            var list: [PolicyPlan] = []
            for policy in policies.policies {
                // A policy whose match.kinds leaves this kind out never applies to it.
                guard policy.match.kinds.isEmpty || policy.match.kinds.contains(kind) else { continue }
                let rules = policy.rules.filter { $0.kinds.contains(kind) }
                guard !rules.isEmpty else { continue }
                let operations = policy.match.operations.reduce(UInt8(0)) { $0 | $1.bit }
                list.append(PolicyPlan(policy: policy, operations: operations,
                                       rules: rules.map { RulePlan(policy: policy, rule: $0, exceptions: policies.exceptions) }))
            }
            if !list.isEmpty { plans.append(KindPlan(kind: kind, policies: list)) }
        }
        storage = Storage(policies: policies, plans: plans)
    }

    /// Evaluates every matching rule against `input.object`. With `mutate`, rules that
    /// have `mutate:` rewrite the object first (in policy and rule order, each seeing the
    /// previous rewrites) and only what remains is reported.
    public func evaluate(_ input: EvaluationInput, state: any ClusterState, mutate: Bool = false) -> Evaluation {
        evaluate(input, state: state, mutate: mutate, report: true)
    }

    /// Only the rewrites of the rules that have `mutate:` (what the mutating webhook
    /// answers), without running the checks for findings.
    public func mutations(_ input: EvaluationInput, state: any ClusterState) -> Evaluation {
        evaluate(input, state: state, mutate: true, report: false)
    }

    /// Whether some rule for `kind` has `mutate:`: when none does, `mutations` returns no
    /// rewrites for any object of that kind, and the mutating webhook need not call it.
    public func mutates(kind: String) -> Bool {
        plan(for: kind)?.mutates ?? false
    }

    /// `mutates(kind:)` for the object's `kind`, not even read when no rule of any kind
    /// has `mutate:`.
    public func mutates(object: Node) -> Bool {
        storage.mutatesAnything && mutates(kind: object.member("kind")?.string ?? "")
    }

    private func plan(for kind: String) -> KindPlan? {
        // The ESO kinds' names differ in length: compare that first.
        let length = kind.utf8.count
        return plans.first(where: { $0.kind.utf8.count == length && $0.kind == kind })
    }

    private func evaluate(_ input: EvaluationInput, state: any ClusterState, mutate: Bool, report: Bool) -> Evaluation {
        var evaluation = Evaluation(object: input.object)
        let kind = input.kind
        guard let kindPlan = plan(for: kind) else { return evaluation }
        let plan = kindPlan.policies
        let namespace = input.effectiveNamespace(clusterScoped: kindPlan.isClusterScoped)
        // The object's name is read only when asked for: by a check for its message (the
        // context reads it then) or for exceptions.
        var name: String?
        // One context for every rule; only its object changes, after a rewrite.
        var context = CheckContext(object: input.object, kind: kind, namespace: namespace, input: input, state: state)
        for p in plan {
            guard p.operations & input.operation.bit != 0,
                  !p.hasCriteria || applies(match: p.match, exclude: p.exclude, namespace: namespace, user: input.userInfo, state: state)
            else { continue }
            evaluation.matchedPolicies.append(p.name)
            for rule in p.rules {
                if mutate, let mutation = rule.mutate {
                    let ops = rule.check.mutate(&evaluation.object, mutation: mutation, context: context)
                    if !ops.isEmpty {
                        evaluation.mutations.append(PolicyMutation(policy: rule.policy, rule: rule.rule, operations: ops))
                        context.object = evaluation.object
                    }
                }
                guard report else { continue }
                let violations = rule.check.check(context)
                guard !violations.isEmpty else { continue }
                var excepted = false
                if !rule.exceptions.isEmpty {
                    let objectName = name ?? input.name
                    name = objectName
                    excepted = rule.exceptions.contains {
                        $0.covers(policy: rule.policy, rule: rule.rule, kind: kind, namespace: namespace, name: objectName)
                    }
                }
                // Appended one by one as they are made (no array of them in between: on every
                // review with a warning, that cost ~1k instructions).
                for v in violations.items {
                    let finding = PolicyFinding(
                        finding: Finding(ruleID: rule.ruleID, severity: rule.severity,
                                         message: v.message, path: v.path, position: v.position, hint: v.hint),
                        policy: rule.policy, rule: rule.rule, mode: rule.mode)
                    if excepted { evaluation.excepted.append(finding) } else { evaluation.findings.append(finding) }
                }
                if violations.count > violations.items.count {
                    let more = PolicyFinding.more(violations.count - violations.items.count, ruleID: rule.ruleID,
                                                  severity: rule.severity, policy: rule.policy, rule: rule.rule, mode: rule.mode)
                    if excepted { evaluation.excepted.append(more) } else { evaluation.findings.append(more) }
                }
            }
        }
        return evaluation
    }

    /// Whether `policy`'s match selects the object and its exclude does not.
    func applies(_ policy: Policy, kind: String, namespace: String?, operation: Operation, user: UserInfo, state: any ClusterState) -> Bool {
        guard policy.match.operations.contains(operation) else { return false }
        if !policy.match.kinds.isEmpty, !policy.match.kinds.contains(kind) { return false }
        return applies(match: policy.match, exclude: policy.exclude, namespace: namespace, user: user, state: state)
    }

    /// The namespace and user criteria of `applies` (kind and operation are in the plan).
    private func applies(match: PolicyMatch, exclude: PolicyExclude, namespace: String?, user: UserInfo, state: any ClusterState) -> Bool {
        if let namespace {
            if !match.namespaces.isEmpty, !match.namespaces.anyMatches(namespace) { return false }
            if let selector = match.namespaceSelector {
                // Unknown labels: assume only the name label, so selectors on it still work
                // and a policy never silently stops applying because state is missing.
                let labels = assumedLabels(namespace, state: state)
                if LabelSelectorMatch.matches(selector, labels: labels) != true { return false }
            }
            if !exclude.namespaces.isEmpty, exclude.namespaces.anyMatches(namespace) { return false }
        }
        if !exclude.users.isEmpty, !user.username.isEmpty, exclude.users.anyMatches(user.username) { return false }
        if !exclude.groups.isEmpty, user.groups.contains(where: { exclude.groups.anyMatches($0) }) { return false }
        return true
    }
}

extension Operation {
    /// This operation's bit in a `PolicyEngine` plan's operation set.
    var bit: UInt8 {
        switch self {
        case .create: return 1
        case .update: return 2
        case .delete: return 4
        case .connect: return 8
        }
    }
}
