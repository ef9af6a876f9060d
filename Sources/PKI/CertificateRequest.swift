/// What `esoguard certs` should produce: a CA and a serving certificate for a
/// Kubernetes Service, and when to renew them.
public struct CertificateRequest: Sendable, Hashable {
    public var service: String
    public var namespace: String
    /// Lifetime of a new serving certificate.
    public var days: Int
    /// Lifetime of a new CA.
    public var caDays: Int
    /// Renew a certificate that expires within this many seconds.
    public var renewBeforeSeconds: Int

    public init(service: String, namespace: String, days: Int = 365, caDays: Int = 3650,
                renewBeforeSeconds: Int = 30 * 86_400) {
        self.service = service
        self.namespace = namespace
        self.days = days
        self.caDays = caDays
        self.renewBeforeSeconds = renewBeforeSeconds
    }

    /// The names the API server and local clients use to reach the webhook:
    /// every form of the Service's DNS name, plus loopback for development.
    public var subjectAlternativeNames: [String] {
        let svc = "\(service).\(namespace).svc"
        return ["DNS:\(service)", "DNS:\(service).\(namespace)", "DNS:\(svc)", "DNS:\(svc).cluster.local",
                "DNS:localhost", "IP:127.0.0.1", "IP:::1"]
    }

    public var servingCommonName: String { "\(service).\(namespace).svc" }
    public var caCommonName: String { "esoguard CA for \(service).\(namespace)" }

    /// Rejects requests that would produce unusable certificates or renew on every run.
    public func validate() throws {
        for (flag, value) in [("--service", service), ("--namespace", namespace)] {
            guard Self.isDNSLabel(value) else {
                throw PKIError("\(flag) '\(value)' is not a valid Kubernetes name (lowercase letters, digits and '-', at most 63, starting and ending with a letter or digit)")
            }
        }
        guard (1...36_500).contains(days) else { throw PKIError("--days must be between 1 and 36500, not \(days)") }
        guard (1...36_500).contains(caDays) else { throw PKIError("--ca-days must be between 1 and 36500, not \(caDays)") }
        guard renewBeforeSeconds < days * 86_400 else {
            throw PKIError("--renew-before (\(renewBeforeSeconds / 3600)h) must be shorter than --days (\(days)d), or every run would renew")
        }
        guard renewBeforeSeconds < caDays * 86_400 else {
            throw PKIError("--renew-before (\(renewBeforeSeconds / 3600)h) must be shorter than --ca-days (\(caDays)d), or every run would replace the CA")
        }
    }

    static func isDNSLabel(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard (1...63).contains(bytes.count) else { return false }
        let alnum: (UInt8) -> Bool = { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
        guard let first = bytes.first, let last = bytes.last, alnum(first), alnum(last) else { return false }
        return bytes.allSatisfy { alnum($0) || $0 == 45 }
    }
}
