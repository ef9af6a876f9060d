import COpenSSL
import Glibc

/// One client connection, owned by exactly one event loop thread.
///
/// Its state is `@exclusivity(unchecked)`: only the owning loop's thread touches it and
/// never through overlapping accesses, so the runtime's dynamic exclusivity checks (about
/// twenty per request, ~1.5k instructions) would guard nothing.
final class Connection {
    enum Phase {
        /// Waiting for the first byte, to tell TLS from plain HTTP.
        case sniffing
        case handshake
        case open
        /// Plain HTTP on the TLS port: writing the clear-text 400.
        case rejectingPlainHTTP
        /// Response sent, write side shut: draining input so the peer reads our
        /// last response instead of a reset.
        case lingering
    }

    let fd: Int32
    let ssl: OpaquePointer
    let peer: sockaddr_storage
    @exclusivity(unchecked) var phase: Phase = .sniffing
    @exclusivity(unchecked) var parser: RequestParser
    @exclusivity(unchecked) var input: [UInt8] = []
    @exclusivity(unchecked) var inputStart = 0
    @exclusivity(unchecked) var output: [UInt8] = []
    @exclusivity(unchecked) var outputStart = 0
    /// Close once `output` drains (error, `Connection: close`, shutdown).
    @exclusivity(unchecked) var closeAfterWrite = false
    /// In its loop's list of answers to write at the end of the turn (once, however often
    /// the loop serves it in that turn).
    @exclusivity(unchecked) var heldForWrite = false
    /// In its loop's list of connections to serve next turn: answered, with more input to serve
    /// (pipelined requests, or records OpenSSL read ahead).
    @exclusivity(unchecked) var servedNextTurn = false
    /// Bytes of the next request have arrived (so shutdown must let it finish).
    @exclusivity(unchecked) var requestInProgress = false
    /// When the request now arriving started to (its first byte, or the end of the answer
    /// before it when pipelined): over `--max-buffered-bytes`, the oldest is refused.
    @exclusivity(unchecked) var requestStartedAt: UInt64 = 0
    /// Its bytes counted in the server's `bufferedBytes` (0 while it holds a small request).
    @exclusivity(unchecked) var bufferedCounted = 0
    /// When the current phase times out (monotonic ns).
    @exclusivity(unchecked) var deadline: UInt64
    /// Set while `output` is blocked on a full socket.
    @exclusivity(unchecked) var writeDeadline: UInt64 = 0
    /// The epoll events currently registered.
    @exclusivity(unchecked) var interest: UInt32 = 0
    /// When the request now being read completed its head (for latency).
    @exclusivity(unchecked) var lastRead: UInt64 = 0
    /// When it was accepted, last had a request answered, or began its current request: at the
    /// connection limit, the connections that have waited longest on their clients make room (see
    /// `isEvictable`). A request's first byte counts once: a client dribbling it cannot refresh it.
    @exclusivity(unchecked) var lastProgress: UInt64
    @exclusivity(unchecked) private var remoteText: String?

    init(fd: Int32, ssl: OpaquePointer, peer: sockaddr_storage, limits: HTTPLimits, acceptedAt: UInt64, deadline: UInt64) {
        self.fd = fd
        self.ssl = ssl
        self.peer = peer
        self.parser = RequestParser(limits: limits)
        self.deadline = deadline
        self.lastProgress = acceptedAt
    }

    var remoteAddress: String {
        if let remoteText { return remoteText }
        let text = ListenSocket.describe(peer)
        remoteText = text
        return text
    }

    var hasPendingOutput: Bool { outputStart < output.count }

    /// What it waits for, as `esoguard_connection_states` reports it (nginx's status page
    /// counts reading, writing and waiting the same way).
    enum State: Int, CaseIterable {
        /// The first byte or the TLS handshake (nothing known of the client yet).
        case handshake
        /// A request's head or body, or the next pipelined request being served.
        case reading
        /// The next request on a kept-alive connection.
        case idle
        /// The client to read our answers (or the end of the loop's turn to write them).
        case writing
        /// The client's close, after our last answer (or the plain-HTTP rejection).
        case closing

        var label: String {
            switch self {
            case .handshake: "handshake"
            case .reading: "reading"
            case .idle: "idle"
            case .writing: "writing"
            case .closing: "closing"
            }
        }
    }

    /// Idle between requests: nothing buffered either way (what shutdown closes at once).
    var isIdle: Bool { state == .idle }

    var state: State {
        switch phase {
        case .sniffing, .handshake: return .handshake
        case .rejectingPlainHTTP, .lingering: return .closing
        case .open:
            if hasPendingOutput || heldForWrite { return .writing }
            return requestInProgress || servedNextTurn || inputStart < input.count ? .reading : .idle
        }
    }

    /// Waiting on its client (a handshake, a request's head or body, the next request, or the
    /// peer's close), not on us: closing it loses no answer. One with an answer to write, or
    /// pipelined requests to answer, is not.
    var isEvictable: Bool { !hasPendingOutput && !heldForWrite && !servedNextTurn }

    /// Closed first to make room: it has not finished its handshake (nothing known of its
    /// client; with `--client-ca`, not yet the API server), or it is already closing.
    var isUnestablished: Bool { phase != .open }

    /// True when it goes before `other` when making room: unestablished first, then the one
    /// that has waited longest on its client.
    func evictedBefore(_ other: Connection) -> Bool {
        if isUnestablished != other.isUnestablished { return isUnestablished }
        return lastProgress < other.lastProgress
    }

    deinit { SSL_free(ssl) }
}
