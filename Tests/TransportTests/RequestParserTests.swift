import Testing
@testable import Transport

/// Feeds `text` (optionally in pieces) and returns the outcomes until one is terminal.
private func parse(_ pieces: [String], limits: HTTPLimits = HTTPLimits()) -> (RequestParser.Outcome, [HTTPRequest]) {
    var parser = RequestParser(limits: limits)
    var buffer: [UInt8] = []
    var start = 0
    var requests: [HTTPRequest] = []
    var last = RequestParser.Outcome.needMore
    for piece in pieces {
        buffer += Array(piece.utf8)
        while start < buffer.count {
            last = parser.parse(buffer, start: &start)
            switch last {
            case .complete:
                if let (request, _) = parser.take(remoteAddress: "") { requests.append(request) }
                continue
            case .failure:
                return (last, requests)
            case .needMore, .sendContinue:
                break
            }
            break
        }
    }
    return (last, requests)
}

private func status(_ text: String, limits: HTTPLimits = HTTPLimits()) -> Int? {
    if case .failure(let status, _) = parse([text], limits: limits).0 { return status }
    return nil
}

@Suite struct RequestParserTests {
    @Test func parsesAGetAndKeepsAliveByDefault() throws {
        var parser = RequestParser(limits: HTTPLimits())
        var start = 0
        let bytes = Array("GET /healthz?x=1 HTTP/1.1\r\nHost: a\r\nX-Thing:  v  \r\n\r\n".utf8)
        #expect(parser.parse(bytes, start: &start) == .complete)
        let taken = parser.take(remoteAddress: "r")
        let (request, head) = try #require(taken)
        #expect(request.method == "GET")
        #expect(request.path == "/healthz")
        #expect(request.header("x-thing") == "v")
        #expect(head.keepAlive)
        #expect(start == bytes.count)
    }

    /// Servers must accept the absolute form (RFC 9112, 3.2.2); routing sees its path.
    @Test(arguments: [("/validate?timeout=10s", "/validate"), ("https://esoguard.svc:443/validate?x=1", "/validate"),
                      ("HTTP://localhost/healthz", "/healthz"), ("https://host", "/"), ("https://host?x", "/"),
                      ("http:/x", "http:/x"), ("*", "*"), ("/a/https://b", "/a/https://b")])
    func pathOfEachTargetForm(target: String, path: String) {
        #expect(HTTPRequest(method: "GET", target: target).path == path)
    }

