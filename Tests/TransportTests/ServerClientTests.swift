import Foundation
import Testing
import TestSupport
import Transport

/// `esoguard serve` driven by curl and openssl s_client.
@Suite struct ServerClientTests {
    static func review(uid: String = "705ab4f5-6393-11e8-b7cc-42010a800002", apiVersion: String = "admission.k8s.io/v1", data: String = "") -> String {
        TransportTests.review(uid: uid, apiVersion: apiVersion, data: data)
    }

    @Test func curlGetsHealthReadinessAndAnEchoedReview() throws {
        let server = try TestServer()
        defer { server.stop() }
        #expect(try server.curl([server.url + "/healthz"]).stdout == "ok\n")
        #expect(try server.curl([server.url + "/readyz"]).stdout == "ok\n")
        let review = try server.curl(["-H", "Content-Type: application/json", "--data-binary", sampleReview,
                                      server.url + "/validate"])
        #expect(review.stdout.contains(#""uid":"705ab4f5-6393-11e8-b7cc-42010a800002""#))
        #expect(review.stdout.contains(#""kind":"AdmissionReview""#))
        #expect(review.stdout.contains(#""allowed":true"#))
        let beta = Self.review(uid: "u-beta", apiVersion: "admission.k8s.io/v1beta1")
        let betaOut = try server.curl(["-H", "Content-Type: application/json", "--data-binary", beta, server.url + "/mutate"])
        #expect(betaOut.stdout.contains(#""apiVersion":"admission.k8s.io/v1beta1""#))
        #expect(betaOut.stdout.contains(#""uid":"u-beta""#))
        let bad = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", "{not json", server.url + "/validate"])
        #expect(bad.stdout == "400")
        let noUID = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", "{\"request\":{}}", server.url + "/validate"])
        #expect(noUID.stdout == "400")
        let get = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", server.url + "/validate"])
        #expect(get.stdout == "405")
        // A review is JSON (controller-runtime's rule too); curl's plain -d posts a form.
        let form = try server.curl(["-i", "--data-binary", sampleReview, server.url + "/validate"])
        #expect(form.stdout.hasPrefix("HTTP/1.1 415 "))
        #expect(form.stdout.lowercased().contains("\r\naccept: application/json\r\n"))
        #expect(form.stdout.contains("(got Content-Type: application/x-www-form-urlencoded)"))
        #expect(!form.stdout.contains("705ab4f5"))
        let none = try server.curl(["-w", "%{http_code}", "-H", "Content-Type:", "--data-binary", sampleReview, server.url + "/mutate"])
        #expect(none.stdout.hasPrefix("unsupported media type") && none.stdout.hasSuffix("(got no Content-Type)\n415"))
        let charset = try server.curl(["-H", "Content-Type: Application/JSON ; charset=utf-8", "--data-binary", sampleReview,
                                       server.url + "/validate"])
        #expect(charset.stdout.contains(#""uid":"705ab4f5-6393-11e8-b7cc-42010a800002""#))
        let missing = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", server.url + "/nope"])
        #expect(missing.stdout == "404")
        // Methods are case-sensitive: one HTTP does not define gets 501, not 405.
        for method in ["get", "FOO"] {
            let unknown = try server.curl(["-w", "%{http_code}", "-X", method, server.url + "/healthz"])
            #expect(unknown.stdout == "method not implemented: \"\(method)\"\n501")
        }
        #expect(try server.curl(["-w", "%{http_code}", "-o", "/dev/null", "-X", "DELETE", server.url + "/healthz"]).stdout == "405")
        // A compressed review is refused as such rather than read as broken JSON.
        let gzip = try server.curl(["-i", "-H", "Content-Type: application/json", "-H", "Content-Encoding: gzip",
                                    "--data-binary", sampleReview, server.url + "/validate"])
        #expect(gzip.stdout.hasPrefix("HTTP/1.1 415 "))
        #expect(gzip.stdout.contains("Content-Encoding \"gzip\""))
        #expect(gzip.stdout.lowercased().contains("\r\naccept-encoding: identity\r\n"))
        let identity = try server.curl(["-H", "Content-Type: application/json", "-H", "Content-Encoding: Identity",
                                        "--data-binary", sampleReview, server.url + "/validate"])
        #expect(identity.stdout.contains("705ab4f5"))
    }

