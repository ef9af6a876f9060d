import Foundation
import Testing
import TestSupport
import Transport

/// Exact bytes over TLS and plain TCP against `esoguard serve`.
@Suite struct ServerRawTests {
    @Test func pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        #expect(client.alpn == "http/1.1")
        let three = post("/validate", body: sampleReview) + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
            + "GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        try client.write(three)
        let responses = parseResponses(try client.readToEnd())
        #expect(responses.map(\.status) == [200, 200, 200])
        #expect(responses.first?.body.contains("705ab4f5") == true)
        #expect(responses.last?.headers["connection"] == "close")
    }

    /// HTTP/1.0 keeps a connection only when both sides say `Connection: keep-alive`; without
    /// it the answer closes the connection.
    @Test func http10KeepAliveIsAnnounced() throws {
        let server = try TestServer.shared()
        let client = try server.client()
        try client.write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let first = parseResponses(try client.readUntilResponse())
        #expect(first.first?.status == 200)
        #expect(first.first?.headers["connection"] == "keep-alive")
        try client.write("GET /healthz HTTP/1.0\r\n\r\n")
        let second = parseResponses(try client.readToEnd())
        #expect(second.first?.status == 200)
        #expect(second.first?.headers["connection"] == "close")
    }

    /// The absolute form of a request target reaches the same route as the origin form.
    @Test func absoluteFormTargetsAreRouted() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.write("POST https://esoguard.esoguard-system.svc:443/validate?timeout=10s HTTP/1.1\r\nHost: x\r\n"
                         + "Content-Type: application/json\r\nContent-Length: \(sampleReview.utf8.count)\r\n\r\n\(sampleReview)"
                         + "GET http://localhost/healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let responses = parseResponses(try client.readToEnd())
        #expect(responses.map(\.status) == [200, 200])
        #expect(responses.first?.body.contains("705ab4f5") == true)
        #expect(responses.last?.body == "ok\n")
    }

    /// Requests in separate TLS records sent back to back: OpenSSL reads them ahead in one
    /// read, and the loop answers one per turn, so epoll never reports the buffered ones —
    /// the loop must come back for them by itself.
    @Test func requestsInSeparateRecordsAreAllAnswered() throws {
        let server = try TestServer(extra: ["--threads", "1"])
        defer { server.stop() }
        let client = try server.client()
        try client.writeRecords((0..<5).map { "GET /healthz?n=\($0) HTTP/1.1\r\nHost: x\r\n\r\n" }
                                + ["GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"])
        let responses = parseResponses(try client.readToEnd())
        #expect(responses.map(\.status) == [200, 200, 200, 200, 200, 200])
        #expect(responses.last?.headers["connection"] == "close")
    }

    /// A loop writes the answers of one turn together, after serving every connection epoll
    /// reported: each must still get its own answer, and one that asked to close must get
    /// its whole answer before the close.
    @Test func answersHeldForOneTurnReachTheirOwnConnections() throws {
        let server = try TestServer(extra: ["--threads", "1"])
        defer { server.stop() }
        let clients = try (0..<40).map { _ in try server.client() }
        // All requests go out before any answer is read, so the loop finds many in one turn.
        for (i, client) in clients.enumerated() {
            let close = i % 4 == 0 ? "Connection: close\r\n" : ""
            try client.write(post("/validate", body: review(uid: "uid-\(i)"), extraHeaders: close))
        }
        for (i, client) in clients.enumerated() {
            let responses = parseResponses(i % 4 == 0 ? try client.readToEnd() : try client.read())
            #expect(responses.count == 1, "connection \(i)")
            #expect(responses.first?.status == 200)
            #expect(responses.first?.body.contains("\"uid\":\"uid-\(i)\"") == true, "connection \(i)")
            #expect(responses.first?.headers["connection"] == (i % 4 == 0 ? "close" : nil))
        }
        // The kept-alive ones still serve a second request.
        try clients[1].write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(parseResponses(try clients[1].read()).first?.status == 200)
    }

    @Test func chunkedBodiesAndExpectContinueWork() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        let bytes = Array(sampleReview.utf8)
        let half = bytes.count / 2
        let chunked = "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + String(half, radix: 16) + "\r\n" + String(decoding: bytes[..<half], as: UTF8.self) + "\r\n"
            + String(bytes.count - half, radix: 16) + ";ext=1\r\n" + String(decoding: bytes[half...], as: UTF8.self) + "\r\n0\r\n\r\n"
        try client.write(chunked)
        let first = parseResponses(try client.read())
        #expect(first.first?.status == 200)
        #expect(first.first?.body.contains("705ab4f5") == true)
        // Expect: 100-continue gets an interim 100 before the body is sent.
        try client.write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: \(bytes.count)\r\n\r\n")
        let interim = String(decoding: try client.read(), as: UTF8.self)
        #expect(interim == "HTTP/1.1 100 Continue\r\n\r\n")
        try client.write(sampleReview)
        #expect(parseResponses(try client.read()).first?.status == 200)
        // curl does the same dance for large bodies.
        let big = review(uid: "big", padding: 200_000)
        let dir = try TempDir("body")
        defer { dir.remove() }
        let file = try dir.write("big.json", big)
        let r = try server.curl(["-v", "-H", "Expect: 100-continue", "-H", "Content-Type: application/json", "--data-binary", "@" + file, server.url + "/validate"])
        #expect(r.stdout.contains("\"uid\":\"big\""))
        #expect(r.stderr.contains("HTTP/1.1 100 Continue"))
    }

    /// A request that asked for `100-continue` and would be refused whatever its body (wrong
    /// route, method or media type) gets the refusal instead of `100 Continue`, and the
    /// connection closes: the client never uploads the body.
    @Test(arguments: [
        ("POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n", 404),
        ("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n", 415),
        ("PUT /mutate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n", 405),
        ("POST /healthz HTTP/1.1\r\nHost: x\r\n", 405),
    ])
    func refusalsComeBeforeTheBodyIsAskedFor(head: String, status: Int) throws {
        let server = try TestServer.shared()
        let client = try server.client()
        try client.write(head + "Expect: 100-continue\r\nContent-Length: 100000\r\n\r\n")
        let responses = parseResponses(try client.readToEnd())
        #expect(responses.map(\.status) == [status])
        #expect(responses.first?.headers["connection"] == "close")
    }

    @Test func curlUploadsNoBodyToAMissingRoute() throws {
        let server = try TestServer.shared()
        let dir = try TempDir("body")
        defer { dir.remove() }
        let file = try dir.write("big.json", review(uid: "big", padding: 200_000))
        let r = try server.curl(["-v", "-o", "/dev/null", "-w", "%{http_code} %{size_upload}", "-H", "Expect: 100-continue",
                                 "-H", "Content-Type: application/json", "--data-binary", "@" + file, server.url + "/nowhere"])
        #expect(r.stdout == "404 0")
        #expect(!r.stderr.contains("100 Continue"))
    }

    @Test(arguments: [
        "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1g\r\nx\r\n0\r\n\r\n",
        "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nx\r\n0\r\n\r\n",
        "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: xchunked\r\nContent-Length: 2\r\n\r\n{}",
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n",
        "GET /healthz HTTP/1.1\nHost: x\n\n",
        "\u{1}\u{2}\u{3} garbage\r\n\r\n",
    ])
    func smugglingShapesGet400AndTheConnectionCloses(text: String) throws {
        let server = try TestServer.shared()
        let client = try server.client()
        try client.write(text)
        let responses = parseResponses(try client.readToEnd())
        // Exactly one answer: the smuggled second request is never served.
        #expect(responses.map(\.status) == [400])
        #expect(responses.first?.headers["connection"] == "close")
    }

    @Test func oversizedHeadersAndBodiesGetClearErrors() throws {
        let server = try TestServer.shared()
        let header = try server.client()
        try header.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 20_000) + "\r\n\r\n")
        #expect(parseResponses(try header.readToEnd()).map(\.status) == [431])
        // Over 3 MiB declared: 413 straight away, before any body is sent.
        let body = try server.client()
        try body.write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(3 * 1024 * 1024 + 1)\r\n\r\n")
        #expect(parseResponses(try body.readToEnd()).map(\.status) == [413])
        // Over 3 MiB chunked, found while reading.
        let chunked = try server.client()
        try chunked.write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        let piece = "100000\r\n" + String(repeating: "a", count: 0x100000) + "\r\n"
        var status: [Int] = []
        for _ in 0..<4 {
            if (try? chunked.write(piece)) == nil { break }
        }
        status = parseResponses((try? chunked.readToEnd()) ?? []).map(\.status)
        #expect(status == [413])
        // Exactly 3 MiB is fine; curl sends it and gets the (400, not JSON) answer from the app.
        let dir = try TempDir("limit")
        defer { dir.remove() }
        let file = try dir.write("max.bin", String(repeating: "a", count: 3 * 1024 * 1024))
        let ok = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", "@" + file, server.url + "/validate"])
        #expect(ok.stdout == "400")
        let tooBig = try dir.write("big.bin", String(repeating: "a", count: 3 * 1024 * 1024 + 1))
        let rejected = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", "@" + tooBig, server.url + "/validate"])
        #expect(rejected.stdout == "413")
    }

    @Test func plainHTTPOnTheTLSPortGetsAClearTextAnswer() throws {
        let server = try TestServer.shared()
        let plain = try PlainConnection(port: server.port)
        plain.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        let reply = String(decoding: try #require(plain.readToEnd()), as: UTF8.self)
        #expect(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(reply.contains("Client sent an HTTP request to an HTTPS server."))
        let curl = try runCommand("curl", ["-sS", "--max-time", "5", "http://127.0.0.1:\(server.port)/healthz"], timeout: 10)
        #expect(curl.stdout.contains("HTTPS server"))
        // Garbage that is not TLS is closed the same way, not left hanging.
        let junk = try PlainConnection(port: server.port)
        junk.write("\u{0}\u{1}\u{2}\u{3}")
        #expect(junk.readToEnd() != nil)
    }

    /// A client that pipelines hundreds of requests in one write gets one answer per turn of
    /// the loop, so a request from another client that arrives meanwhile is answered within a
    /// few turns, not after all of them. (Answering a whole read at once let 460 pipelined
    /// `HEAD /metrics`, 16 KiB, hold the loop for 100-200 ms.)
    @Test func pipelinedRequestsAreAnsweredOnePerTurn() throws {
        let server = try TestServer(extra: ["--threads", "1"])
        defer { server.stop() }
        let other = try server.client()
        let pipelining = try server.client()
        let pipelined = 400   // 14 KiB: one TLS record, one read
        try pipelining.write(String(repeating: "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n", count: pipelined - 1)
                             + "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        try other.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(parseResponses(try other.readUntilResponse()).first?.status == 200)
        let answers = parseResponses(try pipelining.readToEnd(limit: 1 << 24))
        #expect(answers.count == pipelined && answers.allSatisfy { $0.status == 200 })
        // The debug log has one line per request, in the order they were answered.
        let paths = server.process.log.split(separator: "\n").filter { $0.contains(#""msg":"request""#) }
            .compactMap { line in ["/metrics", "/healthz"].first { line.contains(#""path":"\#($0)""#) } }
        let healthz = try #require(paths.firstIndex(of: "/healthz"), "no /healthz in the log")
        let metricsBefore = paths[..<healthz].count { $0 == "/metrics" }
        #expect(metricsBefore < pipelined / 2, "/healthz was answered after \(metricsBefore) of the \(pipelined) pipelined requests")
    }

    /// Every failed handshake is counted by reason and, at debug level, logged with one line:
    /// plain HTTP, a client that hangs up mid-handshake (`closed`, told apart from TLS errors:
    /// TCP probes do it), and a TLS error.
    @Test func failedHandshakesAreCountedAndLoggedByReason() throws {
        let server = try TestServer()
        defer { server.stop() }
        PlainConnection.once(port: server.port) { $0.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); _ = $0.readToEnd() }
        PlainConnection.once(port: server.port) { $0.write("\u{16}\u{3}\u{1}\u{0}\u{40}") }   // the start of a ClientHello, then gone
        _ = try runCommand("openssl", ["s_client", "-connect", "127.0.0.1:\(server.port)", "-tls1_1"], stdin: "", timeout: 10)
        var metrics = ""
        for _ in 0..<50 where !metrics.contains(#"reason="closed""#) {
            usleep(100_000)
            metrics = try server.curl([server.url + "/metrics"]).stdout
        }
        for reason in ["plain_http", "closed", "error"] {
            #expect(metrics.contains(#"esoguard_tls_handshake_failures_total{reason="\#(reason)"} 1"#), "\(reason)")
        }
        let failures = server.process.log.split(separator: "\n").filter { $0.contains(#""msg":"TLS handshake failed""#) }
        #expect(failures.count == 3, "\(failures)")
        #expect(failures.contains { $0.contains("plain HTTP") })
        #expect(failures.contains { $0.contains("the client closed the connection") })
        #expect(failures.contains { $0.contains("unsupported protocol") || $0.contains("version") })
    }

    /// The other slow client: it pipelines requests and never reads the answers. The server
    /// stops reading from it once its answers back up (a bounded buffer), serves everyone else
    /// meanwhile, and closes it after --write-timeout.
    @Test func aClientThatStopsReadingIsClosedAfterTheWriteTimeout() throws {
        let server = try TestServer(extra: ["--write-timeout", "5"])
        defer { server.stop() }
        let stalled = try server.client(timeout: 1)
        let sent = stalled.pipelineUntilBlocked()
        // The server's clock started when its first answer did not fit, at least the 1 s send
        // timeout ago: it has under 4 s left.
        let blocked = Date()
        #expect(sent < 2_000_000, "the server kept reading from a client that does not read")
        #expect(try server.curl([server.url + "/healthz"]).stdout == "ok\n")
        func openConnections() throws -> Int? {
            try server.curl([server.url + "/metrics"]).stdout.split(separator: "\n")
                .first { $0.hasPrefix("esoguard_open_connections ") }.flatMap { Int($0.split(separator: " ")[1]) }
        }
        let before = try openConnections()
        if elapsed(since: blocked) < 2.5 {   // surely before the timeout, even on a loaded machine
            #expect(before == 2)   // the stalled client and this scrape
            // Counted as waiting for its client to read (the loops count every 200 ms).
            let writing = try server.curl([server.url + "/metrics"]).stdout.split(separator: "\n")
                .first { $0.hasPrefix("esoguard_connection_states{state=\"writing\"} ") }
            #expect(writing?.hasSuffix(" 1") == true, "\(String(describing: writing))")
        }
        var closed = false
        for _ in 0..<100 where !closed {
            usleep(100_000)
            closed = server.process.log.contains("stopped reading its responses")
        }
        #expect(closed, "no write-timeout close in the log")
        #expect(try openConnections() == 1)
        withExtendedLifetime(stalled) {}
    }

    @Test func slowlorisConnectionsDoNotStarveARealRequest() throws {
        let server = try TestServer(extra: ["--header-timeout", "4", "--handshake-timeout", "2"])
        defer { server.stop() }
        // 100 TCP connections that never start TLS, and 200 TLS connections that
        // dribble a request head one byte at a time.
        var silent: [PlainConnection] = []
        for _ in 0..<100 { silent.append(try PlainConnection(port: server.port)) }
        var slow: [TLSClient] = []
        for _ in 0..<200 { slow.append(try server.client()) }
        let head = Array("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n".utf8)
        var answeredQuickly = 0
        let dribbleStart = Date()
        for round in 0..<6 {
            // A byte written after the server's 408 and close fails the client's TLS state, and
            // then its read fails too: on a slow machine, stop dribbling well before the header
            // timeout (checked per write, since one pass over 200 clients can take seconds).
            for client in slow where elapsed(since: dribbleStart) < 1.5 {
                try? client.write([head[round % head.count]])
            }
            let start = Date()
            let r = try server.curl(["-H", "Content-Type: application/json", "--data-binary", sampleReview, server.url + "/validate"])
            // Well under the 4 s header timeout: a loop blocked by a dribbler would take that long.
            if r.stdout.contains("705ab4f5") && elapsed(since: start) < 1.5 { answeredQuickly += 1 }
            usleep(100_000)
        }
        #expect(answeredQuickly >= 5)
        // After the header timeout the dribblers are told 408 and closed; the silent ones are closed.
        usleep(UInt32(max(0, 5.5 - elapsed(since: dribbleStart)) * 1_000_000))
        let sample = slow.prefix(20).map { (try? $0.readToEnd()).map(parseResponses)?.first?.status }
        #expect(sample.allSatisfy { $0 == 408 }, "\(sample)")
        #expect(silent.prefix(20).allSatisfy { $0.readToEnd() != nil })
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        #expect(metrics.contains(#"esoguard_tls_handshake_failures_total{reason="timeout"} 100"#))
    }

    /// The loops share one listening socket and the accepting loop hands each connection to
    /// the least-loaded loop, so connections split evenly (SO_REUSEPORT's hash did not).
    @Test func connectionsSpreadEvenlyOverTheLoops() throws {
        let server = try TestServer(extra: ["--threads", "2"])
        defer { server.stop() }
        var held: [TLSClient] = []
        for _ in 0..<10 { held.append(try server.client()) }
        for client in held {
            try client.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(String(decoding: try client.read(), as: UTF8.self).hasPrefix("HTTP/1.1 200"))
        }
        // curl's own connection is the 11th: one loop has 6, the other 5.
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        let perLoop = metrics.split(separator: "\n").filter { $0.hasPrefix("esoguard_loop_connections{") }
            .compactMap { Double($0.split(separator: " ").last ?? "") }
        #expect(perLoop.count == 2)
        #expect(perLoop.reduce(0, +) == 11)
        #expect(Set(perLoop) == [5, 6])
        withExtendedLifetime(held) {}
    }

    /// Large bodies arriving at once are bounded all together (--max-buffered-bytes). A client
    /// that sent most of a large body and waits cannot hold the budget: the newer request that
    /// goes over makes it refuse the older one (503, closed) and is answered; small requests are
    /// never refused.
    @Test func aRequestHoldingTheBufferBudgetIsRefusedForANewerOne() throws {
        let (server, big, head) = try bufferBudgetFixture(uid: "big-b")
        defer { server.stop() }
        let first = try server.client(timeout: 10)
        try first.write(head)
        try first.write(Array(big[..<2_500_000]))   // holds 2.5 MB, then waits
        usleep(300_000)
        #expect(try server.curl(["-H", "Content-Type: application/json", "--data-binary", sampleReview, server.url + "/validate"]).stdout.contains("705ab4f5"))
        let held = try server.curl([server.url + "/metrics"]).stdout.split(separator: "\n")
            .first { $0.hasPrefix("esoguard_buffered_request_bytes ") }.flatMap { Double($0.split(separator: " ")[1]) }
        #expect(held.map { $0 >= 2_500_000 && $0 <= Double(2_500_000 + head.utf8.count) } == true, "\(String(describing: held))")

        let second = try server.client(timeout: 10)
        try second.write(head)
        try second.write(big)
        let answer = parseResponses(try second.readUntilResponse()).first
        #expect(answer?.status == 200)
        #expect(answer?.body.contains("\"uid\":\"big-b\"") == true)

        let refused = parseResponses((try? first.readToEnd()) ?? [])
        #expect(refused.map(\.status) == [503])
        #expect(refused.first?.body.contains("--max-buffered-bytes") == true)
        #expect(refused.first?.headers["connection"] == "close")
        #expect(refused.first?.headers["retry-after"] == "1")
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        #expect(metrics.contains("esoguard_buffer_refusals_total 1\n"), "\(metrics.prefix(3000))")
        #expect(metrics.contains("esoguard_buffered_request_bytes 0\n"), "\(metrics.prefix(3000))")
    }

    /// Small requests count too while they arrive: many connections each holding part of one
    /// cannot hold more than the budget between them (the oldest is refused), where each used
    /// to hold up to 64 KiB uncounted. A request that arrives whole is answered meanwhile.
    @Test func smallArrivingRequestsCountAgainstTheBufferBudget() throws {
        let server = try TestServer(extra: ["--max-body-bytes", "65536", "--max-buffered-bytes", "262144", "--threads", "1"])
        defer { server.stop() }
        let head = "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 65000\r\n\r\n"
        let part = head + "{\"padding\":\"" + String(repeating: "p", count: 60_000)
        var holders: [TLSClient] = []
        for _ in 0..<4 {
            let c = try server.client(timeout: 10)
            try c.write(part)
            holders.append(c)
            usleep(100_000)
        }
        let held = try server.curl([server.url + "/metrics"]).stdout.split(separator: "\n")
            .first { $0.hasPrefix("esoguard_buffered_request_bytes ") }.flatMap { Double($0.split(separator: " ")[1]) }
        #expect(held == Double(4 * part.utf8.count))
        #expect(try server.curl(["-H", "Content-Type: application/json", "--data-binary", sampleReview, server.url + "/validate"]).stdout.contains("705ab4f5"))

        let fifth = try server.client(timeout: 10)
        try fifth.write(part)   // 5 × ~60 KB > 256 KiB: the first, oldest, is refused
        let refused = parseResponses((try? holders[0].readToEnd()) ?? [])
        #expect(refused.map(\.status) == [503])
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        #expect(metrics.contains("esoguard_buffer_refusals_total 1\n"))
        #expect(metrics.contains("esoguard_buffered_request_bytes \(4 * part.utf8.count)\n"),
                "\(metrics.split(separator: "\n").filter { $0.hasPrefix("esoguard_buffered") })")
        withExtendedLifetime((holders, fifth)) {}
    }

    /// Each loop keeps to its share of the budget: a client that fills it on one loop (choosing
    /// which of its connections to fill) cannot get requests on the other loop refused. Against
    /// one total, the request arriving on the other loop was the oldest there, and was refused.
    @Test func aClientFillingOneLoopCannotGetRequestsOnAnotherRefused() throws {
        // 2 MiB in all: 1 MiB + 16 KiB per loop (room for the largest request).
        let server = try TestServer(extra: ["--threads", "2", "--max-body-bytes", "1048576", "--max-buffered-bytes", "2097152"])
        defer { server.stop() }
        let metrics = try server.client(timeout: 10)
        func loopCounts() throws -> [Int] {
            try metrics.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            let text = parseResponses(try metrics.readUntilResponse()).first?.body ?? ""
            return text.split(separator: "\n").filter { $0.hasPrefix("esoguard_loop_connections{") }
                .compactMap { Double($0.split(separator: " ").last ?? "").map { Int($0) } }
        }
        // Open connections until two sit on one loop and one on the other, telling which by the gauge.
        var byLoop: [[TLSClient]] = [[], []]
        var opened = 0
        while byLoop.map(\.count).min() ?? 0 < 1 || byLoop.map(\.count).max() ?? 0 < 2 {
            opened += 1
            try #require(opened <= 10, "connections did not spread over both loops: \(byLoop.map(\.count))")
            let before = try loopCounts()
            let c = try server.client(timeout: 10)
            let after = try loopCounts()
            guard before.count == 2, after.count == 2, let loop = (0..<2).first(where: { after[$0] > before[$0] }) else { continue }
            byLoop[loop].append(c)
        }
        let hostileLoop = byLoop[0].count >= 2 ? 0 : 1
        let head = "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
        let part = Array(head.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 900_000)
        for c in byLoop[hostileLoop].prefix(2) {
            try c.write(part)   // 1.8 MB on one loop: under the 2 MiB total, over that loop's share
            usleep(200_000)
        }
        // A legitimate 500 KB review on the other loop, arriving in pieces, is answered.
        let legit = try #require(byLoop[1 - hostileLoop].first)
        let body = review(uid: "legit", padding: 500_000)
        try legit.write(post("/validate", body: body))
        let answer = parseResponses(try legit.readUntilResponse()).first
        #expect(answer?.status == 200)
        #expect(answer?.body.contains("\"uid\":\"legit\"") == true)
        // On the hostile loop its own older request made room instead.
        let refused = parseResponses((try? byLoop[hostileLoop][0].readToEnd()) ?? [])
        #expect(refused.map(\.status) == [503])
        withExtendedLifetime(byLoop) {}
    }

    /// A one-loop server with a 4 MiB budget for arriving request bytes, and a review of over
    /// 3 MB with its request head.
    private func bufferBudgetFixture(uid: String) throws -> (server: TestServer, body: [UInt8], head: String) {
        let server = try TestServer(extra: ["--max-buffered-bytes", String(4 << 20), "--threads", "1"])
        let body = Array(review(uid: uid, padding: 3_000_000).utf8)
        return (server, body, "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n")
    }

    /// A request refused for another reason (here a chunked body over --max-body-bytes) stops
    /// counting against the budget at once, not when its connection finally closes.
    @Test func aRefusedChunkedBodyStopsCountingAgainstTheBufferBudget() throws {
        let server = try TestServer(extra: ["--threads", "1"])
        defer { server.stop() }
        let chunked = try server.client()
        try chunked.write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        let piece = "100000\r\n" + String(repeating: "a", count: 0x100000) + "\r\n"
        for _ in 0..<4 where (try? chunked.write(piece)) != nil {}
        #expect(parseResponses(try chunked.readUntilResponse()).map(\.status) == [413])
        // The server now lingers on the connection (the client has not closed it).
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        #expect(metrics.contains("esoguard_buffered_request_bytes 0\n"),
                "\(metrics.split(separator: "\n").filter { $0.hasPrefix("esoguard_buffered") })")
        withExtendedLifetime(chunked) {}
    }

    /// The request that goes over the budget is refused itself when it has been arriving
    /// longest; the newer one holding most of the budget completes.
    @Test func theOldestArrivingRequestIsRefusedWhenItGoesOverTheBufferBudget() throws {
        let (server, big, head) = try bufferBudgetFixture(uid: "big-c")
        defer { server.stop() }
        let older = try server.client(timeout: 10)
        try older.write(head)
        try older.write(Array(big[..<60_000]))
        usleep(100_000)
        let newer = try server.client(timeout: 10)
        try newer.write(head)
        try newer.write(Array(big[..<2_500_000]))
        usleep(300_000)

        for start in stride(from: 60_000, to: 2_060_000, by: 250_000) {
            if (try? older.write(Array(big[start..<(start + 250_000)]))) == nil { break }
        }
        let refused = parseResponses((try? older.readToEnd()) ?? [])
        #expect(refused.map(\.status) == [503])
        try newer.write(Array(big[2_500_000...]))
        let answer = parseResponses(try newer.readUntilResponse()).first
        #expect(answer?.status == 200)
        #expect(answer?.body.contains("\"uid\":\"big-c\"") == true)
    }

    /// At the connection limit a new client gets in: a connection that has waited on its client
    /// is closed to make room, unfinished handshakes first (oldest first), then the established
    /// one whose last progress (accepted, answered, or a request begun) is oldest.
    @Test func atTheLimitTheLongestWaitingConnectionMakesRoom() throws {
        let server = try TestServer(extra: ["--max-connections", "4", "--threads", "1"])
        defer { server.stop() }
        let silent = try PlainConnection(port: server.port, timeout: 5)
        usleep(50_000)
        let answered = try server.client()
        try answered.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(parseResponses(try answered.read()).first?.status == 200)
        usleep(50_000)
        let dribbling = try server.client()
        try dribbling.write("GET /healthz HTTP/1.1\r\nHo")
        usleep(50_000)
        let youngSilent = try PlainConnection(port: server.port, timeout: 5)
        usleep(50_000)

        // Each newcomer closes one: the silent ones (no handshake), oldest first.
        var newcomers: [TLSClient] = []
        for silentOne in [silent, youngSilent] {
            newcomers.append(try server.client())
            #expect(silentOne.readToEnd() == [])
        }
        // The answered connection begins a request: that is progress, and it is now younger than
        // the dribbled head (begun before), which goes next.
        try answered.write("GET /healthz HTTP/1.1\r\nHo")
        usleep(50_000)
        newcomers.append(try server.client())
        #expect((try? dribbling.readToEnd()) == [])
        for client in newcomers {
            try client.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(parseResponses(try client.read()).first?.status == 200)
        }
        try answered.write("st: x\r\n\r\n")
        #expect(parseResponses(try answered.read()).first?.status == 200)

        let metrics = try newcomers[0].metrics()
        #expect(metrics.contains("esoguard_connections_evicted_total 3\n"), "\(metrics.prefix(3000))")
        #expect(metrics.contains("esoguard_connections_rejected_total 0\n"), "\(metrics.prefix(3000))")
        #expect(server.process.log.contains("connection limit reached"), "\(server.process.log)")
    }

    /// `esoguard_connection_states` counts what each connection waits for, as of the loops'
    /// last sweep (every 200 ms): a silent TCP connection, a dribbled head, two idle ones.
    @Test func connectionStatesAreCounted() throws {
        let server = try TestServer()
        defer { server.stop() }
        let silent = try PlainConnection(port: server.port, timeout: 5)
        let dribbling = try server.client()
        try dribbling.write("GET /healthz HTTP/1.1\r\nHo")
        let answered = try server.client()
        try answered.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(parseResponses(try answered.read()).first?.status == 200)
        let scraper = try server.client()
        usleep(600_000)
        let metrics = try scraper.metrics()
        for (state, count) in [("handshake", 1), ("reading", 1), ("idle", 2), ("writing", 0), ("closing", 0)] {
            #expect(metrics.contains("esoguard_connection_states{state=\"\(state)\"} \(count)\n"),
                    "\(metrics.split(separator: "\n").filter { $0.contains("connection_states") })")
        }
        withExtendedLifetime((silent, dribbling)) {}
    }

    /// Connections the server has answers to write for are never closed to make room: with
    /// every slot (here the one) held by one, a new connection is closed at once (and counted).
    @Test func atTheLimitConnectionsWithAnswersToWriteAreKept() throws {
        let server = try TestServer(extra: ["--max-connections", "1", "--threads", "1"])
        defer { server.stop() }
        var stalled: TLSClient? = try server.client(timeout: 1)
        stalled?.pipelineUntilBlocked()
        #expect(throws: (any Error).self) {
            let client = try server.client(timeout: 2)
            try client.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client.read()
        }
        // The stalled client still gets its answers once it reads.
        #expect(parseResponses(try stalled?.read(max: 1 << 16) ?? []).first?.status == 200)
        stalled = nil   // closed: the server frees the slot when its writes fail
        var metrics = ""
        for _ in 0..<50 where !metrics.contains("esoguard_connections_rejected_total") {
            usleep(100_000)
            metrics = (try? server.curl([server.url + "/metrics"]).stdout) ?? ""
        }
        func count(_ name: String) -> Double? {
            metrics.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
        }
        // At least the one above (a scrape tried before the slot was free adds one).
        #expect((count("esoguard_connections_rejected_total") ?? 0) >= 1, "\(metrics.prefix(3000))")
        // At most one closed to make room: the start-up probe's connection, if the server had not
        // yet seen it hang up when the stalled client connected.
        #expect((count("esoguard_connections_evicted_total") ?? 9) <= 1, "\(metrics.prefix(3000))")
    }
}

extension TLSClient {
    /// Pipelines requests and reads no answer until the send times out: every buffer on the
    /// way is full, and the server holds answers it cannot write.
    /// Returns how many it sent (2,000,000 when the server kept reading them all).
    @discardableResult
    func pipelineUntilBlocked() -> Int {
        let batch = String(repeating: "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", count: 500)
        var sent = 0
        do {
            while sent < 2_000_000 { try write(batch); sent += 500 }
        } catch {}   // the send timed out
        return sent
    }

    /// Reads until one whole response (by its Content-Length) has arrived, or EOF.
    func readUntilResponse() throws -> [UInt8] {
        var received: [UInt8] = []
        while true {
            if let response = parseResponses(received).first,
               response.body.utf8.count >= Int(response.headers["content-length"] ?? "0") ?? 0 {
                return received
            }
            let more = try read()
            if more.isEmpty { return received }
            received += more
        }
    }

    /// GET /metrics on this connection, which then closes.
    func metrics() throws -> String {
        try write("GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        return parseResponses(try readToEnd()).first?.body ?? ""
    }
}

extension TestServer {
    /// One server shared by the tests that do not change flags or stop it.
    static func shared() throws -> TestServer { try sharedServer.get() }
    private static let sharedServer: Result<TestServer, Error> = Result { try TestServer() }
}
