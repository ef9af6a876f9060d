import Glibc
import Synchronization
import Telemetry
import Transport

/// What `/readyz` checks besides the responder: certificates loaded and inside their validity
/// period (clients refuse them otherwise, as ESO's webhook's `certs` check also says), not
/// shutting down.
public final class Readiness: Sendable {
    private let certificates: Mutex<CertificateReloader?> = Mutex(nil)
    private let shuttingDown = Atomic<Bool>(false)

    public init() {}

    public func setCertificates(_ reloader: CertificateReloader) { certificates.withLock { $0 = reloader } }
    public func setShuttingDown() { shuttingDown.store(true, ordering: .relaxed) }

    /// Empty when ready; otherwise the reasons, for the 503 body.
    public func problems(responderReady: Bool, now: Int64 = Int64(time(nil))) -> [String] {
        var out: [String] = []
        if let context = certificates.withLock({ $0 })?.current {
            switch context.validity(at: now) {
            case .expired?: out.append("serving certificate expired at \(LogLine.rfc3339(seconds: context.notAfter ?? 0))")
            case .notYetValid?: out.append("serving certificate not valid before \(LogLine.rfc3339(seconds: context.notBefore ?? 0))")
            case .valid?, .expiringSoon?, nil: break
            }
        } else {
            out.append("certificates not loaded")
        }
        if !responderReady { out.append("policies not loaded") }
        if shuttingDown.load(ordering: .relaxed) { out.append("shutting down") }
        return out
    }
}
