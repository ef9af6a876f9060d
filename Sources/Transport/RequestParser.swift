import Glibc

/// An incremental HTTP/1.1 request parser (RFC 9112), strict where leniency
/// enables request smuggling. Policies (all → 400 and the connection closed):
/// - header lines end in CRLF; a bare LF or bare CR anywhere in the head is rejected;
/// - obs-fold (a header line starting with SP/HTAB) is rejected;
/// - whitespace between a field name and its colon is rejected;
/// - `Content-Length` must be digits only and appear once (even duplicates that agree);
/// - `Transfer-Encoding` must be exactly `chunked`, once, and never with `Content-Length`
///   or on HTTP/1.0;
/// - chunk sizes are 1–15 hex digits, optionally followed by `;extensions`, then CRLF;
///   chunk data must be followed by CRLF.
/// HTTP/1.1 requests need exactly one `Host`.
struct RequestParser {
    let limits: HTTPLimits

    enum Outcome: Equatable {
        case needMore
        /// The head asked for `100-continue` and its body has not arrived yet.
        case sendContinue
        case complete
        case failure(status: Int, reason: String)
    }

    enum BodyMode {
        case none
        case length(Int)
        case chunked
    }

    /// Where in the head search we left off (so dribbled bytes are scanned once).
    private var scanned = 0
    private(set) var head: ParsedHead?
    private var bodyMode: BodyMode = .none
    private var body: [UInt8] = []

    /// Bytes of a chunked body decoded so far (a Content-Length body stays in the input
    /// until it is complete).
    var bufferedBodyBytes: Int { body.count }
    private var chunk = ChunkDecoder()
    private var continueSent = false

    init(limits: HTTPLimits) { self.limits = limits }

    /// 431, or 414 when the request line alone does not fit in the head limit: what is too
    /// long is then the target (a target under the limit but over 8 KiB gets 414 from HeadParser).
    private func headTooLarge(_ buffer: [UInt8], _ start: Int) -> Outcome {
        let lineEnds = buffer[start..<min(buffer.count, start + limits.maxHeaderBytes)].contains(UInt8(ascii: "\n"))
        return lineEnds ? .failure(status: 431, reason: "request header section too large")
                        : .failure(status: 414, reason: "request target too long")
    }

    /// True while part of a request has been consumed (headers done, body pending).
    var isInBody: Bool { head != nil }

    /// Consumes from `buffer[start...]`, advancing `start`. On `.complete`, call `take()`.
    mutating func parse(_ buffer: [UInt8], start: inout Int) -> Outcome {
        if head == nil {
            let available = buffer.count - start
            guard let end = findHeadEnd(buffer, from: start) else {
                if case .failure(let s, let r)? = headScanError { headScanError = nil; return .failure(status: s, reason: r) }
                if available > limits.maxHeaderBytes { return headTooLarge(buffer, start) }
                return .needMore
            }
            if end - start > limits.maxHeaderBytes { return headTooLarge(buffer, start) }
            switch HeadParser.parse(buffer, start, end, limits: limits) {
            case .failure(let status, let reason):
                return .failure(status: status, reason: reason)
            case .success(let parsed):
                start = end
                scanned = 0
                head = parsed
                body = []
                chunk = ChunkDecoder()
                continueSent = false
                if parsed.chunked {
                    bodyMode = .chunked
                } else if let length = parsed.contentLength, length > 0 {
                    if length > limits.maxBodyBytes {
                        return .failure(status: 413, reason: "request body larger than \(limits.maxBodyBytes) bytes")
                    }
                    bodyMode = .length(length)
                } else {
                    bodyMode = .none
                }
            }
        }
        guard let head else { return .needMore }
        switch bodyMode {
        case .none:
            return .complete
        case .length(let length):
            if buffer.count - start >= length {
                body = Array(buffer[start..<(start + length)])
                start += length
                return .complete
            }
        case .chunked:
            switch chunk.decode(buffer, start: &start, into: &body, limits: limits) {
            case .done: return .complete
            case .needMore: break
            case .failure(let status, let reason): return .failure(status: status, reason: reason)
            }
        }
        if head.expectContinue && !continueSent {
            continueSent = true
            return .sendContinue
        }
        return .needMore
    }

