import Glibc
import Platform
import Synchronization
import Telemetry

/// Serves the current `TLSContext` and swaps in a new one when the files change.
///
/// It polls `stat` (which follows symlinks) once a second: kubelet updates a
/// secret volume by re-pointing a `..data` symlink, and cert-manager or an
/// editor may rewrite the files in place; both change inode, mtime or size.
/// A pair that fails to load is logged and the old context stays in service;
/// it is retried when the files change again.
public final class CertificateReloader: Sendable {
    public let files: TLSConfiguration
    private let state: Mutex<State>
    private let logger: Logger
    private let expiry: Gauge
    private let reloads: Counter
    private let stopping = Atomic<Bool>(false)

    struct State {
        var context: TLSContext
        var signature: [FileSignature]
    }

    public init(files: TLSConfiguration, logger: Logger, metrics: MetricsRegistry) throws {
        self.files = files
        self.logger = logger
        expiry = metrics.gauge("esoguard_tls_certificate_expiry_timestamp_seconds",
                               help: "notAfter of the serving certificate, unix seconds.")
        reloads = metrics.counter("esoguard_tls_certificate_reloads_total",
                                  help: "Certificate reload attempts by result.", labels: ["result"])
        let signature = Self.signature(of: files)
        let context = try TLSContext(files: files)
        state = Mutex(State(context: context, signature: signature))
        if let notAfter = context.notAfter { expiry.set(Double(notAfter)) }
        reportValidity(context)
    }

    /// Says so at `error` when the certificate is outside its validity period (the API server
    /// refuses it, and every admission call fails), and at `warning` in its last 7 days.
    /// It is used all the same: the previous one, if any, is no better placed.
    func reportValidity(_ context: TLSContext, now: Int64 = Int64(time(nil))) {
        guard let validity = context.validity(at: now), validity != .valid,
              let notBefore = context.notBefore, let notAfter = context.notAfter else { return }
        let fields = ["certificate": files.certificate, "notBefore": LogLine.rfc3339(seconds: notBefore),
                      "notAfter": LogLine.rfc3339(seconds: notAfter)]
        switch validity {
        case .expired: logger.error("TLS certificate has expired; clients will refuse it", fields)
        case .notYetValid: logger.error("TLS certificate is not valid yet; clients will refuse it", fields)
        case .expiringSoon: logger.warning("TLS certificate expires in less than 7 days", fields)
        case .valid: break
        }
    }

    /// The context new handshakes use.
    public var current: TLSContext { state.withLock { $0.context } }

    /// Checks the files once; returns true when a new context was installed. `force` loads
    /// them even when they look unchanged (an operator's SIGHUP).
    @discardableResult
    public func poll(force: Bool = false) -> Bool {
        let signature = Self.signature(of: files)
        let changed = state.withLock { $0.signature != signature }
        guard changed || force else { return false }
        do {
            let context = try TLSContext(files: files)
            state.withLock { $0 = State(context: context, signature: signature) }
            if let notAfter = context.notAfter { expiry.set(Double(notAfter)) }
            reloads.increment(["success"])
            // One context holds all three files, so a change to any of them reloads (and names) all.
            var fields = ["certificate": files.certificate, "key": files.privateKey,
                          "notAfter": context.notAfter.map { LogLine.rfc3339(seconds: $0) } ?? "unknown"]
            if let clientCA = files.clientCA { fields["client_ca"] = clientCA }
            logger.info(files.clientCA == nil ? "reloaded TLS certificate" : "reloaded TLS certificate and client CA", fields)
            reportValidity(context)
            return true
        } catch {
            // Remember the broken signature so we log once per change, not every second.
            state.withLock { $0.signature = signature }
            reloads.increment(["failure"])
            logger.error("new TLS certificate rejected; keeping the previous one", ["error": "\(error)"])
            return false
        }
    }

    /// Polls every `interval` seconds on its own thread until `stop()`.
    public func startWatching(interval: Double = 1) {
        let micros = UInt32(max(0.05, interval) * 1_000_000)
        do {
            pthread_detach(try startBackgroundThread { [self] in
                while !stopping.load(ordering: .relaxed) {
                    var slept: UInt32 = 0
                    while slept < micros && !stopping.load(ordering: .relaxed) {
                        usleep(min(50_000, micros - slept))
                        slept += min(50_000, micros - slept)
                    }
                    if stopping.load(ordering: .relaxed) { break }
                    poll()
                }
            })
        } catch {
            logger.error("cannot start the certificate watcher thread (certificates are read at start and on SIGHUP only)",
                         ["error": error.description])
        }
    }

    public func stop() { stopping.store(true, ordering: .relaxed) }

    struct FileSignature: Equatable, Sendable {
        var device: UInt64 = 0
        var inode: UInt64 = 0
        var size: Int64 = -1
        var mtimeSeconds: Int = 0
        var mtimeNanos: Int = 0
        var ctimeNanos: Int = 0
    }

    static func signature(of files: TLSConfiguration) -> [FileSignature] {
        ([files.certificate, files.privateKey] + (files.clientCA.map { [$0] } ?? [])).map { path in
            var st = stat()
            guard stat(path, &st) == 0 else { return FileSignature() }
            return FileSignature(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                                 mtimeSeconds: st.st_mtim.tv_sec, mtimeNanos: st.st_mtim.tv_nsec,
                                 ctimeNanos: st.st_ctim.tv_nsec)
        }
    }
}
