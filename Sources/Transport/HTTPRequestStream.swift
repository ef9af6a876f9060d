/// Splits a byte stream into requests exactly as a connection does, fed in the
/// given pieces. Public for the fuzzer and tools; the server uses the parser directly.
public enum HTTPRequestStream {
    public enum Item: Equatable, Sendable {
        case request(method: String, target: String, body: [UInt8])
        case rejected(status: Int)
    }

    /// Parses `pieces` as consecutive reads; stops at the first rejection (as the server closes).
    public static func parse(_ pieces: [[UInt8]], limits: HTTPLimits = HTTPLimits()) -> [Item] {
        var items: [Item] = []
        drive(pieces, limits: limits) { request in
            items.append(.request(method: request.method, target: request.target, body: request.body))
        } rejected: { status in
            items.append(.rejected(status: status))
        }
        return items
    }

    /// The requests in `bytes` (one read) as the server's handler gets them, up to a rejection.
    public static func requests(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits()) -> [HTTPRequest] {
        var requests: [HTTPRequest] = []
        drive([bytes], limits: limits) { requests.append($0) } rejected: { _ in }
        return requests
    }

    private static func drive(_ pieces: [[UInt8]], limits: HTTPLimits, request: (HTTPRequest) -> Void,
                              rejected: (Int) -> Void) {
        var parser = RequestParser(limits: limits)
        var buffer: [UInt8] = []
        var start = 0
        for piece in pieces {
            buffer += piece
            while start < buffer.count {
                switch parser.parse(buffer, start: &start) {
                case .complete:
                    if let (taken, _) = parser.take(remoteAddress: "") { request(taken) }
                    continue
                case .failure(let status, _):
                    rejected(status)
                    return
                case .needMore, .sendContinue:
                    break
                }
                break
            }
        }
    }
}
