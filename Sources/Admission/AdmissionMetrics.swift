import ESO
import Policy
import Synchronization
import Telemetry

/// Admission counters for `/metrics`: every decision by route, kind and operation, and
/// every finding by policy, rule and outcome, plus evaluation latency per route.
///
/// Series for ESO kinds and known operations are bound once and kept in a table indexed by
/// those enums (`BoundSeries`): the labelled lookup built an array of label values and
/// hashed every string in it, several times per review. Other kinds and operations
/// (skipped, invalid) take the labelled path.
public struct AdmissionMetrics: Sendable {
    let requests: Counter
    let findings: Counter
    let evaluation: Histogram
    private let bound = BoundSeries()

    public init(registry: MetricsRegistry) {
        requests = registry.counter("esoguard_admission_requests_total",
                                    help: "Admission reviews answered, by route, kind, operation and outcome (allowed, denied, mutated, skipped, invalid, unavailable).",
                                    labels: ["route", "kind", "operation", "outcome"])
        findings = registry.counter("esoguard_admission_findings_total",
                                    help: "Policy findings and mutations, by route, kind, operation, policy, rule and outcome (denied, warned, audited, excepted, mutated).",
                                    labels: ["route", "kind", "operation", "policy", "rule", "outcome"])
        evaluation = registry.histogram("esoguard_admission_evaluation_seconds",
                                        help: "Time to decode, evaluate and encode one admission review, by route.",
                                        labels: ["route"],
                                        buckets: [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05])
    }

    /// What became of a review (the `outcome` label of the requests counter).
    enum Outcome: String, Sendable, CaseIterable {
        case allowed, denied, mutated, skipped, invalid, unavailable
    }

    /// What became of a finding (the `outcome` label of the findings counter).
    enum FindingOutcome: String, Sendable {
        case denied, warned, audited, excepted, mutated
    }

    /// The labels a review's series share. `index` is set when esoguard knows the kind and
    /// operation, which is what makes the series cacheable.
    struct Subject: Sendable {
        var endpoint: AdmissionEndpoint
        var kind: String
        var operation: String
        fileprivate var index: Int?

        init(_ endpoint: AdmissionEndpoint, kind: String, operation: String, known: Operation? = nil) {
            self.init(endpoint, kind: kind, esoKind: ESOKind(named: kind), operation: operation, known: known)
        }

        /// A subject whose kind is already known to be `esoKind` (nil: not an ESO kind), so it
        /// is not looked up by name again.
        init(_ endpoint: AdmissionEndpoint, kind: String, esoKind: ESOKind?, operation: String, known: Operation?) {
            self.endpoint = endpoint
            // Label values come from the request body: any other kind or operation is `other`,
            // so a client cannot add series (each kept for good and printed on every scrape).
            self.kind = esoKind != nil ? kind : Self.other
            self.operation = known != nil ? operation : Self.other
            if let known, let esoKind {
                index = BoundSeries.subjectIndex(endpoint, esoKind, known)
            }
        }

        /// A review that could not be read: its kind and operation are unknown (`""`).
        static func unreadable(_ endpoint: AdmissionEndpoint) -> Subject {
            var subject = Subject(endpoint, kind: "", esoKind: nil, operation: "", known: nil)
            subject.kind = ""
            subject.operation = ""
            return subject
        }

        static let other = "other"

        var labels: [String] { [endpoint.route, kind, operation] }
    }

    func observeEvaluation(_ endpoint: AdmissionEndpoint, seconds: Double) {
        bound.evaluation(endpoint) { evaluation.labelled([endpoint.route]) }.observe(seconds)
    }

    func record(_ subject: Subject, outcome: Outcome) {
        guard let index = subject.index else {
            requests.increment(subject.labels + [outcome.rawValue])
            return
        }
        bound.request(index, outcome) { requests.labelled(subject.labels + [outcome.rawValue]) }.increment()
    }

