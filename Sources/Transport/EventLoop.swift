import COpenSSL
import CShims
import Glibc
import Synchronization
import Telemetry

/// One epoll loop on its own thread: accepts from the shared listening socket (handing
/// connections to the least-loaded loop), runs TLS and HTTP for its connections with
/// non-blocking I/O, and calls the handler inline. A slow peer only ever costs a
/// registered fd and a timer.
///
/// Its state, like its connections', is `@exclusivity(unchecked)`: only the loop's own
/// thread touches it (others go through `slot` and `shared`, which are thread-safe).
final class EventLoop: @unchecked Sendable {
    private let epfd: Int32
    @exclusivity(unchecked) private var listenFd: Int32
    private let shared: ServerShared
    private let index: Int
    private let indexLabel: [String]
    private let slot: LoopBalancer.Slot
    @exclusivity(unchecked) private var connections: [Int32: Connection] = [:]
    @exclusivity(unchecked) private var writer = ResponseWriter()
    private let readBuffer: UnsafeMutableRawPointer
    private let readBufferSize = 16 * 1024
    @exclusivity(unchecked) private var now: UInt64 = 0
    @exclusivity(unchecked) private var lastSweep: UInt64 = 0
    @exclusivity(unchecked) private var draining = false
    @exclusivity(unchecked) private var drainDeadline: UInt64 = 0
    /// Connections answered this turn that still hold input (pipelined bytes, or records
    /// OpenSSL read ahead): epoll will not report those, so the next turn serves them.
    @exclusivity(unchecked) private var again: [Connection] = []
    /// Connections answered this turn whose responses are not written yet (see `writeAnswered`).
    @exclusivity(unchecked) private var unflushed: [Connection] = []
    @exclusivity(unchecked) private var unflushedSince: UInt64 = 0
    /// How long an answer may wait for the rest of its turn before the loop writes what it
    /// holds: bounds the latency that batching adds when a turn brings many requests.
    /// 500 µs: on 2 cores with wrk -c32, holds from 100 µs to unbounded measured the same.
    static let writeBatchWindow: UInt64 = 500_000
    /// Hands this loop's CPU to other runnable threads between busy turns.
    @exclusivity(unchecked) private var turnYield = TurnYield()
    /// When accepting stopped for want of a descriptor (0: accepting): the listening socket
    /// stays readable, so the loop would otherwise spin on EMFILE.
    @exclusivity(unchecked) private var acceptPausedUntil: UInt64 = 0
    @exclusivity(unchecked) private var lastDescriptorWarning: UInt64 = 0
    @exclusivity(unchecked) private var lastEvictionWarning: UInt64 = 0
    /// This loop's share of `esoguard_connection_states`, as last published (see `sweepTimeouts`).
    /// Bytes this loop's connections hold of requests still arriving, and this loop's share of
    /// `--max-buffered-bytes`. Each loop refuses only its own connections' requests, so each
    /// keeps to its own share: against one total, a client holding the budget on one loop got
    /// every request arriving on another refused, since there the new request was the oldest.
    @exclusivity(unchecked) private var bufferedHere = 0
    private let bufferLimit: Int
    @exclusivity(unchecked) private var publishedStates = [Int](repeating: 0, count: Connection.State.allCases.count)
    private let stateSeries: [Gauge.Bound]
    /// How long accepting pauses after EMFILE/ENFILE: connections closing free descriptors
    /// meanwhile, and the queued clients wait in the kernel's backlog, as at any full server.
    static let acceptPause: UInt64 = 100_000_000

    /// `listenFd` is this loop's own duplicate of the shared listening socket.
    init(listenFd: Int32, index: Int, shared: ServerShared) throws {
        self.listenFd = listenFd
        self.index = index
        indexLabel = [String(index)]
        self.shared = shared
        stateSeries = Connection.State.allCases.map { shared.metrics.connectionStates.labelled([$0.label]) }
        let limits = shared.configuration.limits
        bufferLimit = Self.bufferShare(limits, loops: shared.configuration.loops)
        slot = shared.balancer.slots[index]
        epfd = esoguard_epoll_create()
        guard epfd >= 0 else { throw TransportError("epoll_create1: \(errnoString())") }
        readBuffer = UnsafeMutableRawPointer.allocate(byteCount: readBufferSize, alignment: 16)
        // Exclusive: a new connection wakes one loop, not all of them.
        register(listenFd, events: ESOGUARD_EPOLLIN | ESOGUARD_EPOLLEXCLUSIVE)
        register(slot.wakeFd, events: ESOGUARD_EPOLLIN)
    }

