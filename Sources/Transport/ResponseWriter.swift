import Glibc

/// Serializes responses straight into a connection's output buffer.
struct ResponseWriter {
    private var dateLine: [UInt8] = []
    private var dateSecond: Int = -1

    /// `Date: <IMF-fixdate>\r\n`, rebuilt at most once a second.
    mutating func date() -> [UInt8] {
        var now = time(nil)
        if now != dateSecond {
            dateSecond = now
            var tm = Glibc.tm()
            gmtime_r(&now, &tm)
            let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
            let text = "Date: \(days[Int(tm.tm_wday) % 7]), \(two(tm.tm_mday)) \(months[Int(tm.tm_mon) % 12]) "
                + "\(tm.tm_year + 1900) \(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec)) GMT\r\n"
            dateLine = Array(text.utf8)
        }
        return dateLine
    }

    /// `keepAliveHTTP10`: the request was HTTP/1.0 with `Connection: keep-alive`, whose clients
    /// keep the connection only when the answer says `Connection: keep-alive` too (RFC 7230 A.1.2).
    mutating func write(_ response: HTTPResponse, close: Bool, keepAliveHTTP10: Bool = false, omitBody: Bool,
                        into out: inout [UInt8]) {
        // Room for a typical head and the body, so appending never regrows `out`.
        out.reserveCapacity(out.count + 160 + (response.contentType?.utf8.count ?? 0) + response.body.count)
        out.append(contentsOf: Self.statusLine(response.status))
        if let contentType = response.contentType {
            out.append(contentsOf: "Content-Type: ".utf8)
            out.append(contentsOf: contentType.utf8)
            out.append(0x0D)
            out.append(0x0A)
        }
        for header in response.headers {
            out.append(contentsOf: header.name.utf8)
            out.append(0x3A)
            out.append(0x20)
            out.append(contentsOf: header.value.utf8)
            out.append(0x0D)
            out.append(0x0A)
        }
        out.append(contentsOf: "Content-Length: ".utf8)
        appendDecimal(response.body.count, to: &out)
        out.append(0x0D)
        out.append(0x0A)
        if close {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if keepAliveHTTP10 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(contentsOf: date())
        out.append(0x0D)
        out.append(0x0A)
        if !omitBody { out.append(contentsOf: response.body) }
    }

    /// `value` (not negative) in decimal, without building a String.
    private func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    static let status200: [UInt8] = Array("HTTP/1.1 200 OK\r\n".utf8)

    static func statusLine(_ status: Int) -> [UInt8] {
        if status == 200 { return status200 }
        return Array("HTTP/1.1 \(status) \(HTTPStatus.reason(status))\r\n".utf8)
    }

    static let continueLine: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// What a plain-HTTP client gets on the TLS port (before any TLS, so in clear text).
    static let plainHTTPRejection: [UInt8] = {
        let body = "Client sent an HTTP request to an HTTPS server.\n"
        return Array(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body).utf8)
    }()
}
