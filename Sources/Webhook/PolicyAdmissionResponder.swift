import Admission
import Policy
import Telemetry

/// The real responder: AdmissionReviews judged by the policies of a reloading
/// `PolicyStore`. Ready once the store holds a valid policy set.
///
/// A class, so that the `esoguard` module, which holds one, does not depend on the layout of
/// Admission's structs: an incremental build that misses a change to that layout (SwiftPM
/// #10502, swift #89636) left a binary that crashed on start-up errors and at shutdown.
public final class PolicyAdmissionResponder: AdmissionResponder {
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

    public func reload() { store.reload(force: true) }

    public func respond(to route: AdmissionRoute, body: [UInt8]) -> (status: Int, body: [UInt8]) {
        handler.respond(route == .validate ? .validate : .mutate, body: body)
    }
}
