import Foundation
import TestSupport
import Transport

/// Test certificates made once per test process with the `openssl` CLI.
struct TestCertificates: Sendable {
    let dir: String
    var ecCert: String { dir + "/ec.crt" }
    var ecKey: String { dir + "/ec.key" }
    var rsaCert: String { dir + "/rsa.crt" }
    var rsaKey: String { dir + "/rsa.key" }
    var ec2Cert: String { dir + "/ec2.crt" }
    var ec2Key: String { dir + "/ec2.key" }
    var clientCA: String { dir + "/client-ca.crt" }
    var clientCert: String { dir + "/client.crt" }
    var clientKey: String { dir + "/client.key" }
    var strangerCert: String { dir + "/stranger.crt" }
    var strangerKey: String { dir + "/stranger.key" }
    /// A CA and the serving pairs it issued, for clients that verify the chain (TLS scanners).
    var servingCA: String { dir + "/serving-ca.crt" }
    var issuedECCert: String { dir + "/issued-ec.crt" }
    var issuedECKey: String { dir + "/issued-ec.key" }
    var issuedRSACert: String { dir + "/issued-rsa.crt" }
    var issuedRSAKey: String { dir + "/issued-rsa.key" }
    /// Issued by the serving CA for January 2020: expired (`openssl ca` sets the dates).
    var expiredCert: String { dir + "/expired.crt" }
    var expiredKey: String { dir + "/expired.key" }

    static let shared: Result<TestCertificates, Error> = Result { try generate() }

    static func get() throws -> TestCertificates { try shared.get() }

    private static func generate() throws -> TestCertificates {
        let dir = try TempDir("transport-certs").path
        let san = "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"
        func openssl(_ args: [String]) throws {
            let r = try runCommand("openssl", args, currentDirectory: dir, timeout: 30)
            guard r.status == 0 else { throw TransportError("openssl \(args.joined(separator: " ")): \(r.output)") }
        }
        func selfSigned(_ name: String, _ keyArgs: [String], cn: String) throws {
            try openssl(["req", "-x509", "-newkey"] + keyArgs + ["-nodes", "-keyout", "\(name).key", "-out", "\(name).crt",
                         "-days", "2", "-subj", "/CN=\(cn)", "-addext", san])
        }
        try selfSigned("ec", ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"], cn: "esoguard-ec")
        try selfSigned("ec2", ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"], cn: "esoguard-rotated")
        try selfSigned("rsa", ["rsa:2048"], cn: "esoguard-rsa")
        // Client CA and a client it signed; a "stranger" client signed by nobody we trust.
        try openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                     "-keyout", "client-ca.key", "-out", "client-ca.crt", "-days", "2", "-subj", "/CN=test-client-ca"])
        try openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                     "-keyout", "client.key", "-out", "client.csr", "-subj", "/CN=kube-apiserver"])
        try openssl(["x509", "-req", "-in", "client.csr", "-CA", "client-ca.crt", "-CAkey", "client-ca.key",
                     "-CAcreateserial", "-out", "client.crt", "-days", "2"])
        try selfSigned("stranger", ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"], cn: "stranger")
        try openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                     "-keyout", "serving-ca.key", "-out", "serving-ca.crt", "-days", "2", "-subj", "/CN=test-serving-ca",
                     "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        let extFile = dir + "/leaf.ext"
        try (san + "\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
            .write(toFile: extFile, atomically: true, encoding: .utf8)
        for (name, keyArgs) in [("issued-ec", ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"]), ("issued-rsa", ["rsa:2048"])] {
            try openssl(["req", "-newkey"] + keyArgs + ["-nodes", "-keyout", "\(name).key", "-out", "\(name).csr", "-subj", "/CN=\(name)"])
            try openssl(["x509", "-req", "-in", "\(name).csr", "-CA", "serving-ca.crt", "-CAkey", "serving-ca.key",
                         "-CAcreateserial", "-out", "\(name).crt", "-days", "2", "-extfile", extFile])
        }
        try "".write(toFile: dir + "/index.txt", atomically: true, encoding: .utf8)
        try "01\n".write(toFile: dir + "/serial", atomically: true, encoding: .utf8)
        try """
            [ca]
            default_ca = local
            [local]
            database = \(dir)/index.txt
            serial = \(dir)/serial
            new_certs_dir = \(dir)
            default_md = sha256
            policy = any
            copy_extensions = copy
            [any]
            commonName = supplied

            """.write(toFile: dir + "/ca.cnf", atomically: true, encoding: .utf8)
        try openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "expired.key",
                     "-out", "expired.csr", "-subj", "/CN=expired", "-addext", san])
        try openssl(["ca", "-batch", "-config", "ca.cnf", "-cert", "serving-ca.crt", "-keyfile", "serving-ca.key", "-notext",
                     "-in", "expired.csr", "-out", "expired.crt", "-startdate", "200101000000Z", "-enddate", "200102000000Z"])
        return TestCertificates(dir: dir)
    }
}

