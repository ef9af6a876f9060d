import Glibc
import Platform
import Synchronization
import Telemetry

public struct HTTPServerConfiguration: Sendable {
    public var listen: ListenAddress
    public var limits: HTTPLimits
    /// Event loops (threads); defaults to the CPUs the process can use (`CPUBudget`).
    public var loops: Int
    /// Seconds in-flight requests get to finish after shutdown starts.
    public var shutdownGrace: Double

    public init(listen: ListenAddress, limits: HTTPLimits = HTTPLimits(), loops: Int? = nil, shutdownGrace: Double = 10) {
        self.listen = listen
        self.limits = limits
        self.loops = max(1, loops ?? CPUBudget.current().count)
        self.shutdownGrace = shutdownGrace
    }
}

/// State every loop reads.
final class ServerShared: Sendable {
    let configuration: HTTPServerConfiguration
    let certificates: CertificateReloader
    let handler: any HTTPHandler
    let logger: Logger
    let metrics: ServerMetrics
    let balancer: LoopBalancer
    let openConnections = Atomic<Int>(0)
    let shuttingDown = Atomic<Bool>(false)
    /// Request bytes counted against `maxBufferedBytes` (see `EventLoop.accountBuffered`).
    let bufferedBytes = Atomic<Int>(0)

    init(configuration: HTTPServerConfiguration, certificates: CertificateReloader, handler: any HTTPHandler,
         logger: Logger, metrics: ServerMetrics) throws {
        self.configuration = configuration
        balancer = try LoopBalancer(loops: configuration.loops)
        self.certificates = certificates
        self.handler = handler
        self.logger = logger
        self.metrics = metrics
    }
}

/// An HTTPS/1.1 server: one epoll loop per core over non-blocking OpenSSL.
public final class HTTPServer: Sendable {
    private let shared: ServerShared
    private let loops: [EventLoop]
    private let threads = Mutex<[pthread_t]>([])

    /// Descriptors each event loop holds besides its connections: its duplicate of the
    /// listening socket, its epoll instance and its wake-up eventfd.
    public static let descriptorsPerLoop = 3

    /// Binds the listening sockets (so errors surface here); call `start()` to serve.
    public init(configuration: HTTPServerConfiguration, certificates: CertificateReloader, handler: any HTTPHandler,
                logger: Logger, metrics: MetricsRegistry) throws {
        shared = try ServerShared(configuration: configuration, certificates: certificates, handler: handler,
                                  logger: logger, metrics: ServerMetrics(metrics))
        let shared = shared
        metrics.sampledGauge("esoguard_buffered_request_bytes",
                             help: "Bytes of requests still arriving, all connections together (bounded by --max-buffered-bytes).") {
            Double(shared.bufferedBytes.load(ordering: .relaxed))
        }
        let listenFd = try ListenSocket.open(configuration.listen)
        var loops: [EventLoop] = []
        do {
            for index in 0..<configuration.loops {
                let fd = index == 0 ? listenFd : try ListenSocket.duplicate(listenFd)
                do {
                    loops.append(try EventLoop(listenFd: fd, index: index, shared: shared))
                } catch {
                    if index != 0 { close(fd) }  // listenFd itself is closed below
                    throw error
                }
            }
        } catch {
            if loops.isEmpty { close(listenFd) }  // otherwise loop 0 owns it and closes it
            throw error
        }
        self.loops = loops
    }

    public func start() {
        // A peer closing mid-write must be an error return, not a process-killing SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let started = loops.compactMap { loop in try? startBackgroundThread { loop.run() } }
        threads.withLock { $0 = started }
    }

    public var isShuttingDown: Bool { shared.shuttingDown.load(ordering: .acquiring) }

    public var openConnections: Int { shared.openConnections.load(ordering: .relaxed) }

    /// Stops accepting, lets in-flight requests finish, closes idle keep-alive
    /// connections at once; loops exit when empty or after the grace period.
    public func shutdown() {
        shared.shuttingDown.store(true, ordering: .releasing)
        for loop in loops { loop.wake() }
    }

    /// Blocks until every loop has exited.
    public func wait() {
        let started = threads.withLock { $0 }
        for tid in started { joinThread(tid) }
    }
}
