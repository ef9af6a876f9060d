import Telemetry

/// Admission counters for `/metrics`: every decision by route, kind and operation, and
/// every finding by policy, rule and outcome, plus evaluation latency per route.
public struct AdmissionMetrics: Sendable {
    let requests: Counter
    let findings: Counter
    let evaluation: Histogram

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

    func record(route: String, kind: String, operation: String, outcome: String) {
        requests.increment([route, kind, operation, outcome])
    }

    func record(route: String, kind: String, operation: String, decision: AdmissionDecision) {
        for f in decision.findings {
            let outcome: String
            switch f.mode {
            case .enforce: outcome = "denied"
            case .warn: outcome = "warned"
            case .audit: outcome = "audited"
            }
            findings.increment([route, kind, operation, f.policy, f.rule, outcome])
        }
        for f in decision.excepted { findings.increment([route, kind, operation, f.policy, f.rule, "excepted"]) }
        for m in decision.mutations { findings.increment([route, kind, operation, m.policy, m.rule, "mutated"]) }
    }
}
