import Foundation
import Synchronization
import Testing
import TestSupport
import Transport

/// Certificate rotation under load and graceful shutdown.
@Suite struct ServerLifecycleTests {
    /// The subject CN the server presents now, via openssl s_client.
    private func presentedCN(_ port: Int) throws -> String {
        let r = try runCommand("openssl", ["s_client", "-connect", "127.0.0.1:\(port)", "-tls1_3"], stdin: "", timeout: 10)
        let line = r.stdout.split(separator: "\n").first { $0.contains("subject=") } ?? ""
        return line.components(separatedBy: "CN = ").last.map { String($0) } ?? String(line)
    }

    /// Lays out a kubelet-style secret volume: `tls.crt -> ..data/tls.crt`, `..data -> ..<version>`.
    private func publish(_ dir: TempDir, version: String, cert: String, key: String) throws {
        let fm = FileManager.default
        let versionDir = dir.file("..\(version)")
        try fm.createDirectory(atPath: versionDir, withIntermediateDirectories: true)
        try fm.copyItem(atPath: cert, toPath: versionDir + "/tls.crt")
        try fm.copyItem(atPath: key, toPath: versionDir + "/tls.key")
        // Atomic swap, as kubelet does: new symlink, then rename over ..data.
        let tmp = dir.file("..data_tmp")
        try? fm.removeItem(atPath: tmp)
        try fm.createSymbolicLink(atPath: tmp, withDestinationPath: "..\(version)")
        guard rename(tmp, dir.file("..data")) == 0 else { throw TransportError("rename failed") }
        if !fm.fileExists(atPath: dir.file("tls.crt")) {
            try fm.createSymbolicLink(atPath: dir.file("tls.crt"), withDestinationPath: "..data/tls.crt")
            try fm.createSymbolicLink(atPath: dir.file("tls.key"), withDestinationPath: "..data/tls.key")
        }
    }

    /// A server on copies of `cert` and `key` in `dir` (`tls.crt`, `tls.key`), which the test
    /// then swaps as a rotation would.
    private func serveCopies(cert: String, key: String, in dir: TempDir) throws -> (TestServer, cert: String, key: String) {
        let (certCopy, keyCopy) = (dir.file("tls.crt"), dir.file("tls.key"))
        try FileManager.default.copyItem(atPath: cert, toPath: certCopy)
        try FileManager.default.copyItem(atPath: key, toPath: keyCopy)
        return (try TestServer(cert: certCopy, key: keyCopy), certCopy, keyCopy)
    }

    @Test func certificateRotationUnderLoadFailsNoRequest() throws {
        let certs = try TestCertificates.get()
        let dir = try TempDir("rotation")
        defer { dir.remove() }
        try publish(dir, version: "v1", cert: certs.ecCert, key: certs.ecKey)
        let server = try TestServer(cert: dir.file("tls.crt"), key: dir.file("tls.key"))
        defer { server.stop() }
        #expect(try presentedCN(server.port) == "esoguard-ec")

        // curl loops over new connections (each a full handshake) while we rotate.
        let results = Mutex<CommandResult?>(nil)
        let url = server.url + "/healthz"
        let loop = Thread {
            let r = try? runCommand("sh", ["-c", "for i in $(seq 1 150); do curl -sk --max-time 5 -o /dev/null -w '%{http_code}\\n' \(url); done"],
                                    timeout: 60)
            results.withLock { $0 = r }
        }
        loop.start()
        usleep(300_000)
        try publish(dir, version: "v2", cert: certs.ec2Cert, key: certs.ec2Key)
        var rotated = false
        for _ in 0..<30 where !rotated {
            usleep(200_000)
            rotated = try presentedCN(server.port) == "esoguard-rotated"
        }
        #expect(rotated)
        // A broken pair (certificate and key that do not match) is refused; the old pair stays.
        try publish(dir, version: "v3", cert: certs.ecCert, key: certs.rsaKey)
        usleep(1_500_000)
        #expect(try presentedCN(server.port) == "esoguard-rotated")
        #expect(server.process.log.contains("new TLS certificate rejected"))
        var outcome: CommandResult?
        for _ in 0..<600 {
            outcome = results.withLock { $0 }
            if outcome != nil { break }
            usleep(100_000)
        }
        let codes = try #require(outcome).stdout.split(separator: "\n")
        #expect(codes.count == 150)
        #expect(codes.allSatisfy { $0 == "200" }, "\(Dictionary(grouping: codes, by: { $0 }).mapValues(\.count))")
        let metrics = try server.curl([server.url + "/metrics"]).stdout
        #expect(metrics.contains(#"esoguard_tls_certificate_reloads_total{result="success"} 1"#))
        #expect(metrics.contains(#"esoguard_tls_certificate_reloads_total{result="failure"} 1"#))
    }

