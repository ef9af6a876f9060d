import Glibc
import Synchronization
import Telemetry

/// What `/readyz` checks besides the responder: certificates loaded and inside their validity
/// period (clients refuse them otherwise, as ESO's webhook's `certs` check also says), not
/// shutting down.
public final class Readiness: Sendable {
    /// The serving certificate's notBefore and notAfter (unix seconds), nil when unknown.
    public typealias CertificateValidity = @Sendable () -> (notBefore: Int64, notAfter: Int64)?

    private let certificatesLoaded = Atomic<Bool>(false)
    private let shuttingDown = Atomic<Bool>(false)
    private let validity: Mutex<CertificateValidity?> = Mutex(nil)

    public init() {}

    public func setCertificatesLoaded(_ value: Bool) { certificatesLoaded.store(value, ordering: .relaxed) }
    public func setShuttingDown() { shuttingDown.store(true, ordering: .relaxed) }
    public func setCertificateValidity(_ read: @escaping CertificateValidity) { validity.withLock { $0 = read } }

    /// Empty when ready; otherwise the reasons, for the 503 body.
    public func problems(responderReady: Bool, now: Int64 = Int64(time(nil))) -> [String] {
        var out: [String] = []
        if !certificatesLoaded.load(ordering: .relaxed) { out.append("certificates not loaded") }
        if let window = validity.withLock({ $0 })?() {
            if now >= window.notAfter {
                out.append("serving certificate expired at \(LogLine.rfc3339(seconds: window.notAfter))")
            } else if now < window.notBefore {
                out.append("serving certificate not valid before \(LogLine.rfc3339(seconds: window.notBefore))")
            }
        }
        if !responderReady { out.append("policies not loaded") }
        if shuttingDown.load(ordering: .relaxed) { out.append("shutting down") }
        return out
    }
}
