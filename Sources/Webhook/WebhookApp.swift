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
            guard isRead(request) else { return methodNotAllowed("GET, HEAD", route: "/healthz") }
            return .text(200, "ok\n", route: "/healthz")
        case "/readyz":
            guard isRead(request) else { return methodNotAllowed("GET, HEAD", route: "/readyz") }
            let problems = readiness.problems(responderReady: responder.isReady)
            if problems.isEmpty { return .text(200, "ok\n", route: "/readyz") }
            return .text(503, "not ready: " + problems.joined(separator: ", ") + "\n", route: "/readyz")
        case "/metrics":
            guard isRead(request) else { return methodNotAllowed("GET, HEAD", route: "/metrics") }
            return HTTPResponse(status: 200, contentType: MetricsRegistry.contentType,
                                body: Array(metrics.render().utf8), route: "/metrics")
        default:
            return .text(404, "not found\n", route: "other")
        }
    }

    private func admission(_ route: AdmissionRoute, _ request: HTTPRequest) -> HTTPResponse {
        let label = switch route {  // literals: no String built per request
        case .validate: "/validate"
        case .mutate: "/mutate"
        }
        guard request.method == "POST" else { return methodNotAllowed("POST", route: label) }
        let (status, body) = responder.respond(to: route, body: request.body)
        return HTTPResponse(status: status, contentType: "application/json", body: body, route: label)
    }

    private func isRead(_ request: HTTPRequest) -> Bool { request.method == "GET" || request.method == "HEAD" }

    private func methodNotAllowed(_ allow: String, route: String) -> HTTPResponse {
        var response = HTTPResponse.text(405, "method not allowed\n", route: route)
        response.headers.append(HTTPHeader(name: "Allow", value: allow))
        return response
    }
}
