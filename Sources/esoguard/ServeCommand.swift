import ArgumentParser
import Telemetry
import Transport
import Webhook

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTPS admission webhook.")

    @Option(help: "Address to listen on, HOST:PORT (IPv6 as [ADDR]:PORT; :PORT is every interface, IPv4 and IPv6).")
    var listen: String = "127.0.0.1:8443"

    @Option(name: .customLong("tls-cert"), help: "PEM certificate chain; reloaded when the file changes.")
    var tlsCert: String

    @Option(name: .customLong("tls-key"), help: "PEM private key (RSA or ECDSA) for --tls-cert.")
    var tlsKey: String

    @Option(name: .customLong("client-ca"), help: "PEM CA bundle; when set, clients must present a certificate it signed.")
    var clientCA: String?

    @Option(name: .customLong("tls-min-version"), help: "Lowest TLS version accepted: 1.2 or 1.3 (also VersionTLS12, VersionTLS13).")
    var tlsMinVersion: String = "1.2"

    @Option(name: .customLong("tls-ciphers"),
            help: "TLS 1.2 suites allowed, comma-separated IANA names as ESO's webhook takes them (default: Mozilla's six intermediate suites, which this can only narrow; TLS 1.3 suites are fixed).")
    var tlsCiphers: String?

    @Option(help: "Directory of policies to enforce.")
    var policies: String = "policies/baseline"

    @Option(name: .customLong("log-format"), help: "Log format: json or text.")
    var logFormat: String = "json"

    @Option(name: .customLong("log-level"), help: "Log level: debug, info, warning or error.")
    var logLevel: String = "info"

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted (413 above).")
    var maxBodyBytes: Int = 3 * 1024 * 1024

    @Option(name: .customLong("max-header-bytes"), help: "Largest request head accepted (431 above).")
    var maxHeaderBytes: Int = 16 * 1024

    @Option(name: .customLong("max-connections"), help: "Open connections at most: a new one over it makes room by closing those that waited longest on their clients, or is closed at once (lowered, with a warning, to what the open-file limit allows).")
    var maxConnections: Int = 4096

    @Option(name: .customLong("max-buffered-bytes"),
            help: "Request bytes all connections together may hold while they arrive, shared out among the event loops (over a loop's share, 503 for the requests arriving longest there; a request that arrives in one read is answered before it counts).")
    var maxBufferedBytes: Int = 16 * 1024 * 1024

    @Option(name: .customLong("handshake-timeout"), help: "Seconds to complete the TLS handshake.")
    var handshakeTimeout: Double = 10

    @Option(name: .customLong("header-timeout"), help: "Seconds from a request's first byte to the end of its headers (408).")
    var headerTimeout: Double = 10

    @Option(name: .customLong("body-timeout"), help: "Seconds to receive a request body after its headers (408).")
    var bodyTimeout: Double = 30

    @Option(name: .customLong("write-timeout"), help: "Seconds a response may wait for a client that stopped reading.")
    var writeTimeout: Double = 30

    @Option(name: .customLong("idle-timeout"), help: "Seconds a keep-alive connection may idle between requests.")
    var idleTimeout: Double = 120

    @Option(name: .customLong("shutdown-grace"), help: "Seconds in-flight requests get to finish after SIGTERM.")
    var shutdownGrace: Double = 10

    @Option(name: .customLong("threads"), help: "Event-loop threads (default: one per CPU the process may use, lowered to its cgroup CPU quota).")
    var threads: Int?

    func validate() throws {
        guard ListenAddress(parsing: listen) != nil else { throw ValidationError("--listen: expected HOST:PORT with a port from 1 to 65535 (IPv6 as [::1]:8443), got \(listen)") }
        guard TLSVersion(parsing: tlsMinVersion) != nil else {
            throw ValidationError("--tls-min-version: expected 1.2 or 1.3 (or VersionTLS12, VersionTLS13), got \(tlsMinVersion)")
        }
        if let tlsCiphers, case .failure(let error) = TLSCipherSuite.parseList(tlsCiphers) {
            throw ValidationError(error.message)
        }
        guard LogFormat(rawValue: logFormat) != nil else { throw ValidationError("--log-format: expected json or text") }
        guard LogLevel(rawValue: logLevel) != nil else { throw ValidationError("--log-level: expected debug, info, warning or error") }
        guard maxBodyBytes > 0, maxHeaderBytes >= 1024, maxConnections > 0 else {
            throw ValidationError("limits must be positive (--max-header-bytes at least 1024)")
        }
        guard maxBufferedBytes >= maxBodyBytes else {
            throw ValidationError("--max-buffered-bytes (\(maxBufferedBytes)) must be at least --max-body-bytes (\(maxBodyBytes)), or no request of the largest size could arrive")
        }
        guard [handshakeTimeout, headerTimeout, bodyTimeout, writeTimeout, idleTimeout, shutdownGrace].allSatisfy({ $0 > 0 }) else {
            throw ValidationError("timeouts must be positive")
        }
    }

    func run() throws {
        let logger = Logger(label: "esoguard", level: LogLevel(rawValue: logLevel) ?? .info,
                            format: LogFormat(rawValue: logFormat) ?? .json)
        guard let address = ListenAddress(parsing: listen) else { throw ValidationError("--listen: expected HOST:PORT") }
        var limits = HTTPLimits()
        limits.maxBodyBytes = maxBodyBytes
        limits.maxHeaderBytes = maxHeaderBytes
        limits.maxConnections = maxConnections
        limits.maxBufferedBytes = maxBufferedBytes
        limits.handshakeTimeout = handshakeTimeout
        limits.headerTimeout = headerTimeout
        limits.bodyTimeout = bodyTimeout
        limits.writeTimeout = writeTimeout
        limits.idleTimeout = idleTimeout
        let configuration = WebhookConfiguration(
            listen: address, tls: TLSConfiguration(certificate: tlsCert, privateKey: tlsKey, clientCA: clientCA,
                                                  minimumVersion: TLSVersion(parsing: tlsMinVersion) ?? .tls12,
                                                  cipherSuites: tlsCiphers.flatMap { try? TLSCipherSuite.parseList($0).get() } ?? TLSCipherSuite.allCases),
            limits: limits, shutdownGrace: shutdownGrace, loops: threads)
        let metrics = MetricsRegistry()
        metrics.gauge("esoguard_build_info", help: "Always 1; the version label says which esoguard is running.",
                      labels: ["version"]).set(1, [Esoguard.configuration.version])
        let responder: any AdmissionResponder = PolicyAdmissionResponder(policyDirectory: policies, metrics: metrics, logger: logger)
        do {
            try WebhookServer.run(configuration, responder: responder, logger: logger, metrics: metrics)
        } catch {
            logger.error("cannot serve", ["error": "\(error)"])
            throw ExitCode(1)
        }
    }
}
