/// A request's header field lines as received, already checked by `HeadParser`: each line
/// is `name:value` ending in CRLF, the name a token, the value free of CR and LF.
/// `HTTPRequest.headers` splits them only when asked, so a request whose headers nobody
/// reads (every admission request) builds no header Strings.
struct FieldSection: Sendable {
    private let bytes: [UInt8]

    init(_ lines: UnsafeBufferPointer<UInt8>) { bytes = Array(lines) }

    /// The fields in order, names lowercased, values without surrounding whitespace.
    var fields: [HTTPHeader] {
        bytes.withUnsafeBufferPointer { p in
            var out: [HTTPHeader] = []
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
                let name = HeadParser.FieldName(p, nameStart, nameEnd).lowercased
                    ?? HeadParser.lowercasedString(p, nameStart, nameEnd)
                let value = String(decoding: UnsafeBufferPointer(rebasing: p[valueStart..<valueEnd]), as: UTF8.self)
                out.append(HTTPHeader(name: name, value: value))
            }
            return out
        }
    }
}