    @Test func curlReusesOneConnectionForTwoRequests() throws {
        let server = try TestServer()
        defer { server.stop() }
        let r = try server.curl(["-v", server.url + "/healthz", server.url + "/readyz"])
        #expect(r.stdout == "ok\nok\n")
        #expect(r.stderr.contains("Re-using existing connection") || r.stderr.contains("Reusing existing connection"))
        #expect(r.stderr.contains("ALPN: server accepted http/1.1"))
    }

    @Test func metricsCountRequestsAndExposeCertificateExpiry() throws {
        let server = try TestServer()
        defer { server.stop() }
        _ = try server.curl(["-H", "Content-Type: application/json", "--data-binary", sampleReview, server.url + "/validate"])
        _ = try server.curl(["-H", "Content-Type: application/json", "--data-binary", "nope", server.url + "/validate"])
        _ = try runCommand("openssl", ["s_client", "-connect", "127.0.0.1:\(server.port)", "-tls1_1"], stdin: "", timeout: 10)
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        #expect(metrics.contains(#"esoguard_http_requests_total{route="/validate",code="200"} 1"#))
        #expect(metrics.contains(#"esoguard_http_requests_total{route="/validate",code="400"} 1"#))
        #expect(metrics.contains(#"esoguard_http_request_duration_seconds_count{route="/validate",code="200"} 1"#))
        #expect(metrics.contains(#"esoguard_http_request_duration_seconds_bucket{route="/validate",code="200",le="+Inf"} 1"#))
        let open = metrics.split(separator: "\n").first { $0.hasPrefix("esoguard_open_connections ") }
        #expect((open.flatMap { Int($0.split(separator: " ")[1]) } ?? 0) >= 1)   // at least this one
        #expect(metrics.contains(#"esoguard_tls_handshake_failures_total{reason="error"} 1"#))
        // notAfter is about two days ahead (certificates are made with -days 2).
        let expiryLine = metrics.split(separator: "\n").first { $0.hasPrefix("esoguard_tls_certificate_expiry_timestamp_seconds ") }
        let expiry = try #require(expiryLine.flatMap { Double($0.split(separator: " ")[1]) })
        let now = Date().timeIntervalSince1970
        #expect(expiry > now + 86_400 && expiry < now + 3 * 86_400)
        // Prometheus' standard process metrics and the build.
        func value(_ name: String) -> Double? {
            metrics.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
        }
        #expect((value("process_resident_memory_bytes") ?? 0) > 1_000_000)
        #expect((value("process_open_fds") ?? 0) >= 3)
        #expect((value("process_cpu_seconds_total") ?? -1) >= 0)
        #expect(abs((value("process_start_time_seconds") ?? 0) - now) < 600)
        #expect(metrics.contains(#"esoguard_build_info{version=""#))
    }

    @Test func tls13And12SucceedAndTls11Fails() throws {
        let server = try TestServer()
        defer { server.stop() }
        let connect = "127.0.0.1:\(server.port)"
        let v13 = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_3", "-alpn", "http/1.1"], stdin: "", timeout: 10)
        #expect(v13.stdout.contains("Protocol  : TLSv1.3") || v13.stdout.contains("New, TLSv1.3"))
        #expect(v13.stdout.contains("ALPN protocol: http/1.1"))
        let v12 = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_2"], stdin: "", timeout: 10)
        #expect(v12.stdout.contains("New, TLSv1.2, Cipher is ECDHE-ECDSA-AES"))
        #expect(v12.stdout.contains("Compression: NONE"))
        let v11 = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_1"], stdin: "", timeout: 10)
        #expect(v11.status != 0)
        #expect(!v11.stdout.contains("Cipher is ECDHE"))
        // A non-intermediate suite is refused.
        let weak = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_2", "-cipher", "AES128-SHA"], stdin: "", timeout: 10)
        #expect(weak.status != 0)
    }

    /// --tls-ciphers narrows the TLS 1.2 suites; TLS 1.3 is untouched.
    @Test func tlsCiphersNarrowTheTls12Suites() throws {
        let server = try TestServer(extra: ["--tls-ciphers", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"])
        defer { server.stop() }
        let connect = "127.0.0.1:\(server.port)"
        let allowed = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES256-GCM-SHA384"],
                                     stdin: "", timeout: 10)
        #expect(allowed.stdout.contains("Cipher is ECDHE-ECDSA-AES256-GCM-SHA384"), "\(allowed.stdout.prefix(300))")
        let other = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256"],
                                   stdin: "", timeout: 10)
        #expect(other.status != 0 && !other.stdout.contains("Cipher is ECDHE"), "\(other.stdout.prefix(300))")
        let v13 = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_3"], stdin: "", timeout: 10)
        #expect(v13.stdout.contains("New, TLSv1.3"), "\(v13.stdout.prefix(300))")
        #expect(server.process.log.contains("\"tls_ciphers\":\"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384\""), "\(server.process.log)")
    }

