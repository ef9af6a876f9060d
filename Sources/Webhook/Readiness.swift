import Synchronization

/// What `/readyz` checks besides the responder: certificates loaded, not shutting down.
public final class Readiness: Sendable {
    private let certificatesLoaded = Atomic<Bool>(false)
    private let shuttingDown = Atomic<Bool>(false)

    public init() {}

    public func setCertificatesLoaded(_ value: Bool) { certificatesLoaded.store(value, ordering: .relaxed) }
    public func setShuttingDown() { shuttingDown.store(true, ordering: .relaxed) }

    /// Empty when ready; otherwise the reasons, for the 503 body.
    public func problems(responderReady: Bool) -> [String] {
        var out: [String] = []
        if !certificatesLoaded.load(ordering: .relaxed) { out.append("certificates not loaded") }
        if !responderReady { out.append("policies not loaded") }
        if shuttingDown.load(ordering: .relaxed) { out.append("shutting down") }
        return out
    }
}
