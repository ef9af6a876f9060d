import Documents
import ESO
import Policy

/// What esoguard answers to one admission request, before encoding.
public struct AdmissionDecision: Sendable {
    public var allowed: Bool = true
    /// The denial message (naming policy, rule, field path and fix) when not allowed.
    public var message: String?
    /// `warnings` of the response, already bounded (≤ 256 characters each, ≤ 4096 in total).
    public var warnings: [String] = []
    /// `auditAnnotations`: `esoguard.io/<rule>` → finding summary.
    public var auditAnnotations: [(key: String, value: String)] = []
    /// The JSON Patch of a mutating response (empty: no patch).
    public var patch: JSONPatch = JSONPatch()
    /// Every finding behind the decision, for metrics and logs.
    public var findings: [PolicyFinding] = []
    public var excepted: [PolicyFinding] = []
    public var mutations: [PolicyMutation] = []
    /// Why the request was passed through without evaluation (CONNECT, other kinds), if it was.
    public var skipped: String?

    public init() {}

    static let maxWarning = 256
    static let maxWarningsTotal = 4096
    static let maxMessage = 4096

    /// Builds the response parts from an evaluation: enforce → denial, warn → warnings, audit → annotations.
    init(evaluation: Evaluation, kind: String, name: String, namespace: String?, includePatch: Bool) {
        findings = evaluation.findings
        excepted = evaluation.excepted
        mutations = evaluation.mutations
        if includePatch { patch = evaluation.jsonPatch }
        let denials = evaluation.denials
        if !denials.isEmpty {
            allowed = false
            let object = namespace.map { "\(kind) \($0)/\(name)" } ?? "\(kind) \(name)"
            var text = "esoguard denied \(object): " + denials.map(Self.describe).joined(separator: "; ")
            if text.count > Self.maxMessage { text = String(text.prefix(Self.maxMessage - 1)) + "…" }
            message = text
        }
        var total = 0
        for w in evaluation.warnings {
            var text = Self.describe(w)
            if text.count > Self.maxWarning { text = String(text.prefix(Self.maxWarning - 1)) + "…" }
            guard total + text.count <= Self.maxWarningsTotal else { break }
            total += text.count
            warnings.append(text)
        }
        var annotations: [(key: String, value: String)] = []
        for a in evaluation.audits {
            let key = "esoguard.io/\(a.rule)"
            let value = Self.describe(a)
            if let i = annotations.firstIndex(where: { $0.key == key }) {
                annotations[i].value += "; " + value
            } else {
                annotations.append((key, value))
            }
        }
        auditAnnotations = annotations
    }

    /// `[policy/rule] message (field: path; fix: hint)`, the path left out when the message names it.
    static func describe(_ f: PolicyFinding) -> String {
        var extras: [String] = []
        if !f.finding.path.isEmpty, !containsBytes(f.finding.message, f.finding.path) { extras.append("field: \(f.finding.path)") }
        if let hint = f.finding.hint { extras.append("fix: \(hint)") }
        return "[\(f.policy)/\(f.rule)] \(f.finding.message)" + (extras.isEmpty ? "" : " (\(extras.joined(separator: "; ")))")
    }

    /// Substring test on UTF-8 bytes: `String.contains` builds Character tables per call,
    /// which profiling showed as a fifth of each request's CPU.
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            var i = 1
            while i < n.count && h[start + i] == n[i] { i += 1 }
            if i == n.count { return true }
        }
        return false
    }

    /// The review response node: `apiVersion`/`kind` echoed, `response.uid` echoed.
    func review(apiVersion: String, uid: String) -> Node {
        var response: [Member] = [
            Member(key: "uid", value: .string(uid)),
            Member(key: "allowed", value: .bool(allowed)),
        ]
        if !allowed {
            response.append(Member(key: "status", value: Node(.object([
                Member(key: "status", value: .string("Failure")),
                Member(key: "message", value: .string(message ?? "denied by esoguard")),
                Member(key: "reason", value: .string("Forbidden")),
                Member(key: "code", value: .int(403)),
            ]))))
        }
        if !warnings.isEmpty {
            response.append(Member(key: "warnings", value: .array(warnings.map { .string($0) })))
        }
        if !auditAnnotations.isEmpty {
            response.append(Member(key: "auditAnnotations", value: Node(.object(auditAnnotations.map { Member(key: $0.key, value: .string($0.value)) }))))
        }
        if allowed, !patch.isEmpty {
            response.append(Member(key: "patchType", value: .string("JSONPatch")))
            response.append(Member(key: "patch", value: .string(Base64.encode(patch.encoded()))))
        }
        return Node(.object([
            Member(key: "apiVersion", value: .string(apiVersion)),
            Member(key: "kind", value: .string("AdmissionReview")),
            Member(key: "response", value: Node(.object(response))),
        ]))
    }
}
