/// Allows everything, echoing the request's `uid` and `apiVersion`: the
/// placeholder until the policy-driven responder is wired in.
public struct EchoAdmissionResponder: AdmissionResponder {
    public init() {}

    public var isReady: Bool { true }

    public func respond(to route: AdmissionRoute, body: [UInt8]) -> (status: Int, body: [UInt8]) {
        guard let fields = AdmissionReviewSkim.scan(body) else {
            return (400, Array("{\"error\":\"request body is not valid JSON\"}".utf8))
        }
        guard let uid = fields.uid else {
            return (400, Array("{\"error\":\"AdmissionReview has no request.uid\"}".utf8))
        }
        // Both strings are copied as their raw JSON tokens, escapes included.
        let apiVersion = fields.apiVersion ?? Array("\"admission.k8s.io/v1\"".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(96 + uid.count + apiVersion.count)
        out.append(contentsOf: "{\"apiVersion\":".utf8)
        out.append(contentsOf: apiVersion)
        out.append(contentsOf: ",\"kind\":\"AdmissionReview\",\"response\":{\"uid\":".utf8)
        out.append(contentsOf: uid)
        out.append(contentsOf: ",\"allowed\":true}}".utf8)
        return (200, out)
    }
}