/// An `esoguard serve` child on a free loopback port.
final class TestServer: @unchecked Sendable {
    let process: ServerProcess
    let port: Int
    let host: String

    init(cert: String? = nil, key: String? = nil, host: String = "127.0.0.1", extra: [String] = []) throws {
        let certs = try TestCertificates.get()
        // Writes to a socket the server closed must fail, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        var lastError: Error?
        // A free port can be taken between probing and binding; retry a few times.
        for _ in 0..<3 {
            let port = freePort()
            let listen = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
            do {
                let started = try ServerProcess(Repo.esoguardBinary,
                                                ["serve", "--listen", listen, "--tls-cert", cert ?? certs.ecCert,
                                                 "--tls-key", key ?? certs.ecKey, "--log-level", "debug",
                                                 "--policies", Repo.path("policies/baseline")] + extra,
                                                waitForPort: host.contains(":") ? nil : port, timeout: 10)
                // IPv6: the port probe speaks IPv4, so wait for the line the server logs once listening.
                if host.contains(":") {
                    var waited = 0
                    while !started.log.contains(#""msg":"serving""#) {
                        guard started.isRunning, waited < 500 else {
                            started.stop()
                            throw TransportError("server did not log 'serving': \(started.log)")
                        }
                        usleep(20_000)
                        waited += 1
                    }
                }
                process = started
                self.port = port
                self.host = host
                return
            } catch {
                lastError = error
            }
        }
        throw lastError ?? TransportError("server did not start")
    }

    var url: String { host.contains(":") ? "https://[\(host)]:\(port)" : "https://\(host):\(port)" }

    func client(caFile: String? = nil, certificate: String? = nil, privateKey: String? = nil,
                maxVersion: Int32? = nil, timeout: Double = 5) throws -> TLSClient {
        if let maxVersion {
            return try TLSClient(host: host, port: port, timeout: timeout, caFile: caFile, certificate: certificate,
                                 privateKey: privateKey, maxVersion: maxVersion)
        }
        return try TLSClient(host: host, port: port, timeout: timeout, caFile: caFile, certificate: certificate,
                             privateKey: privateKey)
    }

    func curl(_ args: [String], timeout: Double = 15) throws -> CommandResult {
        try runCommand("curl", ["-sS", "-k", "--max-time", "10"] + args, timeout: timeout)
    }

    func stop() { process.stop() }

    deinit { process.stop(grace: 2) }
}

/// One parsed HTTP/1.1 response read off a byte stream.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: String
}

/// Splits `bytes` into the responses it holds (Content-Length framed; 1xx have no body).
func parseResponses(_ bytes: [UInt8]) -> [RawResponse] {
    var out: [RawResponse] = []
    var rest = bytes[...]
    let separator: [UInt8] = [13, 10, 13, 10]
    while let headEnd = rest.firstRange(of: separator) {
        let head = String(decoding: rest[rest.startIndex..<headEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { break }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let bodyStart = headEnd.upperBound
        let bodyEnd = min(rest.endIndex, bodyStart + length)
        out.append(RawResponse(status: status, headers: headers,
                               body: String(decoding: rest[bodyStart..<bodyEnd], as: UTF8.self)))
        rest = rest[bodyEnd...]
    }
    return out
}

/// A blocking plain-TCP connection for bytes that must not be TLS.
final class PlainConnection {
    let fd: Int32

    init(port: Int, timeout: Double = 5) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = UInt16(port).bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            throw TransportError("connect failed")
        }
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Everything until EOF, or nil when the read timed out first.
    func readToEnd() -> [UInt8]? {
        var all: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 { all += buffer[0..<n]; continue }
            if n == 0 || errno == ECONNRESET { return all }
            return nil
        }
    }

    deinit { close(fd) }

    /// Connects, runs `body`, and closes.
    static func once(port: Int, _ body: (PlainConnection) -> Void) {
        guard let connection = try? PlainConnection(port: port) else { return }
        body(connection)
    }
}

func elapsed(since start: Date) -> Double { Date().timeIntervalSince(start) }

let sampleReview = review()

/// A small AdmissionReview for a ConfigMap (outside ESO's kinds, so any policy set allows it);
/// `padding` grows it, `apiVersion` picks v1 or v1beta1.
func review(uid: String = "705ab4f5-6393-11e8-b7cc-42010a800002", apiVersion: String = "admission.k8s.io/v1",
            padding: Int = 0, data: String = "") -> String {
    let pad = String(repeating: "a", count: padding)
    return #"{"apiVersion":"\#(apiVersion)","kind":"AdmissionReview","request":{"uid":"\#(uid)","kind":{"group":"","version":"v1","kind":"ConfigMap"},"resource":{"group":"","version":"v1","resource":"configmaps"},"name":"x","namespace":"default","operation":"CREATE","userInfo":{"username":"test"},"object":{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","namespace":"default","annotations":{"pad":"\#(pad)"}},"data":{"k":"\#(data)"}}}}"#
}

func post(_ path: String, body: String, extraHeaders: String = "") -> String {
    "POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\(extraHeaders)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
}
