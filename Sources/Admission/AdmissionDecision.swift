import Documents
import ESO
import Glibc
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
    /// `name` and `namespace` are read only for a denial's message (reading them costs
    /// member lookups that most requests, which are allowed, do not need).
    init(evaluation: Evaluation, kind: String, name: @autoclosure () -> String, namespace: @autoclosure () -> String?, includePatch: Bool) {
        findings = evaluation.findings
        excepted = evaluation.excepted
        mutations = evaluation.mutations
        if includePatch { patch = evaluation.jsonPatch }
        var denials: [String] = []
        var limit = WarningsLimit()
        var droppedWarnings = 0
        var annotations: [(key: String, value: String)] = []
        for f in evaluation.findings {
            switch f.mode {
            case .enforce:
                denials.append(Self.describe(f))
            case .warn:
                guard !limit.full else { droppedWarnings += 1; continue }
                let text = Self.cut(Self.describe(f), to: Self.maxWarning)
                guard limit.admit(text, kept: warnings) else { droppedWarnings += 1; continue }
                warnings.append(text)
            case .audit:
                let key = "esoguard.io/" + f.rule
                let value = Self.describe(f)
                if let i = annotations.firstIndex(where: { $0.key == key }) {
                    annotations[i].value += "; " + value
                } else {
                    annotations.append((key, value))
                }
            }
        }
        if droppedWarnings > 0 { Self.markDropped(droppedWarnings, in: &warnings) }
        if !denials.isEmpty {
            allowed = false
            let name = name(), namespace = namespace()
            let text = TextBuilder.build { t in
                t.append("esoguard denied "); t.append(kind); t.append(" ")
                if let namespace { t.append(namespace); t.append("/") }
                t.append(name); t.append(": ")
                for (i, d) in denials.enumerated() {
                    if i > 0 { t.append("; ") }
                    t.append(d)
                }
            }
            message = Self.cut(text, to: Self.maxMessage)
        }
        // Each value is bounded like the denial message: the API server keeps it in every audit event.
        for i in annotations.indices { annotations[i].value = Self.cut(annotations[i].value, to: Self.maxMessage) }
        auditAnnotations = annotations
    }

    /// `text` cut to `limit` Characters, its last one `…` when cut. Limits count Characters;
    /// UTF-8 bytes are never fewer, so short texts need no counting.
    static func cut(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// Ends `warnings` with how many were left out, making room under the total by leaving
    /// out more: a reader should know the list is not the whole story.
    static func markDropped(_ dropped: Int, in warnings: inout [String]) {
        var dropped = dropped
        var total = warnings.reduce(0) { $0 + $1.count }
        func marker() -> String { "esoguard: \(dropped) more warning\(dropped == 1 ? "" : "s") not listed (limit \(maxWarningsTotal) characters)" }
        while let last = warnings.last, total + marker().count > maxWarningsTotal {
            total -= last.count
            warnings.removeLast()
            dropped += 1
        }
        warnings.append(marker())
    }

    /// The warnings-total limit (`maxWarningsTotal` Characters, counting stops at the first
    /// warning that does not fit): kept warnings are measured in UTF-8 bytes, an upper bound
    /// of their Characters, and counted exactly only once bytes no longer prove the limit holds.
    struct WarningsLimit {
        private var bytes = 0
        private var characters: Int?
        /// A warning did not fit: every later one is dropped.
        private(set) var full = false

        mutating func admit(_ text: String, kept: [String]) -> Bool {
            if characters == nil {
                let size = text.utf8.count
                if bytes + size <= AdmissionDecision.maxWarningsTotal {
                    bytes += size
                    return true
                }
                characters = kept.reduce(0) { $0 + $1.count }
            }
            let total = (characters ?? 0) + text.count
            guard total <= AdmissionDecision.maxWarningsTotal else {
                full = true
                return false
            }
            characters = total
            return true
        }
    }

    /// `[policy/rule] message (field: path; fix: hint)`, the path left out when the message names it.
    static func describe(_ f: PolicyFinding) -> String {
        let showPath = !f.finding.path.isEmpty && !containsBytes(f.finding.message, f.finding.path)
        let hint = f.finding.hint
        return TextBuilder.build { t in
            t.append("["); t.append(f.policy); t.append("/"); t.append(f.rule); t.append("] "); t.append(f.finding.message)
            guard showPath || hint != nil else { return }
            t.append(" (")
            if showPath { t.append("field: "); t.append(f.finding.path) }
            if let hint {
                if showPath { t.append("; ") }
                t.append("fix: "); t.append(hint)
            }
            t.append(")")
        }
    }

    /// Substring test on UTF-8 bytes: `String.contains` builds Character tables per call,
    /// which profiling showed as a fifth of each request's CPU. memchr skips to each place the
    /// needle's last byte occurs (for field paths usually `]` or a letter rarer than their
    /// first, the `s` of `spec`), and memcmp checks the bytes before it.
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count, let hp = h.baseAddress, let np = n.baseAddress else { return false }
                let last = n.count - 1
                // Where the needle's last byte may be: never before `last`, so a candidate's
                // start `end - last` is never negative.
                var end = last
                while end < h.count {
                    guard let found = memchr(hp + end, Int32(np[last]), h.count - end) else { return false }
                    end = Int(bitPattern: found) - Int(bitPattern: hp)
                    if memcmp(hp + (end - last), np, last) == 0 { return true }
                    end += 1
                }
                return false
            }
        }
    }

    /// The encoded review response: the bytes `JSONWriter.encode(review(...))` gives, written
    /// directly (strings through JSONWriter) instead of building and walking a Node tree.
    func encodedReview(apiVersion: String, uid: String) -> [UInt8] {
        let writer = JSONWriter()
        var out: [UInt8] = []
        out.reserveCapacity(192 + apiVersion.utf8.count + uid.utf8.count + (message?.utf8.count ?? 0) + warnings.reduce(0) { $0 + $1.utf8.count + 3 })
        // A decoded review's apiVersion is one of the two supported: written as one literal
        // with what follows it (no escaping pass over it).
        switch apiVersion {
        case "admission.k8s.io/v1":
            Self.raw(#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","response":{"uid":"#, &out)
        case "admission.k8s.io/v1beta1":
            Self.raw(#"{"apiVersion":"admission.k8s.io/v1beta1","kind":"AdmissionReview","response":{"uid":"#, &out)
        default:
            Self.raw(#"{"apiVersion":"#, &out)
            writer.write(string: apiVersion, into: &out)
            Self.raw(#","kind":"AdmissionReview","response":{"uid":"#, &out)
        }
        writer.write(string: uid, into: &out)
        if allowed, warnings.isEmpty, auditAnnotations.isEmpty, patch.isEmpty {
            // Most answers: the rest in one piece.
            Self.raw(#","allowed":true}}"#, &out)
            return out
        }
        Self.raw(allowed ? #","allowed":true"# : #","allowed":false"#, &out)
        if !allowed {
            Self.raw(#","status":{"status":"Failure","message":"#, &out)
            writer.write(string: message ?? "denied by esoguard", into: &out)
            Self.raw(#","reason":"Forbidden","code":403}"#, &out)
        }
        if !warnings.isEmpty {
            Self.raw(#","warnings":["#, &out)
            for (i, w) in warnings.enumerated() {
                if i > 0 { Self.raw(",", &out) }
                writer.write(string: w, into: &out)
            }
            Self.raw("]", &out)
        }
        if !auditAnnotations.isEmpty {
            Self.raw(#","auditAnnotations":{"#, &out)
            for (i, a) in auditAnnotations.enumerated() {
                if i > 0 { Self.raw(",", &out) }
                writer.write(string: a.key, into: &out)
                Self.raw(":", &out)
                writer.write(string: a.value, into: &out)
            }
            Self.raw("}", &out)
        }
        if allowed, !patch.isEmpty {
            Self.raw(#","patchType":"JSONPatch","patch":"#, &out)
            writer.write(string: Base64.encode(patch.encoded()), into: &out)
        }
        Self.raw("}}", &out)
        return out
    }

    private static func raw(_ s: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}
