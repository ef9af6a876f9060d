import Glibc
import Platform
import Telemetry
import Transport

/// Everything `esoguard serve` configures.
public struct WebhookConfiguration: Sendable {
    public var listen: ListenAddress
    public var tls: TLSConfiguration
    public var limits: HTTPLimits
    public var shutdownGrace: Double
    public var reloadInterval: Double
    public var loops: Int?

    public init(listen: ListenAddress, tls: TLSConfiguration, limits: HTTPLimits = HTTPLimits(), shutdownGrace: Double = 10,
                reloadInterval: Double = 1, loops: Int? = nil) {
        self.listen = listen
        self.tls = tls
        self.limits = limits
        self.shutdownGrace = shutdownGrace
        self.reloadInterval = reloadInterval
        self.loops = loops
    }
}

/// Wires certificates, the HTTP server and the app; runs until SIGTERM/SIGINT (SIGHUP reloads).
public enum WebhookServer {
    public static func run(_ configuration: WebhookConfiguration, responder: any AdmissionResponder,
                           logger: Logger, metrics: MetricsRegistry = MetricsRegistry()) throws {
        let started = monotonicSeconds()
        // Only `sigwait` below takes the stop and reload signals (threads block them as they start).
        ControlSignals.block()
        var signals = ControlSignals.set

        ProcessMetrics.register(in: metrics)
        let readiness = Readiness()
        let certificates = try CertificateReloader(files: configuration.tls, logger: logger.with(label: "tls"),
                                                   metrics: metrics)
        readiness.setCertificates(certificates)
        let app = WebhookApp(responder: responder, readiness: readiness, metrics: metrics)
        let cpus = CPUBudget.current()
        let loops = max(1, configuration.loops ?? cpus.count)
        let limits = try connectionLimits(configuration.limits, loops: loops, logger: logger)
        let serverConfiguration = HTTPServerConfiguration(listen: configuration.listen, limits: limits, loops: loops,
                                                          shutdownGrace: configuration.shutdownGrace)
        let server = try HTTPServer(
            configuration: serverConfiguration,
            certificates: certificates, handler: app, logger: logger.with(label: "http"), metrics: metrics)
        server.start()
        certificates.startWatching(interval: configuration.reloadInterval)
        logger.info("serving", ["listen": configuration.listen.description,
                                "mutualTLS": configuration.tls.clientCA == nil ? "off" : "on",
                                "tls_min_version": configuration.tls.minimumVersion.rawValue,
                                "tls_ciphers": configuration.tls.cipherSuites == TLSCipherSuite.allCases
                                    ? "default" : configuration.tls.cipherSuites.map(\.rawValue).joined(separator: ","),
                                "event_loops": String(serverConfiguration.loops), "cpus": cpus.description,
                                "max_connections": String(limits.maxConnections),
                                "startup_ms": String(Int((monotonicSeconds() - started) * 1000))])

        var received: Int32 = 0
        while true {
            guard sigwait(&signals, &received) == 0 else { continue }
            guard received == SIGHUP else { break }
            // SIGHUP reloads at once (as nginx and most daemons do) instead of ending the process.
            logger.info("reload requested", ["signal": "SIGHUP"])
            certificates.poll(force: true)
            responder.reload()
        }
        logger.info("shutting down", ["signal": received == SIGTERM ? "SIGTERM" : "SIGINT",
                                      "grace_seconds": String(configuration.shutdownGrace)])
        readiness.setShuttingDown()
        server.shutdown()
        forceExitOnSecondSignal(logger: logger, grace: configuration.shutdownGrace)
        server.wait()
        certificates.stop()
        logger.info("stopped")
    }

    /// A second SIGTERM or SIGINT during the grace ends the process at once (as a second
    /// Ctrl-C does in most servers), without waiting for the requests still in flight. So does
    /// the grace running out by a second while a loop is still busy judging a review (the
    /// loops only look at the clock between requests).
    static func forceExitOnSecondSignal(logger: Logger, grace: Double) {
        let watcher = try? startBackgroundThread {
            var stop = sigset_t()
            sigemptyset(&stop)
            sigaddset(&stop, SIGTERM)
            sigaddset(&stop, SIGINT)
            let allowed = max(0, grace) + 1
            var timeout = timespec(tv_sec: Int(allowed), tv_nsec: Int((allowed - allowed.rounded(.down)) * 1e9))
            var received: Int32 = -1
            while received < 0 {
                received = sigtimedwait(&stop, nil, &timeout)
                if received < 0 && errno == EAGAIN {
                    logger.warning("shutdown grace exceeded: stopping now, with requests still in flight",
                                   ["grace_seconds": String(grace)])
                    _exit(1)
                }
            }
            logger.warning("second signal: stopping now, without waiting for requests in flight",
                           ["signal": received == SIGTERM ? "SIGTERM" : "SIGINT"])
            _exit(128 + received)
        }
        if let watcher { pthread_detach(watcher) }
    }

    /// `limits` with `maxConnections` lowered to what the open-file limit leaves room for
    /// (see `FileDescriptorBudget`), which raises the soft limit first.
    static func connectionLimits(_ limits: HTTPLimits, loops: Int, logger: Logger) throws -> HTTPLimits {
        let files = FileDescriptorBudget.current(loops: loops, perLoop: HTTPServer.descriptorsPerLoop)
        let allowed = files.connections(requested: limits.maxConnections)
        guard allowed > 0 else {
            throw TransportError("the open-file limit (\(files.limit)) leaves no descriptors for connections "
                                 + "(\(files.reserved) are needed otherwise); raise it with ulimit -n or the container runtime's RLIMIT_NOFILE")
        }
        var limits = limits
        if allowed < limits.maxConnections {
            logger.warning("the open-file limit lowers the connection limit; raise it to serve --max-connections",
                           ["open_file_limit": String(files.limit), "max_connections": String(allowed),
                            "max_connections_requested": String(limits.maxConnections)])
            limits.maxConnections = allowed
        }
        return limits
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