    /// A FIFO swapped in for the key: the watcher must not open it (that waits for a writer, and
    /// the watcher would never look at the files again). It is refused, and a later swap is taken.
    @Test func aFIFOSwappedInIsRefusedAndTheWatcherGoesOn() throws {
        let certs = try TestCertificates.get()
        let dir = try TempDir("fifo-reload")
        defer { dir.remove() }
        let (server, cert, key) = try serveCopies(cert: certs.ecCert, key: certs.ecKey, in: dir)
        defer { server.stop() }
        try FileManager.default.removeItem(atPath: key)
        #expect(mkfifo(key, 0o600) == 0)
        var refused = false
        for _ in 0..<40 where !refused {
            usleep(100_000)
            refused = server.process.log.contains("not a regular file (a FIFO)")
        }
        #expect(refused, "\(server.process.log)")
        #expect(try presentedCN(server.port) == "esoguard-ec")
        try FileManager.default.removeItem(atPath: key)
        try FileManager.default.copyItem(atPath: certs.ec2Key, toPath: key)
        try FileManager.default.removeItem(atPath: cert)
        try FileManager.default.copyItem(atPath: certs.ec2Cert, toPath: cert)
        var rotated = false
        for _ in 0..<30 where !rotated {
            usleep(200_000)
            rotated = try presentedCN(server.port) == "esoguard-rotated"
        }
        #expect(rotated)
    }

