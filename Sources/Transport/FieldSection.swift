/// A request's header field lines as received, already checked by `HeadParser`: each line
/// is `name:value` ending in CRLF, the name a token, the value free of CR and LF.
/// `HTTPRequest.headers` splits them only when asked, so a request whose headers nobody
/// reads builds no header Strings, and `value(of:)` builds only the one it finds.
struct FieldSection: Sendable {
    private let bytes: [UInt8]
    /// Where the first `Content-Type` value is, and the first `Content-Encoding` value that is
    /// not `identity` (else the first), noted by `HeadParser` as it checks the lines: the
    /// webhook reads them on every review, and a walk over the lines cost ~750 instructions
    /// each. (A coding on a second line applies as much as one on the first.)
    private var contentType: Range<Int>?
    private var contentEncoding: Range<Int>?
    private var contentEncodingIsIdentity = true

    init(_ lines: UnsafeBufferPointer<UInt8>) { bytes = Array(lines) }

    /// Notes where a field the parser found begins and ends (offsets into the lines).
    mutating func index(_ field: HeadParser.FieldName, _ start: Int, _ end: Int, identity: Bool = false) {
        switch field {
        case .contentType where contentType == nil:
            contentType = start..<end
        case .contentEncoding where contentEncoding == nil || (contentEncodingIsIdentity && !identity):
            contentEncoding = start..<end
            contentEncodingIsIdentity = identity
        default:
            break
        }
    }

    /// The fields in order, names lowercased, values without surrounding whitespace.
    var fields: [HTTPHeader] {
        bytes.withUnsafeBufferPointer { p in
            var out: [HTTPHeader] = []
            Self.walk(p) { name, value in
                let lowercased = HeadParser.FieldName(p, name.lowerBound, name.upperBound).lowercased
                    ?? HeadParser.lowercasedString(p, name.lowerBound, name.upperBound)
                out.append(HTTPHeader(name: lowercased, value: Self.string(p, value)))
                return true
            }
            return out
        }
    }

    /// The first value of field `name` (give it lowercased), without splitting the others.
    func value(of name: String) -> String? {
        if name == "content-type" { return contentType.map { range in bytes.withUnsafeBufferPointer { Self.string($0, range) } } }
        if name == "content-encoding" { return contentEncoding.map { range in bytes.withUnsafeBufferPointer { Self.string($0, range) } } }
        var name = name
        return name.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { p -> String? in
                var found: String?
                Self.walk(p) { fieldName, value in
                    guard fieldName.count == wanted.count else { return true }
                    for i in 0..<wanted.count where HeadParser.lowercase(p[fieldName.lowerBound + i]) != wanted[i] { return true }
                    found = Self.string(p, value)
                    return false
                }
                return found
            }
        }
    }

    /// Calls `visit` with each field's name and value (without surrounding whitespace) as
    /// byte ranges, in order, until it returns false.
    private static func walk(_ p: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>, Range<Int>) -> Bool) {
        var i = 0
        while i < p.count {
            let nameStart = i
            while i < p.count, p[i] != 0x3A { i += 1 }
            let nameEnd = i
            i += 1
            while i < p.count, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
            let valueStart = i
            while i < p.count, p[i] != 0x0D { i += 1 }
            var valueEnd = i
            while valueEnd > valueStart, p[valueEnd - 1] == 0x20 || p[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            i += 2  // CRLF
            guard visit(nameStart..<nameEnd, valueStart..<valueEnd) else { return }
        }
    }

    private static func string(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[range]), as: UTF8.self)
    }
}
