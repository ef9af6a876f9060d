import Testing
import Transport

@Suite struct ListenAddressTests {
    @Test func parsesTheForms() {
        let cases: [(String, String, UInt16)] = [
            ("127.0.0.1:8443", "127.0.0.1", 8443), ("0.0.0.0:443", "0.0.0.0", 443), ("[::1]:8443", "::1", 8443),
            ("[::]:8443", "::", 8443), (":8443", "", 8443), ("localhost:9443", "localhost", 9443),
        ]
        for (text, host, port) in cases {
            let address = ListenAddress(parsing: text)
            #expect(address == ListenAddress(host: host, port: port), "\(text)")
            #expect(address?.description == text, "\(text)")
        }
    }

    @Test func refusesTheMalformed() {
        for text in ["8443", "127.0.0.1", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "::1:8443", "[::1]8443",
                     "[::1", "[]:8443", "host:port", ":"] {
            #expect(ListenAddress(parsing: text) == nil, "\(text)")
        }
    }
}
