import Testing
import Transport

@Suite struct TLSCipherSuiteTests {
    func parse(_ text: String) -> [TLSCipherSuite]? { try? TLSCipherSuite.parseList(text).get() }

    func error(_ text: String) -> String {
        if case .failure(let e) = TLSCipherSuite.parseList(text) { return e.message }
        return "no error"
    }

    @Test func namesAsESOAndKubernetesWriteThem() {
        #expect(parse("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384") == [.ecdheECDSAWithAES256GCMSHA384])
        // Go's short CHACHA20 names, spaces after commas, a repeat.
        #expect(parse("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")
                == [.ecdheRSAWithChaCha20Poly1305, .ecdheRSAWithAES128GCMSHA256])
        // Empty is the default, as in ESO's webhook.
        #expect(parse("") == TLSCipherSuite.allCases)
        #expect(TLSCipherSuite.allCases.count == 6)
    }

    @Test func weakUnknownAndTLS13NamesAreClearErrors() {
        #expect(error("TLS_RSA_WITH_AES_128_CBC_SHA").hasPrefix("--tls-ciphers: TLS_RSA_WITH_AES_128_CBC_SHA is not offered (only Mozilla's intermediate TLS 1.2 suites are: TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "))
        #expect(error("ECDHE-RSA-AES128-GCM-SHA256").contains("is not offered"))   // OpenSSL's name, not IANA's
        #expect(error("TLS_AES_128_GCM_SHA256").contains("is a TLS 1.3 suite"))
        #expect(error("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384").contains("empty entry"))
    }
}
