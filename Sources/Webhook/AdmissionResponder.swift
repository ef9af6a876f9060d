/// The two webhook endpoints the API server calls.
public enum AdmissionRoute: String, Sendable {
    case validate, mutate
}

/// The seam between the HTTPS server and the admission logic: the Admission
/// side implements it in a file here, and `esoguard serve` wires it in.
public protocol AdmissionResponder: Sendable {
    /// Returns HTTP status and JSON body for a POSTed AdmissionReview.
    func respond(to route: AdmissionRoute, body: [UInt8]) -> (status: Int, body: [UInt8])
    /// True once policies are loaded; `/readyz` reports not ready until then.
    var isReady: Bool { get }
    /// Reloads whatever the responder loads from disk now (SIGHUP), rather than at its next poll.
    func reload()
}

extension AdmissionResponder {
    public func reload() {}
}
