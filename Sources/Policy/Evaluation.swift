import Documents
import ESO

/// A finding raised by one rule of one policy, with the mode it was raised in.
public struct PolicyFinding: Sendable, Hashable {
    public var finding: Finding
    /// `metadata.name` of the policy.
    public var policy: String
    /// `name` of the rule within the policy.
    public var rule: String
    public var mode: PolicyMode

    public init(finding: Finding, policy: String, rule: String, mode: PolicyMode) {
        self.finding = finding
        self.policy = policy
        self.rule = rule
        self.mode = mode
    }

    /// One line for people: `policy/rule: spec.x: message (fix: hint)`.
    public var summary: String {
        var s = "\(policy)/\(rule): \(finding.path): \(finding.message)"
        if let hint = finding.hint { s += " (fix: \(hint))" }
        return s
    }
}

extension PolicyFinding {
    /// Findings of one rule on one object reported at most. An ExternalSecret with 49,000
    /// `dataFrom` entries that each break a rule made 49,000 findings: some 50 MiB to hold while
    /// judging, and a 10 MB audit annotation in the answer. The rest are summed up in one more.
    /// Policy checks stop building violations at this bound (`Violations`); ESO's findings are
    /// cut afterwards with `capped`.
    public static let maxPerRule = Violations.kept

    /// The finding that stands for `count` more of a rule's findings, not listed.
    public static func more(_ count: Int, ruleID: String, severity: Severity, policy: String, rule: String,
                            mode: PolicyMode) -> PolicyFinding {
        PolicyFinding(finding: Finding(ruleID: ruleID, severity: severity,
                                       message: "and \(count) more findings of this rule, not listed", path: ""),
                      policy: policy, rule: rule, mode: mode)
    }

    /// `findings` in order with at most `maxPerRule` per policy and rule; each rule that had
    /// more gets one more finding at the end, saying how many were left out.
    public static func capped(_ findings: [PolicyFinding]) -> [PolicyFinding] {
        guard findings.count > maxPerRule else { return findings }
        var seen: [String: (count: Int, first: PolicyFinding)] = [:]
        var order: [String] = []
        var kept: [PolicyFinding] = []
        for f in findings {
            let key = f.policy + "/" + f.rule
            let count = (seen[key]?.count ?? 0) + 1
            if count == 1 { order.append(key) }
            seen[key] = (count, seen[key]?.first ?? f)
            if count <= maxPerRule { kept.append(f) }
        }
        for key in order {
            guard let (count, first) = seen[key], count > maxPerRule else { continue }
            kept.append(.more(count - maxPerRule, ruleID: first.finding.ruleID, severity: first.finding.severity,
                              policy: first.policy, rule: first.rule, mode: first.mode))
        }
        return kept
    }
}

/// One RFC 6902 operation that a mutating rule applies.
public struct PatchOperation: Sendable, Hashable {
    public enum Op: String, Sendable, Hashable { case add, replace, remove }
    public var op: Op
    /// JSON Pointer (RFC 6901) into the object.
    public var path: String
    public var value: Node?

    public init(op: Op, path: String, value: Node? = nil) {
        self.op = op
        self.path = path
        self.value = value
    }
}

/// A rule's rewrite of the object, recorded so it can be reported and counted.
public struct PolicyMutation: Sendable, Hashable {
    public var policy: String
    public var rule: String
    public var operations: [PatchOperation]
}

/// The outcome of evaluating all policies against one object.
public struct Evaluation: Sendable {
    /// Findings that survive exceptions, in policy and rule order.
    public var findings: [PolicyFinding] = []
    /// Findings an exception waived; reported in metrics only.
    public var excepted: [PolicyFinding] = []
    /// Rewrites applied in order (empty unless evaluated with `mutate: true`).
    public var mutations: [PolicyMutation] = []
    /// Policies whose match/exclude selected the object (for metrics).
    public var matchedPolicies: [String] = []
    /// The object after all mutations.
    public var object: Node

    public init(object: Node) { self.object = object }

    /// All patch operations in order: the JSONPatch for the response.
    public var patch: [PatchOperation] { mutations.flatMap(\.operations) }
    /// Whether any enforce-mode finding remains.
    public var denied: Bool { findings.contains { $0.mode == .enforce } }
    public var warnings: [PolicyFinding] { findings.filter { $0.mode == .warn } }
    public var audits: [PolicyFinding] { findings.filter { $0.mode == .audit } }
    public var denials: [PolicyFinding] { findings.filter { $0.mode == .enforce } }
}

extension PatchOperation {
    /// The operation as a Documents JSON Patch operation.
    public var jsonPatchOperation: JSONPatch.Operation {
        let pointer = (try? JSONPointer(parsing: path)) ?? JSONPointer(tokens: path.split(separator: "/").map(String.init))
        switch op {
        case .add: return .add(path: pointer, value: value ?? .null)
        case .replace: return .replace(path: pointer, value: value ?? .null)
        case .remove: return .remove(path: pointer)
        }
    }
}

extension Evaluation {
    /// The mutations as one RFC 6902 patch.
    public var jsonPatch: JSONPatch { JSONPatch(patch.map(\.jsonPatchOperation)) }
}
