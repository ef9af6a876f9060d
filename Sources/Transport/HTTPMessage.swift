/// One header field; `name` is lowercased (field names are case-insensitive).
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A complete HTTP/1.x request, body included (already de-chunked).
public struct HTTPRequest: Sendable {
    public var method: String
    /// The request-target as sent: origin form (path and query) from almost every client,
    /// absolute form (`https://host/path`) from some; `path` reads both.
    public var target: String
    public var minorVersion: Int
    /// The header fields in order, names lowercased. A parsed request keeps its field lines
    /// as received and builds these on each read.
    public var headers: [HTTPHeader] {
        get { fieldSection?.fields ?? givenHeaders }
        set { givenHeaders = newValue; fieldSection = nil }
    }
    public var body: [UInt8]
    /// The client's address, `ip:port`.
    public var remoteAddress: String
    private var givenHeaders: [HTTPHeader]
    private var fieldSection: FieldSection?

    public init(method: String, target: String, minorVersion: Int = 1, headers: [HTTPHeader] = [],
                body: [UInt8] = [], remoteAddress: String = "") {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.givenHeaders = headers
        self.fieldSection = nil
        self.body = body
        self.remoteAddress = remoteAddress
    }

    init(method: String, target: String, minorVersion: Int, fieldSection: FieldSection,
         body: [UInt8], remoteAddress: String) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.givenHeaders = []
        self.fieldSection = fieldSection
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The path without the query. For an absolute-form target, which servers must accept
    /// (RFC 9112, 3.2.2), the path after the authority ("/" when there is none).
    public var path: Substring {
        // Byte searches: `firstIndex(of: Character)` walks grapheme clusters.
        let utf8 = target.utf8
        var start = utf8.startIndex
        if utf8.first != UInt8(ascii: "/"), let authority = Self.authorityStart(target) {
            guard let slash = utf8[authority...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }),
                  utf8[slash] == UInt8(ascii: "/") else { return "/" }
            start = slash
        }
        if let q = utf8[start...].firstIndex(of: UInt8(ascii: "?")) { return target[start..<q] }
        return target[start...]
    }

    /// Where the authority begins in `http://` or `https://` (any case), or nil.
    private static func authorityStart(_ target: String) -> String.Index? {
        for scheme in ["http://", "https://"] {
            let utf8 = target.utf8
            guard utf8.count > scheme.utf8.count,
                  zip(utf8, scheme.utf8).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) else { continue }
            return utf8.index(utf8.startIndex, offsetBy: scheme.utf8.count)
        }
        return nil
    }

    /// The first value of header `name` (give it lowercased).
    public func header(_ name: String) -> String? {
        if let fieldSection { return fieldSection.value(of: name) }
        return givenHeaders.first { $0.name == name }?.value
    }
}

/// A response to write. `route` labels the request in metrics and logs (keep it
/// to a small fixed set: it becomes a Prometheus label).
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Written first, before `headers` (kept apart: most responses then need no header array).
    public var contentType: String?
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    public var route: String

    public init(status: Int, contentType: String? = nil, headers: [HTTPHeader] = [], body: [UInt8] = [],
                route: String = "other") {
        self.status = status
        self.contentType = contentType
        self.headers = headers
        self.body = body
        self.route = route
    }

    public static func text(_ status: Int, _ text: String, route: String = "other") -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8), route: route)
    }
}

/// The application: turns a request into a response. It runs on an event-loop
/// thread, so it must not block on I/O; CPU work of a millisecond or so is fine.
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest) -> HTTPResponse

    /// For a request whose head asked for `100-continue` (`request` has no body yet): the
    /// answer if it cannot depend on the body (a wrong route, method or media type), sent
    /// instead of `100 Continue` so the client does not upload the body for nothing. The
    /// connection then closes, its body unread. nil (the default): continue.
    func answerBeforeBody(_ request: HTTPRequest) -> HTTPResponse?
}

extension HTTPHandler {
    public func answerBeforeBody(_ request: HTTPRequest) -> HTTPResponse? { nil }
}

enum HTTPStatus {
    static func reason(_ code: Int) -> String {
        switch code {
        case 100: return "Continue"
        case 200: return "OK"
        case 204: return "No Content"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 415: return "Unsupported Media Type"
        case 417: return "Expectation Failed"
        case 422: return "Unprocessable Content"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Status \(code)"
        }
    }
}
