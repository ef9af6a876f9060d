/// Splits a byte stream into requests exactly as a connection does, fed in the
/// given pieces. Public for the fuzzer and tools; the server uses the parser directly.
public enum HTTPRequestStream {
    public enum Item: Equatable, Sendable {
        case request(method: String, target: String, body: [UInt8])
        case rejected(status: Int)
    }

    /// Parses `pieces` as consecutive reads; stops at the first rejection (as the server closes).
    public static func parse(_ pieces: [[UInt8]], limits: HTTPLimits = HTTPLimits()) -> [Item] {
        var parser = RequestParser(limits: limits)
        var buffer: [UInt8] = []
        var start = 0
        var items: [Item] = []
        for piece in pieces {
            buffer += piece
            while start < buffer.count {
                switch parser.parse(buffer, start: &start) {
                case .complete:
                    if let (request, _) = parser.take(remoteAddress: "") {
                        items.append(.request(method: request.method, target: request.target, body: request.body))
                    }
                    continue
                case .failure(let status, _):
                    items.append(.rejected(status: status))
                    return items
                case .needMore, .sendContinue:
                    break
                }
                break
            }
        }
        return items
    }
}
