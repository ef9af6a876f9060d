import Foundation
import Testing
@testable import Transport

/// The bytes of a response head and body, exactly: Content-Type first, the other
/// headers in order, Content-Length, Connection when closing, Date, then the body.
@Suite struct ResponseWriterTests {
    func written(_ response: HTTPResponse, close: Bool = false, omitBody: Bool = false, after prefix: String = "") -> String {
        var writer = ResponseWriter()
        var out = Array(prefix.utf8)
        writer.write(response, close: close, omitBody: omitBody, into: &out)
        // The Date line changes every second: check its shape, then drop it.
        var text = String(decoding: out, as: UTF8.self)
        if let range = text.range(of: #"Date: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\r\n"#,
                                  options: .regularExpression) {
            text.removeSubrange(range)
        } else {
            Issue.record("no Date line in \(text)")
        }
        return text
    }

    @Test func headAndBody() {
        let json = HTTPResponse(status: 200, contentType: "application/json", body: Array("{}".utf8))
        #expect(written(json) == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        var denied = HTTPResponse.text(405, "method not allowed\n")
        denied.headers.append(HTTPHeader(name: "Allow", value: "POST"))
        #expect(written(denied, close: true) == "HTTP/1.1 405 Method Not Allowed\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Allow: POST\r\nContent-Length: 19\r\nConnection: close\r\n\r\nmethod not allowed\n")
        #expect(written(HTTPResponse(status: 204)) == "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
        // HEAD: the length of the body that is not sent.
        #expect(written(json, omitBody: true) == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n")
        // Pipelined answers queue behind what is not yet written.
        #expect(written(HTTPResponse(status: 204), after: "x") == "xHTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
    }

    @Test func contentLengthDigits() {
        for length in [0, 1, 9, 10, 99, 100, 1114, 65536, 3 << 20] {
            let response = HTTPResponse(status: 200, body: [UInt8](repeating: 0x61, count: length))
            #expect(written(response, omitBody: true).contains("\r\nContent-Length: \(length)\r\n"))
        }
    }
}
