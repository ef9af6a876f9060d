/// Sizes and timeouts that bound what one client can cost the server.
public struct HTTPLimits: Sendable, Hashable {
    /// Request line plus all header fields (→ 431; a request line alone over this → 414).
    public var maxHeaderBytes: Int = 16 * 1024
    public var maxHeaderCount: Int = 100
    /// Body after de-chunking (→ 413). An AdmissionReview carries object and oldObject.
    public var maxBodyBytes: Int = 3 * 1024 * 1024
    /// Seconds to finish the TLS handshake.
    public var handshakeTimeout: Double = 10
    /// Seconds from a request's first byte to the end of its headers (slowloris → 408).
    public var headerTimeout: Double = 10
    /// Seconds from the end of the headers to the end of the body (→ 408).
    public var bodyTimeout: Double = 30
    /// Seconds a response may take to drain to a client that stopped reading.
    public var writeTimeout: Double = 30
    /// Seconds a keep-alive connection may sit idle between requests. Longer than
    /// the API server's 90 s idle timeout so the client, not us, closes idle
    /// connections (avoids the race where we close as it reuses).
    public var idleTimeout: Double = 120
    /// Open connections at most. A new one over it makes room by closing connections that
    /// waited longest on their clients, or is closed at once (`EventLoop.evictLongestWaiting`).
    public var maxConnections: Int = 4096
    /// Bytes that requests still arriving may hold, all connections together, shared out
    /// among the event loops (→ 503 for the requests arriving longest on the loop that went
    /// over its share, `EventLoop.refuseOlderBuffered`). Without it, a few dozen
    /// clients each sending most of a `maxBodyBytes` body slowly, or thousands each sending
    /// part of a small one, would hold more memory than the pod may use. A request that
    /// arrives in one read is answered before it is counted, so the usual ones never touch it.
    public var maxBufferedBytes: Int = 16 * 1024 * 1024
    /// Capacity a connection's input and output buffers keep between requests: larger ones
    /// are freed, so an idle connection costs what it holds, not its largest request.
    public static let retainedBufferBytes = 16 * 1024

    public init() {}
}
