import Documents
import Telemetry
import Transport

/// Routes HTTP requests: the admission endpoints, health, readiness and metrics.
public struct WebhookApp: HTTPHandler {
    let responder: any AdmissionResponder
    let readiness: Readiness
    let metrics: MetricsRegistry

    public init(responder: any AdmissionResponder, readiness: Readiness, metrics: MetricsRegistry) {
        self.responder = responder
        self.readiness = readiness
        self.metrics = metrics
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/validate": return admission(.validate, request)
        case "/mutate": return admission(.mutate, request)
        case "/healthz":
            guard isRead(request) else { return methodNotAllowed("GET, HEAD", route: "/healthz", method: request.method) }
            return .text(200, "ok\n", route: "/healthz")
        case "/readyz":
            guard isRead(request) else { return methodNotAllowed("GET, HEAD", route: "/readyz", method: request.method) }
            let problems = readiness.problems(responderReady: responder.isReady)
            if problems.isEmpty { return .text(200, "ok\n", route: "/readyz") }
            return .text(503, "not ready: " + problems.joined(separator: ", ") + "\n", route: "/readyz")
        case "/metrics":
            guard isRead(request) else { return methodNotAllowed("GET, HEAD", route: "/metrics", method: request.method) }
            return HTTPResponse(status: 200, contentType: MetricsRegistry.contentType,
                                body: Array(metrics.render().utf8), route: "/metrics")
        default:
            return notFound
        }
    }

    /// The refusals `handle` would give whatever the body: a client that asked for
    /// `100-continue` gets them without uploading it.
    public func answerBeforeBody(_ request: HTTPRequest) -> HTTPResponse? {
        switch request.path {
        case "/validate": return admissionRefusal(request, route: "/validate")
        case "/mutate": return admissionRefusal(request, route: "/mutate")
        case "/healthz": return isRead(request) ? nil : methodNotAllowed("GET, HEAD", route: "/healthz", method: request.method)
        case "/readyz": return isRead(request) ? nil : methodNotAllowed("GET, HEAD", route: "/readyz", method: request.method)
        case "/metrics": return isRead(request) ? nil : methodNotAllowed("GET, HEAD", route: "/metrics", method: request.method)
        default: return notFound
        }
    }

    private func admission(_ route: AdmissionRoute, _ request: HTTPRequest) -> HTTPResponse {
        let label = switch route {  // literals: no String built per request
        case .validate: "/validate"
        case .mutate: "/mutate"
        }
        if let refusal = admissionRefusal(request, route: label) { return refusal }
        let (status, body) = responder.respond(to: route, body: request.body)
        return HTTPResponse(status: status, contentType: "application/json", body: body, route: label)
    }

    /// 405 unless POST, 415 unless JSON and not content-coded.
    private func admissionRefusal(_ request: HTTPRequest, route: String) -> HTTPResponse? {
        guard request.method == "POST" else { return methodNotAllowed("POST", route: route, method: request.method) }
        let contentType = request.header("content-type")
        guard Self.isJSON(contentType) else { return unsupportedMediaType(contentType, route: route) }
        if let coding = request.header("content-encoding"), !coding.isEmpty, coding.lowercased() != "identity" {
            // The API server never compresses a review; a compressed one would read as broken JSON.
            var response = HTTPResponse.text(415, "unsupported content coding: Content-Encoding \(quotedExcerpt(coding)) (an AdmissionReview is posted uncompressed)\n", route: route)
            response.headers.append(HTTPHeader(name: "Accept-Encoding", value: "identity"))
            return response
        }
        return nil
    }

    /// Whether a Content-Type names JSON, as the API server sends every review: the media
    /// type `application/json` in any case, with or without parameters (`; charset=utf-8`).
    static func isJSON(_ contentType: String?) -> Bool {
        guard var contentType else { return false }
        // Bytes, not Characters: this runs on every review (generic slicing cost ~5k instructions).
        return contentType.withUTF8 { p in
            var end = p.firstIndex(of: UInt8(ascii: ";")) ?? p.count
            while end > 0, p[end - 1] == 0x20 || p[end - 1] == 0x09 { end -= 1 }
            let expected: StaticString = "application/json"
            guard end == expected.utf8CodeUnitCount else { return false }
            for i in 0..<end {
                let byte = p[i] >= 0x41 && p[i] <= 0x5A ? p[i] | 0x20 : p[i]
                if byte != expected.utf8Start[i] { return false }
            }
            return true
        }
    }

    /// 415 with `Accept` (RFC 9110): a review posted as a form or as text is a client mistake,
    /// told at once rather than parsed anyway. (controller-runtime, under ESO's own webhook,
    /// refuses it too, as an AdmissionReview error with code 400.)
    private func unsupportedMediaType(_ contentType: String?, route: String) -> HTTPResponse {
        let got = contentType.map { "Content-Type: " + String($0.prefix(80)) } ?? "no Content-Type"
        var response = HTTPResponse.text(415, "unsupported media type: an AdmissionReview is posted as Content-Type: application/json (got \(got))\n", route: route)
        response.headers.append(HTTPHeader(name: "Accept", value: "application/json"))
        return response
    }

    static let standardMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]

    private var notFound: HTTPResponse { .text(404, "not found\n", route: "other") }

    private func isRead(_ request: HTTPRequest) -> Bool { request.method == "GET" || request.method == "HEAD" }

    /// 405 with `Allow`; 501 for a method HTTP does not define (RFC 9110 §9.1), such as `get`:
    /// methods are case-sensitive.
    private func methodNotAllowed(_ allow: String, route: String, method: String) -> HTTPResponse {
        guard Self.standardMethods.contains(method) else {
            return .text(501, "method not implemented: \(quotedExcerpt(method))\n", route: route)
        }
        var response = HTTPResponse.text(405, "method not allowed\n", route: route)
        response.headers.append(HTTPHeader(name: "Allow", value: allow))
        return response
    }
}