    deinit {
        readBuffer.deallocate()
        close(epfd)
        if listenFd >= 0 { close(listenFd) }
    }

    /// Asks the loop (from any thread) to look at the shutdown flag.
    func wake() { slot.wake() }

    // MARK: The loop

    func run() {
        var fds = [Int32](repeating: 0, count: 256)
        var events = [UInt32](repeating: 0, count: 256)
        while true {
            var timeout: Int32 = !again.isEmpty ? 0 : draining ? 20 : 250
            if acceptPausedUntil != 0 {
                timeout = min(timeout, Int32(clamping: (acceptPausedUntil &- min(now, acceptPausedUntil)) / 1_000_000 + 1))
            }
            let n = esoguard_epoll_wait(epfd, &fds, &events, 256, timeout)
            now = monotonicNanos()
            if acceptPausedUntil != 0 && now >= acceptPausedUntil { resumeAccepting() }
            if n > 0 {
                for i in 0..<Int(n) {
                    let fd = fds[i]
                    if fd == listenFd {
                        acceptAll()
                    } else if fd == slot.wakeFd {
                        var value: UInt64 = 0
                        _ = read(slot.wakeFd, &value, 8)
                        for accepted in slot.takeInbox() { adopt(accepted) }
                    } else if let connection = connections[fd] {
                        drive(connection)
                        writeAnsweredIfHeldTooLong()
                    }
                }
            }
            let busy = n > 0 || !again.isEmpty
            if !again.isEmpty {
                let waiting = again
                again.removeAll(keepingCapacity: true)
                // One answer per connection per turn: one epoll just served is held for writing,
                // and writeAnswered brings it back if it still has input.
                for c in waiting where connections[c.fd] === c {
                    c.servedNextTurn = false   // each only as it is served: the rest stay exempt from eviction
                    guard !c.heldForWrite else { continue }
                    drive(c)
                    writeAnsweredIfHeldTooLong()
                }
            }
            writeAnswered()
            // A loop with work never blocks: let threads queued on this CPU run (TurnYield).
            turnYield.afterTurn(withWork: busy)
            if !draining && shared.shuttingDown.load(ordering: .acquiring) { beginDrain() }
            if draining {
                closeIdle()
                writeAnswered()   // what closeIdle served, now rather than after the next wait
                if connections.isEmpty || now >= drainDeadline { break }
            }
            if now &- lastSweep >= 200_000_000 {
                lastSweep = now
                sweepTimeouts()
            }
        }
        for connection in Array(connections.values) { closeConnection(connection) }
        for i in publishedStates.indices where publishedStates[i] != 0 { stateSeries[i].add(Double(-publishedStates[i])) }
        // Handed to us after we stopped: close them (the server is going away).
        for accepted in slot.closeInbox() {
            close(accepted.fd)
            slot.load.subtract(1, ordering: .relaxed)
            shared.openConnections.subtract(1, ordering: .relaxed)
        }
    }

    private func beginDrain() {
        draining = true
        drainDeadline = now &+ UInt64(shared.configuration.shutdownGrace * 1e9)
        if listenFd >= 0 {
            _ = esoguard_epoll_ctl(epfd, ESOGUARD_EPOLL_CTL_DEL, listenFd, 0)
            close(listenFd)
            listenFd = -1
        }
        for connection in Array(connections.values) where connection.phase != .open {
            if connection.phase != .lingering { closeConnection(connection) }
        }
    }

    /// During shutdown: idle keep-alive connections close at once (the client then
    /// opens a new one to a live pod instead of sending to a terminating one). One whose next
    /// request has arrived since the last `epoll_wait` is not idle: it is served, and its
    /// answer closes it (closing would drop a request the client has already sent).
    private func closeIdle() {
        for connection in Array(connections.values) where connection.isIdle {
            if hasUnreadInput(connection) { drive(connection) } else { closeWithNotify(connection) }
        }
    }