    /// The finished request; resets for the next one on the connection.
    mutating func take(remoteAddress: String) -> (HTTPRequest, ParsedHead)? {
        guard let head else { return nil }
        let request = HTTPRequest(method: head.method, target: head.target, minorVersion: head.minorVersion,
                                  fieldSection: head.fieldSection, body: body, remoteAddress: remoteAddress)
        self.head = nil
        body = []
        bodyMode = .none
        return (request, head)
    }

    /// The request parsed so far without its body, for a handler to look at before the body
    /// is asked for (`100-continue`).
    func headOnly(remoteAddress: String) -> HTTPRequest? {
        guard let head else { return nil }
        return HTTPRequest(method: head.method, target: head.target, minorVersion: head.minorVersion,
                           fieldSection: head.fieldSection, body: [], remoteAddress: remoteAddress)
    }

    private var headScanError: Outcome?

    /// Index just past CRLFCRLF, or nil. Flags bare LFs (an LF not after CR).
    private mutating func findHeadEnd(_ buffer: [UInt8], from start: Int) -> Int? {
        let count = buffer.count
        var i = max(start, start + scanned - 3)
        // Leading empty lines before a request line are tolerated by RFC 9112 §2.2 (one CRLF);
        // we do not: an empty line first is malformed (and never sent by real clients).
        let result: Int? = buffer.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return nil }
            // Only LFs matter: memchr finds each (one per line) instead of a loop per byte.
            while i < count, let hit = memchr(base + i, 0x0A, count - i) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i == start || p[i - 1] != 0x0D {
                    headScanError = .failure(status: 400, reason: "bare LF in request head")
                    return nil
                }
                if i - start >= 3 && p[i - 2] == 0x0A && p[i - 3] == 0x0D { return i + 1 }
                i += 1
            }
            return nil
        }
        scanned = max(0, count - start)
        return result
    }
}

/// The parsed request line and header fields.
struct ParsedHead {
    var method: String
    var target: String
    var minorVersion: Int
    /// The header field lines as received (checked), for `HTTPRequest.headers` to split when asked.
    var fieldSection: FieldSection
    var contentLength: Int?
    var chunked: Bool
    var expectContinue: Bool
    var keepAlive: Bool
}

enum HeadParser {
    enum Result {
        case success(ParsedHead)
        case failure(Int, String)
    }

    /// Parses `buffer[start..<end]`, which ends in CRLFCRLF and has no bare LF.
    static func parse(_ buffer: [UInt8], _ start: Int, _ end: Int, limits: HTTPLimits) -> Result {
        buffer.withUnsafeBufferPointer { p in parse(p, start, end, limits: limits) }
    }