    /// Suites that cannot sign with the key would leave TLS 1.2 clients nothing: refused at start.
    @Test func tlsCiphersWithoutASuiteForTheKeyAreRefused() throws {
        let certs = try TestCertificates.get()
        let r = try runCommand(Repo.esoguardBinary, ["serve", "--listen", "127.0.0.1:\(freePort())", "--tls-cert", certs.rsaCert,
                                                     "--tls-key", certs.rsaKey, "--policies", Repo.path("policies/baseline"),
                                                     "--tls-ciphers", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"], timeout: 10)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--tls-ciphers has no RSA suite for the RSA key"), "\(r.stderr)")
    }

    @Test(arguments: ["1.3", "VersionTLS13"]) func tlsMinVersion13RefusesTls12(value: String) throws {
        let server = try TestServer(extra: ["--tls-min-version", value])
        defer { server.stop() }
        let connect = "127.0.0.1:\(server.port)"
        let v12 = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_2"], stdin: "", timeout: 10)
        #expect(v12.status != 0 && !v12.stdout.contains("Cipher is ECDHE"), "\(v12.stdout.prefix(300))")
        let v13 = try runCommand("openssl", ["s_client", "-connect", connect, "-tls1_3"], stdin: "", timeout: 10)
        #expect(v13.stdout.contains("New, TLSv1.3"), "\(v13.stdout.prefix(300))")
        #expect(server.process.log.contains("\"tls_min_version\":\"1.3\""))
    }

    @Test(arguments: [
        (["--tls-min-version", "1.1"], "--tls-min-version: expected 1.2 or 1.3"),
        (["--max-buffered-bytes", "1048576"], "--max-buffered-bytes (1048576) must be at least --max-body-bytes (3145728)"),
        (["--tls-ciphers", "TLS_RSA_WITH_AES_128_CBC_SHA"], "--tls-ciphers: TLS_RSA_WITH_AES_128_CBC_SHA is not offered"),
    ])
    func badServeFlagsAreAClearError(flags: [String], message: String) throws {
        let certs = try TestCertificates.get()
        let r = try runCommand(Repo.esoguardBinary, ["serve", "--tls-cert", certs.ecCert, "--tls-key", certs.ecKey] + flags,
                               timeout: 10)
        #expect(r.status != 0)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    /// An encrypted key is a clear error, even on a terminal, where OpenSSL's default would
    /// ask for its passphrase and block for good (`script` gives the server a terminal).
    @Test func anEncryptedKeyIsAClearErrorNotAPrompt() throws {
        let certs = try TestCertificates.get()
        let dir = try TempDir("encrypted-key")
        defer { dir.remove() }
        let key = dir.path + "/enc.key"
        let made = try runCommand("openssl", ["pkey", "-in", certs.ecKey, "-aes256", "-passout", "pass:secret", "-out", key])
        #expect(made.status == 0, "\(made.stderr)")
        let command = [Repo.esoguardBinary, "serve", "--listen", "127.0.0.1:\(freePort())", "--tls-cert", certs.ecCert, "--tls-key", key]
            .map { "'\($0)'" }.joined(separator: " ")
        let r = try runCommand("script", ["-qec", command, "/dev/null"], stdin: "", timeout: 10)
        #expect(!r.timedOut)
        #expect(r.status != 0)
        #expect(r.output.contains("enc.key: it is encrypted; esoguard reads unencrypted PEM keys"), "\(r.output)")
        #expect(!r.output.contains("pass phrase"))
    }

    @Test func renegotiationIsRefused() throws {
        let server = try TestServer()
        defer { server.stop() }
        // s_client renegotiates on a line "R"; the server answers with a no_renegotiation alert.
        let r = try runCommand("sh", ["-c", "(printf 'R\\n'; sleep 1; printf 'GET /healthz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n'; sleep 1) | "
                                      + "openssl s_client -connect 127.0.0.1:\(server.port) -tls1_2 2>&1"], timeout: 15)
        #expect(r.stdout.contains("RENEGOTIATING"))
        #expect(r.stdout.contains("no renegotiation"))
        #expect(!r.stdout.contains("HTTP/1.1 200"))
    }

    @Test func rsaKeysServeToo() throws {
        let certs = try TestCertificates.get()
        let server = try TestServer(cert: certs.rsaCert, key: certs.rsaKey)
        defer { server.stop() }
        let v12 = try runCommand("openssl", ["s_client", "-connect", "127.0.0.1:\(server.port)", "-tls1_2"], stdin: "", timeout: 10)
        #expect(v12.stdout.contains("Cipher is ECDHE-RSA-AES"))
        #expect(try server.curl([server.url + "/healthz"]).stdout == "ok\n")
    }

    @Test func sessionsResumeOnTls12AndTls13() throws {
        let server = try TestServer()
        defer { server.stop() }
        let dir = try TempDir("resume")
        defer { dir.remove() }
        let connect = "127.0.0.1:\(server.port)"
        // Both from the server's session cache: TLS 1.2 by session id (also for a client that
        // offers tickets), TLS 1.3 by a ticket that only names the cache entry.
        for version in [["-tls1_2"], ["-tls1_2", "-no_ticket"], ["-tls1_3"]] {
            let session = dir.file("sess\(version.joined())")
            // s_client needs a request/response round so the TLS 1.3 ticket arrives before it exits.
            let request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            let first = try runCommand("openssl", ["s_client", "-connect", connect] + version + ["-sess_out", session, "-ign_eof"],
                                       stdin: request, timeout: 10)
            #expect(first.stdout.contains("New, TLSv1."))
            // No stateless tickets: none in TLS 1.2, and TLS 1.3's is a 32-byte cache key (an
            // encrypted session would be some 200 bytes).
            if version.contains("-tls1_3") {
                #expect(first.stdout.contains("TLS session ticket:") && first.stdout.contains("    0010 - ")
                        && !first.stdout.contains("    0020 - "), "\(first.stdout)")
            } else {
                #expect(!first.stdout.contains("TLS session ticket:"), "\(first.stdout)")
            }
            let second = try runCommand("openssl", ["s_client", "-connect", connect] + version + ["-sess_in", session, "-ign_eof"],
                                        stdin: request, timeout: 10)
            #expect(second.stdout.contains("Reused, TLSv1."), "\(version): \(second.stdout.prefix(400))")
        }
    }

