/// Everything `esoguard manifests` varies in the webhook configurations.
public struct WebhookOptions: Sendable, Hashable {
    public enum FailurePolicy: String, Sendable, CaseIterable {
        case fail = "Fail"
        case ignore = "Ignore"
    }

    public enum Profile: String, Sendable, CaseIterable {
        case baseline
        case restricted
    }

    /// Where the CA that signed the serving certificate comes from.
    public enum CASource: Sendable, Hashable {
        /// No caBundle: something else fills it in (the self-signed Job, a patch).
        case none
        /// PEM bytes of the CA, embedded base64-encoded as `caBundle`.
        case bundle([UInt8])
        /// cert-manager's cainjector copies the CA of this Certificate (`namespace/name`).
        case certManager(namespace: String, certificate: String)
    }

    /// Name of both configuration objects.
    public var name: String = "esoguard"
    public var namespace: String = "esoguard-system"
    public var service: String = "esoguard"
    public var port: Int = 443
    public var ca: CASource = .none
    public var failurePolicy: FailurePolicy = .fail
    public var timeoutSeconds: Int = 5
    public var profile: Profile = .baseline
    /// Namespaces besides esoguard's own whose namespaced objects are not sent to the webhook.
    public var skipNamespaces: [String] = []

    public init() {}

    /// Every namespace the namespaceSelector excludes: esoguard's own first
    /// (so it can always be repaired), then the extra ones, without duplicates.
    public var excludedNamespaces: [String] {
        var seen: Set<String> = []
        return ([namespace] + skipNamespaces).filter { seen.insert($0).inserted }
    }

    public func validate() throws {
        for (flag, value) in [("--namespace", namespace), ("--service", service), ("--name", name)] + skipNamespaces.map({ ("--skip-namespace", $0) }) {
            guard isDNSLabel(value) else {
                throw InstallError("\(flag) '\(value)' is not a valid Kubernetes name (lowercase letters, digits and '-', at most 63 characters)")
            }
        }
        guard (1...30).contains(timeoutSeconds) else {
            throw InstallError("--timeout-seconds must be between 1 and 30 (the API server's limit), not \(timeoutSeconds)")
        }
        if profile == .restricted && failurePolicy == .ignore {
            throw InstallError("--profile restricted requires --failure-policy Fail: with Ignore, an unreachable webhook lets every object through")
        }
        if case .bundle(let pem) = ca {
            let text = String(decoding: pem, as: UTF8.self)
            guard text.contains("-----BEGIN CERTIFICATE-----") else {
                throw InstallError("--ca-bundle holds no PEM certificate")
            }
            guard !text.contains("PRIVATE KEY") else {
                throw InstallError("--ca-bundle holds a private key; pass the CA certificate (ca.crt), never a key")
            }
        }
        if case .certManager(let ns, let certificate) = ca {
            guard isDNSLabel(ns), isDNSSubdomain(certificate) else {
                throw InstallError("--cert-manager must name a cert-manager Certificate as NAME or NAMESPACE/NAME, not '\(ns)/\(certificate)'")
            }
        }
    }
}

/// A bad `manifests` option, worded for the person who passed it.
public struct InstallError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

func isDNSLabel(_ s: String) -> Bool {
    let bytes = Array(s.utf8)
    guard (1...63).contains(bytes.count) else { return false }
    let alnum: (UInt8) -> Bool = { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
    guard let first = bytes.first, let last = bytes.last, alnum(first), alnum(last) else { return false }
    return bytes.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") }
}

func isDNSSubdomain(_ s: String) -> Bool {
    s.utf8.count <= 253 && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isDNSLabel(String($0)) }
}