    /// Bytes waiting for `c`: in OpenSSL's buffer or in the socket (a peek; 0 is the client's close).
    private func hasUnreadInput(_ c: Connection) -> Bool {
        if SSL_has_pending(c.ssl) == 1 { return true }
        var byte: UInt8 = 0
        return recv(c.fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0
    }

    // MARK: Accepting

    private func acceptAll() {
        while listenFd >= 0 {
            var storage = sockaddr_storage()
            var length = UInt32(MemoryLayout<sockaddr_storage>.size)
            let fd = esoguard_accept4(listenFd, &storage, &length)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if errno == EMFILE || errno == ENFILE { pauseAccepting() }
                return
            }
            let open = shared.openConnections.add(1, ordering: .relaxed).newValue
            if open > shared.configuration.limits.maxConnections && evictLongestWaiting() == 0 {
                shared.openConnections.subtract(1, ordering: .relaxed)
                shared.metrics.rejectedConnections.increment()
                close(fd)
                continue
            }
            let accepted = LoopBalancer.Accepted(fd: fd, peer: storage, acceptedAt: monotonicNanos())
            let target = shared.balancer.target(from: index)
            shared.balancer.slots[target].load.add(1, ordering: .relaxed)
            if target != index {
                if shared.balancer.handOff(accepted, to: target) { continue }
                shared.balancer.slots[target].load.subtract(1, ordering: .relaxed)
                slot.load.add(1, ordering: .relaxed)
            }
            adopt(accepted)
        }
    }

    /// At the connection limit: closes this loop's connections that have waited longest on
    /// their clients (see `Connection.isEvictable`), unfinished handshakes first, then oldest
    /// progress first, so that clients holding connections open (unfinished handshakes, dribbled
    /// heads, idle keep-alive) cannot lock out a new one. A batch at a time (1/128 of the limit,
    /// 1 to 32), as nginx reuses keep-alive connections, so that a flood costs one sort per
    /// batch, not one per accept.
    /// Returns how many it closed: 0 when every connection has an answer to write.
    private func evictLongestWaiting() -> Int {
        let limit = shared.configuration.limits.maxConnections
        // Connections other loops handed over are older than this one: they are candidates too
        // (while another loop is accepting as well, they may be most of them).
        for accepted in slot.takeInbox() { adopt(accepted) }
        var candidates: [Connection] = []
        for c in connections.values where c.isEvictable { candidates.append(c) }
        guard !candidates.isEmpty else { return 0 }
        let batch = min(candidates.count, max(1, min(32, limit / 128)))
        candidates.sort { $0.evictedBefore($1) }
        for c in candidates.prefix(batch) { closeWithNotify(c) }
        shared.metrics.evictedConnections.increment(by: Double(batch))
        if onceAMinute(&lastEvictionWarning) {
            // Read now: accept times come from the clock, not from this loop's turn.
            let clock = monotonicNanos()
            let longestWait = candidates.prefix(batch).map { clock &- min(clock, $0.lastProgress) }.max() ?? 0
            shared.logger.warning("connection limit reached: closing the connections that waited longest on their clients (raise --max-connections, or find the client holding them)",
                                  ["max_connections": String(limit), "closed": String(batch),
                                   "longest_wait_ms": String(longestWait / 1_000_000)])
        }
        return batch
    }

    /// Out of descriptors: stops watching the listening socket for `acceptPause`. Logged at
    /// most once a minute per loop; the metric counts every pause.
    private func pauseAccepting() {
        let error = errnoString()
        _ = esoguard_epoll_ctl(epfd, ESOGUARD_EPOLL_CTL_DEL, listenFd, 0)
        acceptPausedUntil = now &+ Self.acceptPause
        shared.metrics.acceptPauses.increment()
        if onceAMinute(&lastDescriptorWarning) {
            shared.logger.error("accept: out of file descriptors; pausing accepts (raise the open-file limit or lower --max-connections)",
                                ["error": error, "pause_ms": String(Self.acceptPause / 1_000_000),
                                 "open_connections": String(shared.openConnections.load(ordering: .relaxed))])
        }
    }

    private func resumeAccepting() {
        acceptPausedUntil = 0
        if listenFd >= 0 { register(listenFd, events: ESOGUARD_EPOLLIN | ESOGUARD_EPOLLEXCLUSIVE) }
    }