    @Test func aClientsCloseNotifyIsAnswered() throws {
        let server = try TestServer()
        defer { server.stop() }
        for version: Int32 in [0x0303, 0x0304] {   // TLS 1.2, TLS 1.3
            let client = try server.client(maxVersion: version)
            try client.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(parseResponses(try client.read()).first?.status == 200)
            // Clients that wait for the server's close_notify (Python's unwrap) see a clean close.
            #expect(client.closeNotify(), "TLS version \(version): no close_notify in answer")
        }
    }

    @Test func mutualTLSRequiresAClientCertificateFromTheCA() throws {
        let certs = try TestCertificates.get()
        let server = try TestServer(extra: ["--client-ca", certs.clientCA])
        defer { server.stop() }
        let good = try server.curl(["--cert", certs.clientCert, "--key", certs.clientKey, server.url + "/healthz"])
        #expect(good.stdout == "ok\n")
        let none = try server.curl([server.url + "/healthz"])
        #expect(none.stdout.isEmpty)
        #expect(none.status != 0)
        let stranger = try server.curl(["--cert", certs.strangerCert, "--key", certs.strangerKey, server.url + "/healthz"])
        #expect(stranger.stdout.isEmpty)
        // The debug line says why the certificate was refused, beyond "certificate verify failed".
        usleep(100_000)
        #expect(server.process.log.contains(#""client_certificate":"self-signed certificate""#), "\(server.process.log)")
        let sClient = try runCommand("openssl", ["s_client", "-connect", "127.0.0.1:\(server.port)", "-cert", certs.clientCert,
                                                 "-key", certs.clientKey, "-tls1_3", "-ign_eof"],
                                     stdin: "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout: 10)
        #expect(sClient.stdout.contains("HTTP/1.1 200 OK"))
    }

    /// A changed client CA is reloaded like the certificate, and the log names it.
    @Test func aChangedClientCAIsReloadedAndNamed() throws {
        let certs = try TestCertificates.get()
        let dir = try TempDir("client-ca")
        defer { dir.remove() }
        let ca = dir.path + "/ca.crt"
        try FileManager.default.copyItem(atPath: certs.clientCA, toPath: ca)
        let server = try TestServer(extra: ["--client-ca", ca])
        defer { server.stop() }
        try FileManager.default.removeItem(atPath: ca)
        try FileManager.default.copyItem(atPath: certs.servingCA, toPath: ca)
        var reloaded = false
        for _ in 0..<60 where !reloaded {   // the files are checked once a second
            usleep(100_000)
            reloaded = server.process.log.contains(#""msg":"reloaded TLS certificate and client CA""#)
        }
        #expect(reloaded, "\(server.process.log)")
        #expect(server.process.log.contains("\"client_ca\":\"\(ca)\""))
        // The old CA's client is refused now.
        let old = try server.curl(["--cert", certs.clientCert, "--key", certs.clientKey, server.url + "/healthz"])
        #expect(old.stdout.isEmpty)
    }

    @Test func notReadyWithoutAValidPolicySet() throws {
        let dir = try TempDir("no-policies")
        defer { dir.remove() }
        try dir.write("broken.yaml", "this: [is not a policy\n")
        let server = try TestServer(extra: ["--policies", dir.path])
        defer { server.stop() }
        #expect(try server.curl([server.url + "/healthz"]).stdout == "ok\n")
        let ready = try server.curl(["-w", "\n%{http_code}", server.url + "/readyz"])
        #expect(ready.stdout.hasSuffix("\n503"))
        #expect(ready.stdout.contains("policies not loaded"))
    }

    @Test func aSecondServerOnTheSamePortFailsClearly() throws {
        let certs = try TestCertificates.get()
        let server = try TestServer()
        defer { server.stop() }
        let second = try runCommand(Repo.esoguardBinary, ["serve", "--listen", "127.0.0.1:\(server.port)", "--tls-cert", certs.ecCert,
                                                          "--tls-key", certs.ecKey, "--policies", Repo.path("policies/baseline")],
                                    timeout: 10)
        #expect(second.status == 1)
        #expect(second.stderr.contains("Address already in use"))
    }

    /// True where the machine has an IPv6 loopback; the IPv6 checks are skipped quietly without.
    static let hasIPv6Loopback = (try? runCommand("sh", ["-c", "grep -q ' lo$' /proc/net/if_inet6"], timeout: 5))?.status == 0

    @Test func listensOnIPv6Loopback() throws {
        guard Self.hasIPv6Loopback else { return }
        let server = try TestServer(host: "::1")
        defer { server.stop() }
        let r = try server.curl(["-g", server.url + "/healthz"])
        #expect(r.stdout == "ok\n", "\(r.stderr)")
    }

    /// `--listen :PORT` is every interface of both families (one dual-stack socket, as Go's
    /// ":8443"), and an IPv4 client of it is logged with its IPv4 address.
    @Test func listensOnAllInterfacesOfBothFamilies() throws {
        let certs = try TestCertificates.get()
        let port = freePort()
        let server = try ServerProcess(Repo.esoguardBinary, ["serve", "--listen", ":\(port)", "--tls-cert", certs.ecCert,
                                                            "--tls-key", certs.ecKey, "--log-level", "debug",
                                                            "--policies", Repo.path("policies/baseline")],
                                       waitForPort: port, timeout: 10)
        defer { server.stop() }
        let v4 = try runCommand("curl", ["-sS", "-k", "--max-time", "10", "https://127.0.0.1:\(port)/healthz"], timeout: 15)
        #expect(v4.stdout == "ok\n", "\(v4.stderr)")
        if Self.hasIPv6Loopback {
            let v6 = try runCommand("curl", ["-sS", "-k", "-g", "--max-time", "10", "https://[::1]:\(port)/healthz"], timeout: 15)
            #expect(v6.stdout == "ok\n", "\(v6.stderr)")
        }
        usleep(100_000)
        #expect(server.log.contains("\"listen\":\":\(port)\""), "\(server.log)")
        #expect(server.log.contains("\"remote\":\"127.0.0.1:"), "\(server.log)")
        #expect(!server.log.contains("::ffff:"), "\(server.log)")
    }

    @Test func debugLogsOneJSONLinePerRequestAndNeverTheBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let secretMarker = "c2VjcmV0LXZhbHVlLWRvLW5vdC1sb2c="
        let body = Self.review(data: secretMarker)
        _ = try server.curl(["-H", "Content-Type: application/json", "--data-binary", body, server.url + "/validate"])
        _ = try server.curl(["-H", "Content-Type: application/json", "--data-binary", "{broken \(secretMarker)", server.url + "/validate"])
        usleep(100_000)
        let log = server.process.log
        #expect(!log.contains(secretMarker))
        let requestLines = log.split(separator: "\n").filter { $0.contains("\"msg\":\"request\"") }
        #expect(requestLines.count == 2)
        for line in requestLines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["path"] as? String == "/validate")
            #expect(object?["level"] as? String == "debug")
        }
    }
}