    private static func parse(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, limits: HTTPLimits) -> Result {
        // Request line: method SP request-target SP HTTP/1.x CRLF
        var i = start
        let methodStart = i
        while i < end, isTokenChar(p[i]) { i += 1 }
        guard i > methodStart, i < end, p[i] == 0x20 else { return .failure(400, "malformed request line") }
        let method = String(decoding: UnsafeBufferPointer(rebasing: p[methodStart..<i]), as: UTF8.self)
        i += 1
        let targetStart = i
        while i < end, p[i] > 0x20, p[i] != 0x7F { i += 1 }
        guard i > targetStart, i < end, p[i] == 0x20 else { return .failure(400, "malformed request target") }
        if i - targetStart > 8192 { return .failure(414, "request target too long") }
        let target = String(decoding: UnsafeBufferPointer(rebasing: p[targetStart..<i]), as: UTF8.self)
        i += 1
        // "HTTP/1.1\r\n"
        guard end - i >= 10, p[i] == 0x48, p[i + 1] == 0x54, p[i + 2] == 0x54, p[i + 3] == 0x50, p[i + 4] == 0x2F,
              isDigit(p[i + 5]), p[i + 6] == 0x2E, isDigit(p[i + 7]), p[i + 8] == 0x0D, p[i + 9] == 0x0A else {
            return .failure(400, "malformed HTTP version")
        }
        guard p[i + 5] == 0x31, p[i + 7] == 0x30 || p[i + 7] == 0x31 else {
            return .failure(505, "only HTTP/1.0 and HTTP/1.1 are supported")
        }
        let minor = Int(p[i + 7] - 0x30)
        i += 10

        let fieldsStart = i
        var head = ParsedHead(method: method, target: target, minorVersion: minor,
                              fieldSection: FieldSection(UnsafeBufferPointer(rebasing: p[i..<(end - 2)])),
                              contentLength: nil, chunked: false, expectContinue: false, keepAlive: minor == 1)
        var fields = 0
        var hosts = 0
        var sawTransferEncoding = false
        var connectionClose = false
        var connectionKeepAlive = false
        // Header fields until the empty line.
        while i < end - 2 {
            if fields >= limits.maxHeaderCount { return .failure(431, "too many header fields") }
            fields += 1
            if p[i] == 0x20 || p[i] == 0x09 { return .failure(400, "obsolete line folding in header") }
            let nameStart = i
            while i < end, isTokenChar(p[i]) { i += 1 }
            guard i > nameStart, i < end, p[i] == 0x3A else {
                return .failure(400, "malformed header field name")
            }
            let nameEnd = i
            i += 1
            while i < end, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
            let valueStart = i
            while i < end, p[i] != 0x0D {
                let b = p[i]
                if b < 0x20 && b != 0x09 || b == 0x7F { return .failure(400, "invalid character in header value") }
                i += 1
            }
            guard i + 1 < end, p[i + 1] == 0x0A else { return .failure(400, "bare CR in header") }
            var valueEnd = i
            while valueEnd > valueStart, p[valueEnd - 1] == 0x20 || p[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            i += 2
            // Strings only for the values the parser reads as text; `HTTPRequest.headers`
            // builds the fields only if someone asks (the webhook never does).
            var value: String { String(decoding: UnsafeBufferPointer(rebasing: p[valueStart..<valueEnd]), as: UTF8.self) }
            switch FieldName(p, nameStart, nameEnd) {
            case .contentLength:
                guard head.contentLength == nil else { return .failure(400, "duplicate Content-Length") }
                guard valueEnd > valueStart, valueEnd - valueStart <= 15 else { return .failure(400, "invalid Content-Length") }
                var n = 0
                for j in valueStart..<valueEnd {
                    guard isDigit(p[j]) else { return .failure(400, "invalid Content-Length") }
                    n = n * 10 + Int(p[j] - 0x30)
                }
                head.contentLength = n
            case .transferEncoding:
                guard !sawTransferEncoding else { return .failure(400, "duplicate Transfer-Encoding") }
                sawTransferEncoding = true
                guard value.lowercased() == "chunked" else {
                    return .failure(400, "unsupported Transfer-Encoding (only \"chunked\")")
                }
                head.chunked = true
            case .host:
                hosts += 1
                guard isValidHost(p, valueStart, valueEnd) else { return .failure(400, "invalid Host") }
            case .connection:
                for token in value.split(separator: ",") {
                    let t = token.trimmingSpaces().lowercased()
                    if t == "close" { connectionClose = true }
                    if t == "keep-alive" { connectionKeepAlive = true }
                }
            case .expect:
                guard value.lowercased() == "100-continue" else { return .failure(417, "unsupported Expect") }
                head.expectContinue = minor == 1
            case .contentType:
                head.fieldSection.index(.contentType, valueStart - fieldsStart, valueEnd - fieldsStart)
            case .contentEncoding:
                let identity = valueEnd - valueStart == 8 && zip(p[valueStart..<valueEnd], "identity".utf8).allSatisfy { lowercase($0) == $1 }
                head.fieldSection.index(.contentEncoding, valueStart - fieldsStart, valueEnd - fieldsStart,
                                        identity: identity || valueEnd == valueStart)
            case .other:
                break
            }
        }
        if head.chunked && head.contentLength != nil {
            return .failure(400, "both Content-Length and Transfer-Encoding")
        }
        if head.chunked && minor == 0 { return .failure(400, "Transfer-Encoding on HTTP/1.0") }
        if minor == 1 && hosts != 1 { return .failure(400, hosts == 0 ? "missing Host" : "duplicate Host") }
        if hosts > 1 { return .failure(400, "duplicate Host") }
        head.keepAlive = minor == 1 ? !connectionClose : (connectionKeepAlive && !connectionClose)
        return .success(head)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The fields the parser acts on, told apart by length and then bytes (ASCII case folded),
    /// before any String exists: comparing the new String with five literals cost more.
    enum FieldName {
        case contentLength, contentType, contentEncoding, transferEncoding, host, connection, expect, other

        init(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            func matches(_ lowercase: StaticString) -> Bool {
                let utf8 = lowercase.utf8Start
                for j in 0..<(end - start) where p[start + j] | 0x20 != utf8[j] { return false }
                return true
            }
            switch end - start {
            case 4: self = matches("host") ? .host : .other
            case 6: self = matches("expect") ? .expect : .other
            case 10: self = matches("connection") ? .connection : .other
            case 12: self = matches("content-type") ? .contentType : .other
            case 14: self = matches("content-length") ? .contentLength : .other
            case 16: self = matches("content-encoding") ? .contentEncoding : .other
            case 17: self = matches("transfer-encoding") ? .transferEncoding : .other
            default: self = .other
            }
        }

        /// The field's name as `HTTPHeader` holds it, a literal (no String to build), or nil for `.other`.
        var lowercased: String? {
            switch self {
            case .contentLength: "content-length"
            case .contentType: "content-type"
            case .contentEncoding: "content-encoding"
            case .transferEncoding: "transfer-encoding"
            case .host: "host"
            case .connection: "connection"
            case .expect: "expect"
            case .other: nil
            }
        }
    }

    /// Whether `p[start..<end]` is a `Host` value: uri-host [":" port] (RFC 3986), where
    /// uri-host is a reg-name or IPv4 address (unreserved, pct-encoded and sub-delims
    /// characters) or a bracketed IPv6 address, and port is digits. Empty is allowed. RFC 9112
    /// §3.2 asks for 400 otherwise: a space, a second name (`a, b`), `a:b`, `::1`, `[::1`.
    static func isValidHost(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        if i < end, p[i] == UInt8(ascii: "[") {
            guard let close = (i..<end).first(where: { p[$0] == UInt8(ascii: "]") }), close - i - 1 <= 45 else { return false }
            var literal = [CChar](repeating: 0, count: 47)
            for j in (i + 1)..<close { literal[j - i - 1] = CChar(bitPattern: p[j]) }
            var address = in6_addr()
            guard inet_pton(AF_INET6, literal, &address) == 1 else { return false }
            i = close + 1
        } else {
            while i < end, isRegNameChar(p[i]) { i += 1 }
        }
        guard i < end else { return true }
        guard p[i] == UInt8(ascii: ":") else { return false }
        return p[(i + 1)..<end].allSatisfy(isDigit)
    }

    /// reg-name's characters: unreserved, "%" of pct-encoded, and sub-delims.
    @inline(__always) static func isRegNameChar(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x2D, 0x2E, 0x5F, 0x7E, 0x25: return true                                       // - . _ ~ %
        case 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D: return true  // ! $ & ' ( ) * + , ; =
        default: return false
        }
    }

    /// A trailer field line (its CRLF excluded) checked as a head's field lines are, since
    /// trailers share their syntax (RFC 9112 §7.1.2); the reason when it is malformed.
    static func trailerLineProblem(_ buffer: [UInt8], _ start: Int, _ end: Int) -> String? {
        guard buffer[start] != 0x20, buffer[start] != 0x09 else { return "obsolete line folding in trailer" }
        var i = start
        while i < end, isTokenChar(buffer[i]) { i += 1 }
        guard i > start, i < end, buffer[i] == 0x3A else { return "malformed trailer field name" }
        for b in buffer[(i + 1)..<end] where b < 0x20 && b != 0x09 || b == 0x7F { return "invalid character in trailer value" }
        return nil
    }

    /// tchar (RFC 9110 §5.6.2).
    @inline(__always) static func isTokenChar(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: return true
        default: return false
        }
    }