    /// Takes over an accepted connection (counted in this loop's load already).
    private func adopt(_ accepted: LoopBalancer.Accepted) {
        let fd = accepted.fd
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        guard let ssl = SSL_new(shared.certificates.current.ctx) else {
            shared.openConnections.subtract(1, ordering: .relaxed)
            slot.load.subtract(1, ordering: .relaxed)
            close(fd)
            return
        }
        SSL_set_fd(ssl, fd)
        SSL_set_accept_state(ssl)
        let connection = Connection(fd: fd, ssl: ssl, peer: accepted.peer, limits: shared.configuration.limits,
                                    acceptedAt: accepted.acceptedAt, deadline: now &+ nanos(shared.configuration.limits.handshakeTimeout))
        connections[fd] = connection
        shared.metrics.openConnections.add(1)
        shared.metrics.loopConnections.add(1, indexLabel)
        connection.interest = ESOGUARD_EPOLLIN
        register(fd, events: connection.interest)
    }

    // MARK: Per-connection state machine

    private func drive(_ c: Connection) {
        switch c.phase {
        case .sniffing:
            var first: UInt8 = 0
            let n = recv(c.fd, &first, 1, Int32(MSG_PEEK))
            if n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) {
                closeConnection(c)
                return
            }
            if n < 0 { return }
            if first != 0x16 {
                // Not a TLS handshake record: most likely plain HTTP. Say so in clear text.
                shared.metrics.handshakeFailures.increment(["plain_http"])
                shared.logger.debug("TLS handshake failed", ["remote": c.remoteAddress, "error": "plain HTTP (or other non-TLS bytes) on the TLS port"])
                c.phase = .rejectingPlainHTTP
                c.output = ResponseWriter.plainHTTPRejection
                c.outputStart = 0
                writeRaw(c)
                return
            }
            c.phase = .handshake
            handshake(c)
        case .handshake:
            handshake(c)
        case .open:
            service(c)
        case .rejectingPlainHTTP:
            writeRaw(c)
        case .lingering:
            linger(c)
        }
    }

    private func handshake(_ c: Connection) {
        clearOpenSSLErrorQueue()
        let r = SSL_do_handshake(c.ssl)
        if r == 1 {
            c.phase = .open
            c.deadline = now &+ nanos(shared.configuration.limits.headerTimeout)
            service(c)
            return
        }
        let code = SSL_get_error(c.ssl, r)
        switch code {
        case SSL_ERROR_WANT_READ: setInterest(c, ESOGUARD_EPOLLIN)
        case SSL_ERROR_WANT_WRITE: setInterest(c, ESOGUARD_EPOLLOUT)
        default:
            // End of stream (a close, which SSL_OP_IGNORE_UNEXPECTED_EOF reports as ZERO_RETURN)
            // or a socket error with nothing from OpenSSL: the client hung up (a TCP probe, a
            // client that gave up), which is not a TLS error worth alerting on.
            let hungUp = code == SSL_ERROR_ZERO_RETURN || (code == SSL_ERROR_SYSCALL && ERR_peek_error() == 0)
            shared.metrics.handshakeFailures.increment([hungUp ? "closed" : "error"])
            if shared.logger.isEnabled(.debug) {
                var fields = ["remote": c.remoteAddress, "error": hungUp ? "the client closed the connection" : openSSLErrors()]
                // A refused client certificate: OpenSSL's error says only "certificate verify
                // failed"; the verification result says why (expired, unknown CA, …).
                let verify = SSL_get_verify_result(c.ssl)
                if verify != X509_V_OK, let reason = X509_verify_cert_error_string(verify) {
                    fields["client_certificate"] = String(cString: reason)
                }
                shared.logger.debug("TLS handshake failed", fields)
            } else {
                ERR_clear_error()
            }
            closeConnection(c)
        }
    }

    /// Reads, parses, answers and writes until the socket would block, or until it has
    /// answered: one turn per connection, so a client that sends its next request at once
    /// cannot keep the loop from the others (their wait is the tail latency).
    private func service(_ c: Connection) {
        var answered = false
        while true {
            if answered {
                // Written with the rest of this turn's answers (writeAnswered).
                if !c.heldForWrite {
                    if unflushed.isEmpty { unflushedSince = monotonicNanos() }
                    c.heldForWrite = true
                    unflushed.append(c)
                }
                return
            }
            if c.hasPendingOutput {
                guard flush(c) else { return }   // blocked: wait for EPOLLOUT
            }
            if c.closeAfterWrite {
                finish(c)
                return
            }
            if c.inputStart < c.input.count, processInput(c) {
                _ = accountBuffered(c)   // pipelined input only shrinks here
                answered = true
                continue
            }
            // Nothing complete buffered: read more.
            clearOpenSSLErrorQueue()
            let n = SSL_read(c.ssl, readBuffer, Int32(readBufferSize))
            if n > 0 {
                if c.inputStart > 0 && c.inputStart == c.input.count {
                    c.input.removeAll(keepingCapacity: c.input.capacity <= HTTPLimits.retainedBufferBytes)
                    c.inputStart = 0
                }
                c.input.append(contentsOf: UnsafeRawBufferPointer(start: readBuffer, count: Int(n)))
                if !c.requestInProgress {
                    c.requestInProgress = true
                    c.requestStartedAt = now
                    c.lastProgress = now
                    c.deadline = now &+ nanos(shared.configuration.limits.headerTimeout)
                }
                c.lastRead = now
                answered = processInput(c)
                if !accountBuffered(c) && !refuseOlderBuffered(than: c) {
                    refuseBuffered(c)
                    answered = true
                }
                continue
            }
            switch SSL_get_error(c.ssl, n) {
            case SSL_ERROR_WANT_READ:
                setInterest(c, ESOGUARD_EPOLLIN)
            case SSL_ERROR_WANT_WRITE:
                setInterest(c, ESOGUARD_EPOLLOUT)
            case SSL_ERROR_ZERO_RETURN:
                // The peer closed (with close_notify, or without: SSL_OP_IGNORE_UNEXPECTED_EOF).
                closeWithNotify(c)
            default:
                // A protocol or socket error: nothing more to say.
                ERR_clear_error()
                closeConnection(c)
            }
            return
        }
    }

    /// Writes the answers held back this turn. A loop that wrote each answer as soon as it
    /// was made would wake the client once per response and, on a busy machine, be
    /// preempted by it mid-turn; writing them together lets the client take several at
    /// once. Measured with wrk on 2 cores: a quarter to a third less CPU per request, for both sides.
    private func writeAnswered() {
        guard !unflushed.isEmpty else { return }
        let answered = unflushed
        unflushed.removeAll(keepingCapacity: true)
        for c in answered where connections[c.fd] === c {
            c.heldForWrite = false
            guard flush(c) else { continue }   // blocked: wait for EPOLLOUT
            if c.closeAfterWrite {
                finish(c)
            } else if c.inputStart < c.input.count || SSL_has_pending(c.ssl) == 1 {
                c.servedNextTurn = true
                again.append(c)   // pipelined or read-ahead input: served next turn
            }
        }
    }

    @inline(__always)
    private func writeAnsweredIfHeldTooLong() {
        if !unflushed.isEmpty && monotonicNanos() &- unflushedSince >= Self.writeBatchWindow { writeAnswered() }
    }

    /// Parses what is buffered; answers the first complete request. Returns true if it
    /// produced output or state that the caller should act on before reading more.
    private func processInput(_ c: Connection) -> Bool {
        if c.inputStart < c.input.count && !c.closeAfterWrite {
            let wasInBody = c.parser.isInBody
            switch c.parser.parse(c.input, start: &c.inputStart) {
            case .needMore:
                if !wasInBody && c.parser.isInBody {
                    c.deadline = now &+ nanos(shared.configuration.limits.bodyTimeout)
                }
                compactInput(c)
                return false
            case .sendContinue:
                if let request = c.parser.headOnly(remoteAddress: c.remoteAddress),
                   let early = shared.handler.answerBeforeBody(request) {
                    answerBeforeBody(c, request, early)
                    return true
                }
                c.deadline = now &+ nanos(shared.configuration.limits.bodyTimeout)
                c.output.append(contentsOf: ResponseWriter.continueLine)
                compactInput(c)
                return true
            case .failure(let status, let reason):
                respondError(c, status: status, reason: reason)
                return true
            case .complete:
                // One answer per call, so one per connection per turn: a client that pipelines
                // hundreds of requests in one record gets the rest answered on later turns,
                // each after the other ready connections, and only once its last answer has
                // been written (service flushes before it parses more), so answers to a client
                // that does not read cannot pile up in memory.
                answer(c)
                compactInput(c)
                return true
            }
        }
        compactInput(c)
        return false
    }

    private func answer(_ c: Connection) {
        guard let (request, head) = c.parser.take(remoteAddress: c.remoteAddress) else { return }
        let started = now
        let response = shared.handler.handle(request)
        let keepAlive = head.keepAlive && !draining
        writer.write(response, close: !keepAlive, keepAliveHTTP10: request.minorVersion == 0,
                     omitBody: request.method == "HEAD", into: &c.output)
        let finished = monotonicNanos()
        c.lastProgress = finished   // the clock, as accept times are (not the turn's)
        record(request, response, c, started: started, finished: finished)
        if !keepAlive { c.closeAfterWrite = true }
        // Next request (pipelined bytes already here) or idle.
        if c.inputStart < c.input.count {
            c.requestStartedAt = finished
            c.deadline = now &+ nanos(shared.configuration.limits.headerTimeout)
        } else {
            c.requestInProgress = false
            c.deadline = now &+ nanos(draining ? 0 : shared.configuration.limits.idleTimeout)
        }
    }

    /// Answers a `100-continue` request from its head alone and closes the connection: its
    /// body was never asked for, so what follows on the connection cannot be parsed.
    private func answerBeforeBody(_ c: Connection, _ request: HTTPRequest, _ response: HTTPResponse) {
        let started = now
        writer.write(response, close: true, keepAliveHTTP10: false, omitBody: request.method == "HEAD", into: &c.output)
        dropRequest(c)
        record(request, response, c, started: started, finished: monotonicNanos())
    }

    /// After a final answer that closes the connection: the request is over unread, so its
    /// input and any chunked body decoded so far go, and none of it counts against
    /// --max-buffered-bytes while the connection lingers.
    private func dropRequest(_ c: Connection) {
        c.closeAfterWrite = true
        c.input.removeAll()
        c.inputStart = 0
        c.parser = RequestParser(limits: shared.configuration.limits)
        _ = accountBuffered(c)
    }

    /// Counts an answered request in its route's series and logs it (debug).
    private func record(_ request: HTTPRequest, _ response: HTTPResponse, _ c: Connection, started: UInt64, finished: UInt64) {
        let series = routeSeries(response.route, response.status)
        series.requests.increment()
        series.latency.observe(Double(finished &- started) / 1e9)
        if shared.logger.isEnabled(.debug) {
            shared.logger.debug("request", ["method": request.method, "path": String(request.path), "status": String(response.status),
                                            "remote": c.remoteAddress, "bytes": String(request.body.count),
                                            "duration_us": String((finished &- started) / 1000)])
        }
    }

    /// The request series of one route and status, bound once per loop: a label lookup per
    /// request (hashing, locking) cost more than the rest of the bookkeeping.
    private struct RouteSeries {
        let route: String
        let status: Int
        let requests: Counter.Bound
        let latency: Histogram.Bound
    }

    @exclusivity(unchecked) private var boundSeries: [RouteSeries] = []

    private func routeSeries(_ route: String, _ status: Int) -> RouteSeries {
        for s in boundSeries where s.status == status && s.route == route { return s }
        let labels = [route, String(status)]
        let s = RouteSeries(route: route, status: status, requests: shared.metrics.requests.labelled(labels),
                            latency: shared.metrics.latency.labelled(labels))
        // Routes and codes are a small fixed set; the bound keeps a surprise from growing it.
        if boundSeries.count < 64 { boundSeries.append(s) }
        return s
    }

    private func respondError(_ c: Connection, status: Int, reason: String, headers: [HTTPHeader] = []) {
        var response = HTTPResponse.text(status, reason + "\n", route: "invalid")
        response.headers = headers
        writer.write(response, close: true, omitBody: false, into: &c.output)
        dropRequest(c)
        shared.metrics.requests.increment(["invalid", String(status)])
        shared.logger.debug("rejected request", ["status": String(status), "reason": reason, "remote": c.remoteAddress])
    }

    /// Over `--max-buffered-bytes` because of `c`: refuses the requests on this loop that have
    /// been arriving longer than `c`'s, oldest first, until the total fits. A client that sends
    /// most of a large body and then waits (or dribbles) so cannot hold the budget against newer
    /// requests; a request that is itself the oldest is refused instead (false).
    private func refuseOlderBuffered(than c: Connection) -> Bool {
        var older: [Connection] = []
        for o in connections.values
        where o !== c && o.bufferedCounted > 0 && o.isEvictable && !o.closeAfterWrite
            && o.requestStartedAt < c.requestStartedAt {
            older.append(o)
        }
        older.sort { $0.requestStartedAt < $1.requestStartedAt }
        for o in older where bufferedHere > bufferLimit {
            refuseBuffered(o)
            service(o)   // writes the 503 (c's goes out with the caller's turn)
        }
        return bufferedHere <= bufferLimit
    }

    /// A loop's share of `--max-buffered-bytes`, but room for one request of the largest size
    /// at least (head and body), so a largest request can always arrive.
    static func bufferShare(_ limits: HTTPLimits, loops: Int) -> Int {
        max(limits.maxBufferedBytes / max(1, loops), limits.maxBodyBytes + limits.maxHeaderBytes)
    }

    /// Answers `c`'s arriving request with 503 and stops counting its bytes.
    private func refuseBuffered(_ c: Connection) {
        shared.metrics.bufferRefusals.increment()
        // Retry-After 1: a hint for clients that retry (the API server does not); the budget
        // frees as the requests holding it complete or time out.
        respondError(c, status: 503, reason: "server busy: too many request bytes arriving at once (--max-buffered-bytes); retry",
                     headers: [HTTPHeader(name: "Retry-After", value: "1")])
    }

    /// Counts what `c` holds of requests still arriving against `maxBufferedBytes`; false
    /// when it grew and the total is now over. A request that arrived whole has been answered
    /// by now and holds nothing, so the common case never touches the shared counter.
    private func accountBuffered(_ c: Connection) -> Bool {
        let counted = c.input.count + c.parser.bufferedBodyBytes
        let delta = counted - c.bufferedCounted
        guard delta != 0 else { return true }
        c.bufferedCounted = counted
        bufferedHere += delta
        shared.bufferedBytes.add(delta, ordering: .relaxed)   // the gauge, all loops together
        return delta < 0 || bufferedHere <= bufferLimit
    }

    private func compactInput(_ c: Connection) {
        if c.inputStart >= c.input.count {
            c.input.removeAll(keepingCapacity: c.input.capacity <= HTTPLimits.retainedBufferBytes)
            c.inputStart = 0
        } else if c.inputStart > 32 * 1024 {
            c.input.removeFirst(c.inputStart)
            c.inputStart = 0
        }
    }

    /// Writes pending output. Returns true when it all went out.
    private func flush(_ c: Connection) -> Bool {
        while c.outputStart < c.output.count {
            clearOpenSSLErrorQueue()
            let count = c.output.count - c.outputStart
            let n = c.output.withUnsafeBytes { raw in
                SSL_write(c.ssl, raw.baseAddress.map { $0 + c.outputStart }, Int32(min(count, Int(Int32.max))))
            }
            if n > 0 {
                c.outputStart += Int(n)
                continue
            }
            switch SSL_get_error(c.ssl, n) {
            case SSL_ERROR_WANT_WRITE:
                if c.writeDeadline == 0 { c.writeDeadline = now &+ nanos(shared.configuration.limits.writeTimeout) }
                setInterest(c, ESOGUARD_EPOLLOUT)
            case SSL_ERROR_WANT_READ:
                setInterest(c, ESOGUARD_EPOLLIN)
            default:
                ERR_clear_error()
                closeConnection(c)
            }
            return false
        }
        c.writeDeadline = 0
        if c.output.capacity > HTTPLimits.retainedBufferBytes { c.output = [] } else { c.output.removeAll(keepingCapacity: true) }
        c.outputStart = 0
        return true
    }

    /// After the last response: close_notify, half-close, then drain briefly.
    private func finish(_ c: Connection) {
        clearOpenSSLErrorQueue()
        _ = SSL_shutdown(c.ssl)
        ERR_clear_error()
        shutdown(c.fd, Int32(SHUT_WR))
        c.phase = .lingering
        c.deadline = now &+ 2_000_000_000
        setInterest(c, ESOGUARD_EPOLLIN)
        linger(c)
    }

    private func linger(_ c: Connection) {
        while true {
            let n = recv(c.fd, readBuffer, readBufferSize, 0)
            if n > 0 { continue }
            if n < 0 && (errno == EAGAIN || errno == EINTR) { return }
            closeConnection(c)
            return
        }
    }

    /// Writes `output` with plain `send` (the plain-HTTP rejection), then lingers.
    private func writeRaw(_ c: Connection) {
        while c.outputStart < c.output.count {
            let n = c.output.withUnsafeBytes { raw in
                send(c.fd, raw.baseAddress.map { $0 + c.outputStart }, c.output.count - c.outputStart, Int32(MSG_NOSIGNAL))
            }
            if n > 0 { c.outputStart += n; continue }
            if n < 0 && (errno == EAGAIN || errno == EINTR) {
                setInterest(c, ESOGUARD_EPOLLOUT)
                return
            }
            closeConnection(c)
            return
        }
        shutdown(c.fd, Int32(SHUT_WR))
        c.phase = .lingering
        c.deadline = now &+ 2_000_000_000
        setInterest(c, ESOGUARD_EPOLLIN)
        linger(c)
    }

    // MARK: Timeouts

    /// Closes what timed out, and publishes this loop's connections by state: the sweep visits
    /// every connection anyway, so counting them there costs the request path nothing.
    private func sweepTimeouts() {
        for c in Array(connections.values) {
            if c.writeDeadline != 0 && now >= c.writeDeadline {
                shared.logger.debug("closing a connection whose client stopped reading its responses",
                                    ["remote": c.remoteAddress, "unsent_bytes": String(c.output.count - c.outputStart)])
                closeConnection(c)
                continue
            }
            guard now >= c.deadline, !c.hasPendingOutput else { continue }
            switch c.phase {
            case .sniffing, .handshake:
                shared.metrics.handshakeFailures.increment(["timeout"])
                shared.logger.debug("TLS handshake failed", ["remote": c.remoteAddress, "error": "not completed within --handshake-timeout"])
                closeConnection(c)
            case .open where c.requestInProgress:
                // Slow headers or body: tell the client, then close.
                respondError(c, status: 408, reason: "request not received in time")
                service(c)
            case .open, .rejectingPlainHTTP, .lingering:
                closeConnection(c)
            }
        }
        var states = [Int](repeating: 0, count: Connection.State.allCases.count)
        for c in connections.values { states[c.state.rawValue] += 1 }
        for i in states.indices where states[i] != publishedStates[i] {
            stateSeries[i].add(Double(states[i] - publishedStates[i]))
        }
        publishedStates = states
    }

    // MARK: Plumbing

    private func closeConnection(_ c: Connection) {
        guard connections.removeValue(forKey: c.fd) != nil else { return }
        // A connection closed before we sent close_notify (the peer hung up first, or went
        // idle) would make SSL_free drop its session from the cache, and the peer's next
        // handshake could not resume by session id. Since TLS 1.1 an unclean close no longer
        // taints a session; fatal alerts still do (OpenSSL drops those sessions itself).
        if SSL_is_init_finished(c.ssl) == 1 { SSL_set_shutdown(c.ssl, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN) }
        _ = esoguard_epoll_ctl(epfd, ESOGUARD_EPOLL_CTL_DEL, c.fd, 0)
        close(c.fd)
        if c.bufferedCounted != 0 {
            bufferedHere -= c.bufferedCounted
            shared.bufferedBytes.subtract(c.bufferedCounted, ordering: .relaxed)
        }
        shared.openConnections.subtract(1, ordering: .relaxed)
        slot.load.subtract(1, ordering: .relaxed)
        shared.metrics.openConnections.add(-1)
        shared.metrics.loopConnections.add(-1, indexLabel)
    }

    /// Closes `c`, sending close_notify first when its handshake is done (best effort): a client
    /// that waits for it, or that is between requests, then sees a clean close.
    private func closeWithNotify(_ c: Connection) {
        if c.phase == .open {
            clearOpenSSLErrorQueue()
            _ = SSL_shutdown(c.ssl)
            ERR_clear_error()
        }
        closeConnection(c)
    }

    /// True at most once a minute for the warning whose last time `last` holds (the loop's log
    /// lines about a condition that lasts: running out of descriptors, the connection limit).
    private func onceAMinute(_ last: inout UInt64) -> Bool {
        guard last == 0 || now &- last >= 60_000_000_000 else { return false }
        last = now
        return true
    }

    private func setInterest(_ c: Connection, _ events: UInt32) {
        guard c.interest != events, connections[c.fd] != nil else { return }
        c.interest = events
        _ = esoguard_epoll_ctl(epfd, ESOGUARD_EPOLL_CTL_MOD, c.fd, events)
    }

    private func register(_ fd: Int32, events: UInt32) {
        _ = esoguard_epoll_ctl(epfd, ESOGUARD_EPOLL_CTL_ADD, fd, events)
    }

    private func nanos(_ seconds: Double) -> UInt64 { UInt64(max(0, seconds) * 1e9) }
}
