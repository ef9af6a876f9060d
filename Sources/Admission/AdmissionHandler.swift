import Documents
import ESO
import Glibc
import Policy
import Telemetry

/// The two webhook endpoints.
public enum AdmissionEndpoint: String, Sendable, CaseIterable {
    /// Judges: denials, warnings, audit annotations; never a patch.
    case validate
    /// Rewrites with the rules that have `mutate:`; never denies (the validating webhook does).
    case mutate

    /// The HTTP path, also the `route` metrics label.
    var route: String {
        switch self {
        case .validate: return "/validate"
        case .mutate: return "/mutate"
        }
    }
}

/// Answers AdmissionReviews with the policies in force: decode, evaluate, encode.
public struct AdmissionHandler: Sendable {
    private let engine: @Sendable () -> PolicyEngine?
    private let state: any ClusterState
    private let metrics: AdmissionMetrics?
    private let logger: Logger?
    /// Also deny what ESO itself (or its CRD schema) would reject; see policies/README.md.
    public var esoValidation: Bool

    public init(engine: @escaping @Sendable () -> PolicyEngine?, state: any ClusterState = UnknownClusterState(),
                metrics: MetricsRegistry? = nil, logger: Logger? = nil, esoValidation: Bool = true) {
        self.engine = engine
        self.state = state
        self.metrics = metrics.map(AdmissionMetrics.init)
        self.logger = logger
        self.esoValidation = esoValidation
    }

    /// A handler over a live, reloading policy store.
    public init(store: PolicyStore, state: any ClusterState = UnknownClusterState(),
                metrics: MetricsRegistry? = nil, logger: Logger? = nil, esoValidation: Bool = true) {
        self.init(engine: { store.engine }, state: state, metrics: metrics, logger: logger, esoValidation: esoValidation)
    }

    /// A handler over a fixed policy set.
    public init(policies: PolicySet, state: any ClusterState = UnknownClusterState(),
                metrics: MetricsRegistry? = nil, logger: Logger? = nil, esoValidation: Bool = true) {
        let engine = PolicyEngine(policies: policies)
        self.init(engine: { engine }, state: state, metrics: metrics, logger: logger, esoValidation: esoValidation)
    }

    public var isReady: Bool { engine() != nil }

    /// HTTP status and JSON body for a POSTed review: 200 with an AdmissionReview, 400 for a
    /// malformed review, 503 before policies have loaded.
    public func respond(_ endpoint: AdmissionEndpoint, body: [UInt8]) -> (status: Int, body: [UInt8]) {
        let start = metrics == nil ? 0 : Self.now()
        defer { if let metrics { metrics.observeEvaluation(endpoint, seconds: Self.now() - start) } }
        let request: AdmissionRequest
        do {
            request = try AdmissionRequest.decode(body)
        } catch {
            metrics?.record(.unreadable(endpoint), outcome: .invalid)
            logger?.warning("malformed admission review", ["route": endpoint.route, "error": error.message])
            return (400, Self.errorBody(error.message))
        }
        guard let decision = decide(endpoint, request) else {
            metrics?.record(.init(endpoint, kind: request.kind, operation: request.operationText, known: request.operation), outcome: .unavailable)
            return (503, Self.errorBody("esoguard has no valid policy set loaded yet"))
        }
        return (200, decision.encodedReview(apiVersion: request.apiVersion, uid: request.uid))
    }

