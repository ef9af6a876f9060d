/// A TLS 1.2 cipher suite esoguard offers: Mozilla's "intermediate" ECDHE suites.
///
/// `--tls-ciphers` takes their IANA names, as ESO's webhook and Kubernetes' components do
/// (Go's `crypto/tls` names, its short CHACHA20 aliases included), and can only narrow the
/// set: a weaker suite is refused with the list of those available. TLS 1.3's three suites
/// are not configurable, as in Go.
public enum TLSCipherSuite: String, Sendable, Hashable, CaseIterable {
    case ecdheECDSAWithAES128GCMSHA256 = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"
    case ecdheRSAWithAES128GCMSHA256 = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
    case ecdheECDSAWithAES256GCMSHA384 = "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"
    case ecdheRSAWithAES256GCMSHA384 = "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    case ecdheECDSAWithChaCha20Poly1305 = "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
    case ecdheRSAWithChaCha20Poly1305 = "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"

    /// OpenSSL's name for the suite.
    var openSSLName: String {
        switch self {
        case .ecdheECDSAWithAES128GCMSHA256: "ECDHE-ECDSA-AES128-GCM-SHA256"
        case .ecdheRSAWithAES128GCMSHA256: "ECDHE-RSA-AES128-GCM-SHA256"
        case .ecdheECDSAWithAES256GCMSHA384: "ECDHE-ECDSA-AES256-GCM-SHA384"
        case .ecdheRSAWithAES256GCMSHA384: "ECDHE-RSA-AES256-GCM-SHA384"
        case .ecdheECDSAWithChaCha20Poly1305: "ECDHE-ECDSA-CHACHA20-POLY1305"
        case .ecdheRSAWithChaCha20Poly1305: "ECDHE-RSA-CHACHA20-POLY1305"
        }
    }

    /// The key type the suite authenticates with.
    var usesECDSA: Bool { rawValue.hasPrefix("TLS_ECDHE_ECDSA_") }

    /// Parses a comma-separated list (`--tls-ciphers`); an error says what is wrong and
    /// what is available. An empty list means the default, as in ESO's webhook.
    public static func parseList(_ text: String) -> Result<[TLSCipherSuite], TransportError> {
        var suites: [TLSCipherSuite] = []
        if text.allSatisfy({ $0 == " " }) { return .success(allCases) }
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(item.trimmingSpaces())
            if name.isEmpty { return .failure(TransportError("--tls-ciphers: empty entry in \"\(text)\"")) }
            if let suite = TLSCipherSuite(rawValue: name) ?? goAliases[name] {
                if !suites.contains(suite) { suites.append(suite) }
            } else if tls13Names.contains(name) {
                return .failure(TransportError("--tls-ciphers: \(name) is a TLS 1.3 suite; TLS 1.3 always offers its three AEAD suites, as in Go"))
            } else {
                let available = allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(TransportError("--tls-ciphers: \(name) is not offered (only Mozilla's intermediate TLS 1.2 suites are: \(available))"))
            }
        }
        return .success(suites)
    }

    /// Go's `crypto/tls` names the CHACHA20 suites without the hash too.
    static let goAliases: [String: TLSCipherSuite] = [
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305": .ecdheECDSAWithChaCha20Poly1305,
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305": .ecdheRSAWithChaCha20Poly1305,
    ]

    static let tls13Names: Set<String> = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"]
}