    /// Header names come out in lower case whatever their form: the fields the parser acts
    /// on (literal names), names already in lower case, short and long mixed-case ones.
    @Test func headerNamesAreLowercased() throws {
        let long = "X-" + String(repeating: "Ab", count: 50)
        let text = "POST /v HTTP/1.1\r\nHOST: a\r\nContent-LENGTH: 2\r\nconnection: keep-alive\r\n"
            + "Content-Type: application/json\r\nx-lower: 1\r\n\(long): 2\r\nExpect: 100-continue\r\n\r\n{}"
        let (outcome, requests) = parse([text])
        #expect(outcome == .complete)
        let request = try #require(requests.first)
        #expect(request.headers.map(\.name) == ["host", "content-length", "connection", "content-type", "x-lower",
                                                 long.lowercased(), "expect"])
        #expect(request.headers.map(\.value) == ["a", "2", "keep-alive", "application/json", "1", "2", "100-continue"])
        #expect(request.body == Array("{}".utf8))
        #expect(request.header("content-type") == "application/json")
        // The fields are built from the received lines on each read; a write replaces them.
        var edited = request
        edited.headers.removeFirst()
        edited.headers.append(HTTPHeader(name: "x-added", value: "3"))
        #expect(edited.headers.map(\.name) == ["content-length", "connection", "content-type", "x-lower",
                                                long.lowercased(), "expect", "x-added"])
        #expect(request.headers.count == 7)
        #expect(HTTPRequest(method: "GET", target: "/", headers: [HTTPHeader(name: "a", value: "b")]).header("a") == "b")
    }

    /// `header(_:)` reads one field from the received lines without splitting the rest: the
    /// whole name in any case, the first of repeated fields, the value trimmed.
    @Test func oneHeaderIsFoundInTheReceivedLines() throws {
        let text = "POST /v HTTP/1.1\r\nHost: a\r\nContent-Typed: no\r\nX-Content-Type: no\r\n"
            + "CONTENT-type: \t application/json; charset=utf-8 \t\r\ncontent-type: text/plain\r\n"
            + "Empty:\r\nContent-Length: 2\r\n\r\n{}"
        let (outcome, requests) = parse([text])
        #expect(outcome == .complete)
        let request = try #require(requests.first)
        #expect(request.header("content-type") == "application/json; charset=utf-8")
        #expect(request.header("host") == "a")
        #expect(request.header("empty") == "")
        #expect(request.header("content-length") == "2")
        #expect(request.header("content") == nil)
        #expect(request.header("content-typed-") == nil)
        #expect(request.header("accept") == nil)
        #expect(request.header("content-encoding") == nil)
        // The two fields noted while parsing match what a walk over the lines finds.
        let coded = try #require(parse(["POST /v HTTP/1.1\r\nHost: a\r\ncontent-ENCODING:  gzip \r\nContent-Encoding: br\r\n\r\n"]).1.first)
        #expect(coded.header("content-encoding") == "gzip")
        #expect(coded.header("content-type") == nil)
        #expect(coded.headers.first { $0.name == "content-encoding" }?.value == "gzip")
        // A coding on a later line counts as much as one on the first.
        let later = try #require(parse(["POST /v HTTP/1.1\r\nHost: a\r\nContent-Encoding: Identity\r\nContent-Encoding: gzip\r\n\r\n"]).1.first)
        #expect(later.header("content-encoding") == "gzip")
        let plain = try #require(parse(["POST /v HTTP/1.1\r\nHost: a\r\nContent-Encoding: identity\r\nContent-Encoding:\r\n\r\n"]).1.first)
        #expect(plain.header("content-encoding") == "identity")
    }

    @Test func connectionCloseAndHTTP10() {
        var parser = RequestParser(limits: HTTPLimits())
        var start = 0
        let close = Array("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".utf8)
        #expect(parser.parse(close, start: &start) == .complete)
        #expect(parser.take(remoteAddress: "")?.1.keepAlive == false)
        start = 0
        let old = Array("GET / HTTP/1.0\r\n\r\n".utf8)
        #expect(parser.parse(old, start: &start) == .complete)
        #expect(parser.take(remoteAddress: "")?.1.keepAlive == false)
    }

    @Test func pipelinedRequestsComeOutInOrder() {
        let two = post("/validate", body: "{\"a\":1}") + "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n"
        let (_, requests) = parse([two])
        #expect(requests.map(\.target) == ["/validate", "/healthz"])
        #expect(requests.first?.body == Array("{\"a\":1}".utf8))
    }

    @Test func bodyArrivingInPiecesIsJoined() {
        let text = post("/validate", body: "0123456789")
        let pieces = stride(from: 0, to: text.utf8.count, by: 3).map { i -> String in
            let bytes = Array(text.utf8)
            return String(decoding: bytes[i..<min(i + 3, bytes.count)], as: UTF8.self)
        }
        let (_, requests) = parse(pieces)
        #expect(requests.count == 1)
        #expect(requests.first?.body == Array("0123456789".utf8))
    }

    @Test func chunkedBodiesWithExtensionsAndTrailers() {
        let text = "POST /mutate HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "4;name=value\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\n"
        let (_, requests) = parse([text])
        #expect(requests.count == 1)
        #expect(String(decoding: requests.first?.body ?? [], as: UTF8.self) == "Wikipedia in \r\n\r\nchunks.")
        // Same, one byte at a time.
        let (_, slow) = parse(text.map { String($0) })
        #expect(slow.first?.body == requests.first?.body)
    }

    /// Trailer lines have a head's field syntax and get the same checks.
    @Test(arguments: [
        ("X-Trailer: 1\r\n X-Folded: 2\r\n", "obsolete line folding in trailer"),
        ("no colon here\r\n", "malformed trailer field name"),
        ("X-T : 1\r\n", "malformed trailer field name"),
        ("X-T: a\u{1}b\r\n", "invalid character in trailer value"),
        ("X-T: a\u{0}b\r\n", "invalid character in trailer value"),
        ("X-T: a\rb\r\n", "invalid character in trailer value"),
    ])
    func malformedTrailersGet400(trailer: String, reason: String) {
        let text = "POST /mutate HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n" + trailer + "\r\n"
        for pieces in [[text], text.map { String($0) }] {
            #expect(parse(pieces).0 == .failure(status: 400, reason: reason))
        }
    }

    /// Host must be one uri-host with an optional port (RFC 9112 §3.2: 400 otherwise).
    @Test(arguments: [("a", true), ("esoguard.esoguard-system.svc:443", true), ("[::1]:8443", true), ("", true),
                      ("xn--bcher-kva.example", true), ("10.0.0.1:8443", true), ("[fe80::1]", true), ("a:", true),
                      ("a, b", false), ("a b", false), ("a/b", false), ("a@b", false), ("x:a", false), ("x:-1", false),
                      ("a:1:2", false), ("[::1", false), ("::1", false), ("[]", false), ("[:::::::]", false), ("[::1]x", false)])
    func hostValuesAreChecked(host: String, valid: Bool) {
        let outcome = parse(["GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n"]).0
        #expect(outcome == (valid ? .complete : .failure(status: 400, reason: "invalid Host")))
    }

    @Test func expectContinueAsksForTheBody() {
        var parser = RequestParser(limits: HTTPLimits())
        var start = 0
        let head = Array("POST /validate HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8)
        #expect(parser.parse(head, start: &start) == .sendContinue)
        #expect(parser.parse(head, start: &start) == .needMore)
        let whole = head + Array("{}".utf8)
        #expect(parser.parse(whole, start: &start) == .complete)
    }

    @Test(arguments: [
        ("both CL and TE", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("TE then CL", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n"),
        ("duplicate CL, same value", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"),
        ("duplicate CL, different", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy"),
        ("CL list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\nx"),
        ("CL sign", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\nx"),
        ("CL empty", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \r\n\r\n"),
        ("TE not chunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n"),
        ("TE chunked twice", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n"),
        ("TE duplicate header", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("TE with vertical tab", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:\u{0B}chunked\r\n\r\n0\r\n\r\n"),
        ("TE on HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("bad chunk size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n0\r\n\r\n"),
        ("chunk size overflow", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000001\r\nx\r\n0\r\n\r\n"),
        ("negative chunk size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n"),
        ("chunk size with space", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2 \r\nhi\r\n0\r\n\r\n"),
        ("chunk data too long", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n"),
        ("bare LF in chunk line", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\nhi\r\n0\r\n\r\n"),
        ("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n"),
        ("bare LF header", "GET / HTTP/1.1\r\nHost: a\nX-A: b\r\n\r\n"),
        ("bare LF only", "GET / HTTP/1.1\nHost: a\n\n"),
        ("bare CR", "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n"),
        ("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n"),
        ("missing Host", "GET / HTTP/1.1\r\nX: y\r\n\r\n"),
        ("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        ("NUL in value", "GET / HTTP/1.1\r\nHost: a\u{0}b\r\n\r\n"),
        ("garbage request line", "HELLO\r\n\r\n"),
        ("leading empty line", "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"),
        ("lowercase version", "GET / http/1.1\r\nHost: a\r\n\r\n"),
    ])
    func smugglingAndMalformedShapesGet400(name: String, text: String) {
        #expect(status(text) == 400, "\(name)")
    }

    @Test func otherErrorsHaveTheirOwnCodes() {
        #expect(status("GET / HTTP/2.0\r\nHost: a\r\n\r\n") == 505)
        #expect(status("GET / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n\r\n") == 417)
        let big = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "a", count: 17_000) + "\r\n\r\n"
        #expect(status(big) == 431)
        let unterminated = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "a", count: 17_000)
        #expect(status(unterminated) == 431)
        let many = "GET / HTTP/1.1\r\nHost: a\r\n" + (0..<120).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        #expect(status(many) == 431)
        let longTarget = "GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(status(longTarget) == 414)
        // A request line longer than the whole head limit: still the target's fault.
        let hugeTarget = "GET /" + String(repeating: "a", count: 20_000) + " HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(status(hugeTarget) == 414)
        #expect(status(String(hugeTarget.prefix(17_000))) == 414)   // its end not yet received
        var limits = HTTPLimits()
        limits.maxBodyBytes = 10
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\nabcdef\r\n0\r\n\r\n",
                       limits: limits) == 413)
    }

    /// The fields the parser acts on are matched on raw bytes, case-insensitively and by whole
    /// name: a longer or shorter name that shares a prefix is just another field.
    @Test func fieldNamesMatchWholeAndInAnyCase() {
        let (outcome, requests) = parse(["POST / HTTP/1.1\r\nHOST: a\r\nCoNtEnT-LeNgTh: 3\r\nConnection: Close\r\n\r\nabc"])
        #expect(outcome == .complete)
        #expect(requests.first?.body == Array("abc".utf8))
        #expect(requests.first?.headers.map(\.name) == ["host", "content-length", "connection"])
        // Not Host, so the request has none.
        #expect(status("GET / HTTP/1.1\r\nHosts: a\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nX-Host: a\r\n\r\n") == 400)
        // Not Content-Length or Transfer-Encoding: no body is expected, the request is complete.
        let (other, parsed) = parse(["GET / HTTP/1.1\r\nHost: a\r\nContent-Lengths: 9\r\nTransfer-Encodings: gzip\r\n\r\n"])
        #expect(other == .complete)
        #expect(parsed.first?.body == [])
        // Both, in upper case, is still smuggling.
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nCONTENT-LENGTH: 3\r\nTRANSFER-ENCODING: chunked\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: a\r\nEXPECT: 200-ok\r\n\r\n") == 417)
    }
}