    func record(_ subject: Subject, decision: AdmissionDecision) {
        for f in decision.findings {
            let outcome: FindingOutcome
            switch f.mode {
            case .enforce: outcome = .denied
            case .warn: outcome = .warned
            case .audit: outcome = .audited
            }
            record(subject, policy: f.policy, rule: f.rule, outcome: outcome)
        }
        for f in decision.excepted { record(subject, policy: f.policy, rule: f.rule, outcome: .excepted) }
        for m in decision.mutations { record(subject, policy: m.policy, rule: m.rule, outcome: .mutated) }
    }

    private func record(_ subject: Subject, policy: String, rule: String, outcome: FindingOutcome) {
        let labels = { subject.labels + [policy, rule, outcome.rawValue] }
        guard let index = subject.index else {
            findings.increment(labels())
            return
        }
        bound.finding(index, policy, rule, outcome) { findings.labelled(labels()) }.increment()
    }
}

/// The bound series of AdmissionMetrics, by enum ordinals: an array index and one
/// uncontended lock per lookup, instead of hashing label strings.
private final class BoundSeries: Sendable {
    private struct FindingSeries {
        var policy: String
        var rule: String
        var outcome: AdmissionMetrics.FindingOutcome
        var series: Counter.Bound
    }

    private struct Table {
        var requests: [Counter.Bound?]
        // Per subject, the findings seen so far. Rule names come from the loaded policy set,
        // so comparing them is mostly comparing the same string storage.
        var findings: [[FindingSeries]]
        var evaluation: [Histogram.Bound?]
    }

    private static let endpoints = AdmissionEndpoint.allCases
    private static let subjects = endpoints.count * ESOKind.allCases.count * Operation.allCases.count
    /// Findings kept per subject; more (a policy set with that many rules) take the labelled path.
    private static let findingsPerSubject = 256

    private let table = Mutex(Table(requests: Array(repeating: nil, count: subjects * AdmissionMetrics.Outcome.allCases.count),
                                    findings: Array(repeating: [], count: subjects),
                                    evaluation: Array(repeating: nil, count: endpoints.count)))

    static func subjectIndex(_ endpoint: AdmissionEndpoint, _ kind: ESOKind, _ operation: Operation) -> Int {
        let e = endpoints.firstIndex(of: endpoint) ?? 0
        let k = ESOKind.allCases.firstIndex(of: kind) ?? 0
        let o = Operation.allCases.firstIndex(of: operation) ?? 0
        return (e * ESOKind.allCases.count + k) * Operation.allCases.count + o
    }

    func request(_ subject: Int, _ outcome: AdmissionMetrics.Outcome, make: () -> Counter.Bound) -> Counter.Bound {
        let o = AdmissionMetrics.Outcome.allCases.firstIndex(of: outcome) ?? 0
        let slot = subject * AdmissionMetrics.Outcome.allCases.count + o
        return table.withLock { t in
            if let series = t.requests[slot] { return series }
            let series = make()
            t.requests[slot] = series
            return series
        }
    }

    func finding(_ subject: Int, _ policy: String, _ rule: String, _ outcome: AdmissionMetrics.FindingOutcome,
                 make: () -> Counter.Bound) -> Counter.Bound {
        table.withLock { t in
            for f in t.findings[subject] where f.outcome == outcome && f.rule == rule && f.policy == policy {
                return f.series
            }
            let series = make()
            if t.findings[subject].count < Self.findingsPerSubject {
                t.findings[subject].append(FindingSeries(policy: policy, rule: rule, outcome: outcome, series: series))
            }
            return series
        }
    }

    func evaluation(_ endpoint: AdmissionEndpoint, make: () -> Histogram.Bound) -> Histogram.Bound {
        let slot = Self.endpoints.firstIndex(of: endpoint) ?? 0
        return table.withLock { t in
            if let series = t.evaluation[slot] { return series }
            let series = make()
            t.evaluation[slot] = series
            return series
        }
    }
}