    /// An expired serving certificate: said at start-up at error, and /readyz fails with the
    /// date, so `kubectl get pods` shows the replica unready instead of every call failing TLS.
    @Test func anExpiredCertificateIsLoggedAndNotReady() throws {
        let certs = try TestCertificates.get()
        let dir = try TempDir("expired")
        defer { dir.remove() }
        let (server, cert, key) = try serveCopies(cert: certs.expiredCert, key: certs.expiredKey, in: dir)
        defer { server.stop() }
        let ready = try server.curl(["-w", "\n%{http_code}", server.url + "/readyz"])
        #expect(ready.stdout == "not ready: serving certificate expired at 2020-01-02T00:00:00Z\n\n503", "\(ready.stdout)")
        #expect(server.process.log.contains("\"level\":\"error\",\"logger\":\"tls\",\"msg\":\"TLS certificate has expired; clients will refuse it\""),
                "\(server.process.log)")
        #expect(server.process.log.contains("\"notAfter\":\"2020-01-02T00:00:00Z\""))
        // A valid pair swapped in (as kubelet or cert-manager would) makes it ready again.
        for (from, to) in [(certs.issuedECKey, key), (certs.issuedECCert, cert)] {
            try FileManager.default.removeItem(atPath: to)
            try FileManager.default.copyItem(atPath: from, toPath: to)
        }
        var status = ""
        for _ in 0..<50 {
            status = try server.curl(["-w", "%{http_code}", "-o", "/dev/null", server.url + "/readyz"]).stdout
            if status == "200" { break }
            usleep(100_000)
        }
        #expect(status == "200", "\(server.process.log)")
    }

    @Test func gracefulShutdownFinishesInFlightAndClosesIdleAtOnce() throws {
        let server = try TestServer(extra: ["--shutdown-grace", "5"])
        defer { server.stop() }
        // An idle keep-alive connection.
        let idle = try server.client()
        try idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(parseResponses(try idle.read()).first?.status == 200)
        // A request in flight: head and half the body sent.
        let body = Array(sampleReview.utf8)
        let inFlight = try server.client()
        try inFlight.write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n")
        try inFlight.write(Array(body[..<(body.count / 2)]))
        usleep(100_000)

        let start = Date()
        server.process.signal(SIGTERM)
        // The idle connection is closed promptly (EOF, not a timeout).
        #expect(try idle.read().isEmpty)
        #expect(elapsed(since: start) < 2)   // well before the 5 s grace
        // New connections are refused once the listeners are closed.
        usleep(100_000)
        #expect(throws: (any Error).self) { _ = try server.client(timeout: 1) }
        // The in-flight request completes, told to close.
        try inFlight.write(Array(body[(body.count / 2)...]))
        let responses = parseResponses(try inFlight.readToEnd())
        #expect(responses.map(\.status) == [200])
        #expect(responses.first?.headers["connection"] == "close")
        #expect(responses.first?.body.contains("705ab4f5") == true)
        #expect(server.process.waitForExit(timeout: 4) == 0)
        #expect(elapsed(since: start) < 4.5)   // exits when the last connection is done, not after the grace
        #expect(server.process.log.contains("\"msg\":\"stopped\""))
    }

    /// A request that reached an idle keep-alive connection while the loop was busy (so after
    /// its last `epoll_wait`) is answered at shutdown, not dropped with the connection: the
    /// client sent it before the signal.
    @Test func shutdownAnswersARequestThatArrivedOnAnIdleConnection() throws {
        let server = try TestServer(extra: ["--threads", "1", "--shutdown-grace", "5"])
        defer { server.stop() }
        let idle = try server.client(timeout: 10)
        try idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(parseResponses(try idle.read()).first?.status == 200)
        // ~0.3 s of judging in a debug build: 20,000 data entries.
        let entries = (0..<20_000).map { "{\"secretKey\":\"k\($0)\",\"remoteRef\":{\"key\":\"team-a/k\($0)\"}}" }.joined(separator: ",")
        let heavy = #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"heavy","operation":"CREATE","namespace":"team-a","kind":{"group":"external-secrets.io","version":"v1","kind":"ExternalSecret"},"object":{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"db","namespace":"team-a"},"spec":{"refreshInterval":"1h","secretStoreRef":{"name":"s","kind":"SecretStore"},"data":["# + entries + "]}}}}"
        let busy = try server.client(timeout: 20)
        try busy.write(post("/validate", body: heavy))
        usleep(50_000)   // the loop is judging it
        try idle.write(post("/validate", body: sampleReview))
        usleep(20_000)
        server.process.signal(SIGTERM)
        let answered = parseResponses(try idle.readToEnd())
        #expect(answered.map(\.status) == [200])
        #expect(answered.first?.body.contains("705ab4f5") == true)
        #expect(parseResponses(try busy.readToEnd()).first?.body.contains("\"uid\":\"heavy\"") == true)
        #expect(server.process.waitForExit(timeout: 6) == 0)
    }

    /// A second SIGINT ends the process at once instead of after the grace.
    @Test func aSecondSignalStopsAtOnce() throws {
        let (server, stalled) = try serverWithAStalledRequest(grace: "30")
        defer { server.stop() }
        server.process.signal(SIGINT)
        usleep(300_000)
        #expect(server.process.isRunning)   // waiting for the stalled request
        let start = Date()
        server.process.signal(SIGINT)
        #expect(server.process.waitForExit(timeout: 5) == 128 + SIGINT)
        #expect(elapsed(since: start) < 3)
        #expect(server.process.log.contains("second signal: stopping now"))
        withExtendedLifetime(stalled) {}
    }

    @Test func shutdownGraceBoundsAStalledRequest() throws {
        let (server, stalled) = try serverWithAStalledRequest(grace: "1")
        defer { server.stop() }
        let start = Date()
        server.process.signal(SIGINT)
        #expect(server.process.waitForExit(timeout: 6) == 0)
        #expect(elapsed(since: start) < 4)   // the 1 s grace, not the 10 s header timeout
        withExtendedLifetime(stalled) {}
    }

    /// A server with `--shutdown-grace` `grace` and a connection whose request body stopped
    /// after one byte of 100.
    private func serverWithAStalledRequest(grace: String) throws -> (TestServer, TLSClient) {
        let server = try TestServer(extra: ["--shutdown-grace", grace])
        let stalled = try server.client()
        try stalled.write("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        usleep(100_000)
        return (server, stalled)
    }
}