    /// The field name (tchars only, so ASCII) in lower case. Names already in lower case,
    /// and short ones folded in a stack buffer, go through `String(decoding:as:)`: its
    /// small-string path is far cheaper than `String(unsafeUninitializedCapacity:)`.
    static func lowercasedString(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let name = UnsafeBufferPointer(rebasing: p[start..<end])
        if !name.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(decoding: name, as: UTF8.self) }
        if name.count <= 64 {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { out in
                for j in name.indices { out[j] = lowercase(name[j]) }
                return String(decoding: UnsafeBufferPointer(out), as: UTF8.self)
            }
        }
        return String(unsafeUninitializedCapacity: name.count) { out in
            for j in name.indices { out[j] = lowercase(name[j]) }
            return name.count
        }
    }

    @inline(__always) static func lowercase(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}

/// Decodes a chunked body incrementally; lines split across reads wait for their end.
struct ChunkDecoder {
    enum State {
        case size
        case data(Int)
        case dataEnd
        case trailers(Int)
        case done
    }

    enum Outcome {
        case done
        case needMore
        case failure(Int, String)
    }

    var state: State = .size

    mutating func decode(_ buffer: [UInt8], start: inout Int, into body: inout [UInt8], limits: HTTPLimits) -> Outcome {
        while true {
            switch state {
            case .done:
                return .done
            case .size:
                guard let lineEnd = findLF(buffer, start, limit: 1024) else {
                    return buffer.count - start > 1024 ? .failure(400, "chunk size line too long") : .needMore
                }
                guard lineEnd > start, buffer[lineEnd - 1] == 0x0D else { return .failure(400, "bare LF in chunked body") }
                var i = start
                var size = 0
                var digits = 0
                while i < lineEnd - 1, let v = hexValue(buffer[i]) {
                    size = size << 4 | v
                    digits += 1
                    i += 1
                    if digits > 15 { return .failure(400, "chunk size too large") }
                }
                guard digits > 0 else { return .failure(400, "invalid chunk size") }
                if i < lineEnd - 1 {
                    guard buffer[i] == 0x3B else { return .failure(400, "invalid chunk size") }
                    for j in i..<(lineEnd - 1) where buffer[j] < 0x20 && buffer[j] != 0x09 || buffer[j] == 0x7F {
                        return .failure(400, "invalid chunk extension")
                    }
                }
                start = lineEnd + 1
                if size == 0 {
                    state = .trailers(0)
                } else {
                    if body.count + size > limits.maxBodyBytes {
                        return .failure(413, "request body larger than \(limits.maxBodyBytes) bytes")
                    }
                    if body.capacity < body.count + size { body.reserveCapacity(body.count + size) }
                    state = .data(size)
                }
            case .data(let remaining):
                let available = buffer.count - start
                if available == 0 { return .needMore }
                let n = min(remaining, available)
                body.append(contentsOf: buffer[start..<(start + n)])
                start += n
                state = n == remaining ? .dataEnd : .data(remaining - n)
            case .dataEnd:
                guard buffer.count - start >= 2 else { return .needMore }
                guard buffer[start] == 0x0D, buffer[start + 1] == 0x0A else {
                    return .failure(400, "chunk data not followed by CRLF")
                }
                start += 2
                state = .size
            case .trailers(let used):
                guard let lineEnd = findLF(buffer, start, limit: limits.maxHeaderBytes) else {
                    return used + buffer.count - start > limits.maxHeaderBytes
                        ? .failure(431, "trailer section too large") : .needMore
                }
                guard lineEnd > start, buffer[lineEnd - 1] == 0x0D else { return .failure(400, "bare LF in trailer") }
                let length = lineEnd + 1 - start
                if used + length > limits.maxHeaderBytes { return .failure(431, "trailer section too large") }
                let empty = length == 2
                if !empty, let problem = HeadParser.trailerLineProblem(buffer, start, lineEnd - 1) { return .failure(400, problem) }
                start = lineEnd + 1
                // Trailer fields are read and dropped: nothing here needs them.
                state = empty ? .done : .trailers(used + length)
            }
        }
    }

    private func findLF(_ buffer: [UInt8], _ from: Int, limit: Int) -> Int? {
        let end = min(buffer.count, from + limit + 1)
        var i = from
        while i < end {
            if buffer[i] == 0x0A { return i }
            i += 1
        }
        return nil
    }

    private func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }
}
