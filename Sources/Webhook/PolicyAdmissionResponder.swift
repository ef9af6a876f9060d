import Admission
import Policy
import Telemetry

/// The real responder: AdmissionReviews judged by the policies of a reloading
/// `PolicyStore`. Ready once the store holds a valid policy set.
public struct PolicyAdmissionResponder: AdmissionResponder {
    public let store: PolicyStore
    let handler: AdmissionHandler

    /// Loads `directory` now (a failure is logged and leaves the responder not ready) and
    /// watches it for changes about once a second.
    public init(policyDirectory directory: String, metrics: MetricsRegistry, logger: Logger,
                state: any ClusterState = UnknownClusterState()) {
        let store = PolicyStore(directory: directory, logger: logger.with(label: "policy"))
        store.reload(force: true)
        store.startWatching()
        self.store = store
        handler = AdmissionHandler(store: store, state: state, metrics: metrics, logger: logger.with(label: "admission"))
    }

    public var isReady: Bool { store.isReady }

    public func respond(to route: AdmissionRoute, body: [UInt8]) -> (status: Int, body: [UInt8]) {
        handler.respond(route == .validate ? .validate : .mutate, body: body)
    }
}