    /// The decision for a decoded request; nil when no policy set is loaded.
    public func decide(_ endpoint: AdmissionEndpoint, _ request: AdmissionRequest) -> AdmissionDecision? {
        let route = endpoint.route
        func skip(_ why: String) -> AdmissionDecision {
            var d = AdmissionDecision()
            d.skipped = why
            metrics?.record(.init(endpoint, kind: request.kind, operation: request.operationText, known: request.operation), outcome: .skipped)
            return d
        }
        guard let operation = request.operation, operation != .connect else {
            return skip("operation \(quotedExcerpt(request.operationText)) is not judged")
        }
        guard let esoKind = request.esoKind else { return skip("\(quotedExcerpt(request.group + "/" + request.kind)) is not an ESO kind") }
        let subject = operation == .delete ? request.oldObject : request.object
        guard let object = subject else { return skip("no object to judge") }
        if endpoint == .mutate && operation == .delete { return skip("deletions are not mutated") }
        guard let engine = engine() else { return nil }

        func input() -> EvaluationInput {
            EvaluationInput(object: object, oldObject: request.oldObject, operation: operation,
                            namespace: request.namespace, userInfo: request.userInfo, dryRun: request.dryRun)
        }
        // A constant assigned once: a variable decision was copied to be returned.
        let decision: AdmissionDecision
        switch endpoint {
        case .mutate:
            // The mutating response carries only the patch; judging is the validating webhook's job,
            // so the checks' findings are not even computed here, and with no rule that
            // rewrites this kind (the shipped profiles have none) nothing is evaluated at all.
            decision = engine.mutates(object: object) ? Self.mutation(engine.mutations(input(), state: state)) : AdmissionDecision()
        case .validate:
            let input = input()
            let judged = RegexBudget.judging { () -> Evaluation in
                var evaluation = engine.evaluate(input, state: state)
                if esoValidation, operation != .delete {
                    let eso = PolicyFinding.capped(Self.esoFindings(object, namespace: request.namespace))
                    if !eso.isEmpty { evaluation.findings = eso + evaluation.findings }
                }
                return evaluation
            }
            var evaluation = judged.value
            // Not every regex was judged: deny rather than allow what was not checked.
            if judged.exhausted { evaluation.findings = [Self.regexBudgetFinding] }
            decision = AdmissionDecision(evaluation: evaluation, kind: request.kind, name: input.name,
                                         namespace: input.effectiveNamespace, includePatch: false)
        }
        if let metrics {
            let subject = AdmissionMetrics.Subject(endpoint, kind: request.kind, esoKind: esoKind,
                                                   operation: request.operationText, known: request.operation)
            metrics.record(subject, outcome: !decision.allowed ? .denied : (decision.patch.isEmpty ? .allowed : .mutated))
            metrics.record(subject, decision: decision)
        }
        if !decision.allowed {
            // The name depends on the object alone.
            logger?.info("denied", ["route": route, "uid": request.uid, "kind": request.kind,
                                    "namespace": request.namespace ?? "", "name": EvaluationInput(object: object).name,
                                    "rules": decision.findings.filter { $0.mode == .enforce }.map { "\($0.policy)/\($0.rule)" }.joined(separator: ","),
                                    "dryRun": String(request.dryRun)])
        }
        return decision
    }

    static let regexBudgetFinding = PolicyFinding(finding: RegexBudget.exhaustedFinding,
                                                  policy: "esoguard", rule: "regex-budget", mode: .enforce)

    /// The mutating answer: the rewrites as a patch.
    static func mutation(_ evaluation: Evaluation) -> AdmissionDecision {
        var d = AdmissionDecision()
        d.patch = evaluation.jsonPatch
        d.mutations = evaluation.mutations
        return d
    }

    /// ESO-parity and schema findings as policy findings of the built-in policy `eso`:
    /// errors (what ESO or the API server would refuse) deny, warnings warn.
    static func esoFindings(_ object: Node, namespace: String?) -> [PolicyFinding] {
        guard let findings = ESOValidator.validate(document: object, namespace: namespace) else { return [] }
        return findings.compactMap { f in
            switch f.severity {
            case .error: return PolicyFinding(finding: f, policy: "eso", rule: f.ruleID, mode: .enforce)
            case .warning: return PolicyFinding(finding: f, policy: "eso", rule: f.ruleID, mode: .warn)
            case .info: return nil
            }
        }
    }

    static func errorBody(_ message: String) -> [UInt8] {
        JSONWriter.encode(Node(.object([Member(key: "error", value: .string(message))])))
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
