import Documents
import Foundation
import Testing
import TestSupport

/// A running `esoguard serve` with its own self-signed certificate (made with the openssl
/// CLI) and policy directory, spoken to with curl over TLS as the API server would.
final class AdmissionServer {
    let dir: TempDir
    let port: Int
    let server: ServerProcess

    /// `prefix`: a command that runs esoguard (taskset, prlimit, a shell); `arguments`: more flags for serve.
    init(policies: String? = nil, files: [String: String] = [:], prefix: [String] = [], arguments: [String] = [],
         logFormat: String = "text") throws {
        dir = try TempDir("admission-e2e")
        let cert = try runCommand("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                              "-keyout", dir.file("tls.key"), "-out", dir.file("tls.crt"), "-days", "1",
                                              "-subj", "/CN=esoguard", "-addext", "subjectAltName=IP:127.0.0.1"], timeout: 20)
        guard cert.status == 0 else { throw CertificateError(output: cert.output) }
        var policyDir = policies ?? ""
        if !files.isEmpty {
            policyDir = dir.file("policies")
            for (name, text) in files { try dir.write("policies/\(name)", text) }
        }
        port = freePort()
        let command = prefix + [Repo.esoguardBinary, "serve", "--listen", "127.0.0.1:\(port)",
                                "--tls-cert", dir.file("tls.crt"), "--tls-key", dir.file("tls.key"),
                                "--policies", policyDir.isEmpty ? Repo.path("policies/baseline") : policyDir,
                                "--log-format", logFormat] + arguments
        server = try ServerProcess(command[0], Array(command.dropFirst()), waitForPort: port)
    }

    /// The first JSON log line whose message is `message`, waiting up to 2 s for it.
    func logLine(_ message: String) -> String? {
        for _ in 0..<100 {
            let line = server.log.split(separator: "\n").first { $0.contains("\"msg\":\"\(message)\"") }
            if let line { return String(line) }
            usleep(20_000)
        }
        return nil
    }

    deinit {
        server.stop()
        dir.remove()
    }

    /// POSTs `body` to `path`; returns the HTTP status and body.
    func post(_ path: String, _ body: String) throws -> (status: Int, body: String) {
        let file = dir.file("body-\(UUID().uuidString).json")
        try body.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try curl(["-X", "POST", "-H", "Content-Type: application/json", "--data-binary", "@\(file)"], path)
    }

    func get(_ path: String) throws -> (status: Int, body: String) { try curl([], path) }

    private func curl(_ extra: [String], _ path: String) throws -> (status: Int, body: String) {
        let out = dir.file("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try runCommand("curl", ["-sS", "--max-time", "10", "--cacert", dir.file("tls.crt"), "-o", out, "-w", "%{http_code}"]
                               + extra + ["https://127.0.0.1:\(port)\(path)"], timeout: 20)
        let body = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (Int(r.stdout) ?? 0, body)
    }
}

struct CertificateError: Error, CustomStringConvertible {
    var output: String
    var description: String { "openssl could not make a test certificate:\n\(output)" }
}

/// An AdmissionReview as the API server sends it.
func admissionReview(_ apiVersion: String = "admission.k8s.io/v1", uid: String, operation: String, namespace: String = "team-a",
                     kind: String = "ExternalSecret", object: String? = nil, oldObject: String? = nil, dryRun: Bool = false) -> String {
    let resource = kind.lowercased() + "s"
    return """
    {"apiVersion":"\(apiVersion)","kind":"AdmissionReview","request":{"uid":"\(uid)",\
    "kind":{"group":"external-secrets.io","version":"v1","kind":"\(kind)"},\
    "resource":{"group":"external-secrets.io","version":"v1","resource":"\(resource)"},\
    "requestKind":{"group":"external-secrets.io","version":"v1","kind":"\(kind)"},\
    "name":"db","namespace":"\(namespace)","operation":"\(operation)",\
    "userInfo":{"username":"alice","uid":"1","groups":["team-a","system:authenticated"]},\
    "object":\(object ?? "null"),"oldObject":\(oldObject ?? "null"),"dryRun":\(dryRun),\
    "options":{"kind":"CreateOptions","apiVersion":"meta.k8s.io/v1"}}}
    """
}

func externalSecret(key: String, refresh: String = "1h") -> String {
    """
    {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"db","namespace":"team-a"},\
    "spec":{"refreshInterval":"\(refresh)","secretStoreRef":{"name":"shared","kind":"ClusterSecretStore"},\
    "target":{"name":"db"},"data":[{"secretKey":"password","remoteRef":{"key":"\(key)"}}]}}
    """
}

@Suite struct AdmissionServeTests {
    @Test func restrictedProfileOverTLS() throws {
        guard Repo.which("curl") != nil, Repo.which("openssl") != nil else {
            Issue.record("curl and openssl are required (.ci/install-deps test)")
            return
        }
        let s = try AdmissionServer(policies: Repo.path("policies/restricted"))
        #expect(try s.get("/readyz").status == 200, "\(s.server.log)")

        // v1 CREATE, compliant: the exact minimal response.
        let ok = try s.post("/validate", admissionReview(uid: "uid-1", operation: "CREATE", object: externalSecret(key: "team-a/db")))
        #expect(ok.status == 200)
        #expect(ok.body == #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","response":{"uid":"uid-1","allowed":true}}"#)

        // v1beta1 echoes its own apiVersion.
        let beta = try s.post("/validate", admissionReview("admission.k8s.io/v1beta1", uid: "uid-2", operation: "CREATE", object: externalSecret(key: "team-a/db")))
        #expect(beta.body == #"{"apiVersion":"admission.k8s.io/v1beta1","kind":"AdmissionReview","response":{"uid":"uid-2","allowed":true}}"#)

        // A key outside the namespace's prefix is denied with policy, rule, field and fix.
        let denied = try s.post("/validate", admissionReview(uid: "uid-3", operation: "UPDATE", object: externalSecret(key: "team-b/db"),
                                                             oldObject: externalSecret(key: "team-a/db")))
        #expect(denied.status == 200)
        let review = try JSONParser.parse(denied.body)
        #expect(review.keys == ["apiVersion", "kind", "response"])
        let response = try #require(review["response"])
        #expect(response.keys == ["uid", "allowed", "status"])
        #expect(response["uid"]?.string == "uid-3")
        #expect(response["allowed"]?.bool == false)
        #expect(response[path: "status", "code"]?.int == 403)
        #expect(response[path: "status", "reason"]?.string == "Forbidden")
        #expect(response[path: "status", "message"]?.string == "esoguard denied ExternalSecret team-a/db: [restricted-secrets/remote-key-prefix] spec.data[0].remoteRef.key \"team-b/db\" is outside this namespace's keys: it must start with \"team-a/\" (fix: use the key \"team-a/team-b/db\")")

        // Dry-run is judged the same way.
        let dry = try JSONParser.parse(try s.post("/validate", admissionReview(uid: "uid-4", operation: "CREATE", object: externalSecret(key: "x"), dryRun: true)).body)
        #expect(dry[path: "response", "allowed"]?.bool == false)

        // DELETE of a non-compliant object is allowed (policies judge CREATE/UPDATE by default).
        let delete = try s.post("/validate", admissionReview(uid: "uid-5", operation: "DELETE", oldObject: externalSecret(key: "team-b/db")))
        #expect(delete.body == #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","response":{"uid":"uid-5","allowed":true}}"#)

        // The validating route never patches; restricted has no mutations, so /mutate allows untouched.
        let mutate = try s.post("/mutate", admissionReview(uid: "uid-6", operation: "CREATE", object: externalSecret(key: "team-b/db")))
        #expect(mutate.body == #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","response":{"uid":"uid-6","allowed":true}}"#)

        // Malformed reviews get 400 with a clear message.
        let garbage = try s.post("/validate", "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\"}")
        #expect(garbage.status == 400)
        #expect(garbage.body.contains("no request object"))
        #expect(try s.post("/validate", "not json").status == 400)

        // Decisions are counted.
        let metrics = try s.get("/metrics").body
        #expect(metrics.contains(#"esoguard_admission_requests_total{route="/validate",kind="ExternalSecret",operation="UPDATE",outcome="denied"} 1"#))
        #expect(metrics.contains(#"esoguard_admission_findings_total{route="/validate",kind="ExternalSecret",operation="UPDATE",policy="restricted-secrets",rule="remote-key-prefix",outcome="denied"} 1"#))
        #expect(metrics.contains(#"outcome="invalid"} 2"#))
    }

    @Test func mutationWarningsAndLiveReload() throws {
        guard Repo.which("curl") != nil, Repo.which("openssl") != nil else {
            Issue.record("curl and openssl are required (.ci/install-deps test)")
            return
        }
        let policy = """
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: tenants}
        spec:
          rules:
            - {name: remote-key-prefix, check: remoteKeyPrefix, mutate: addPrefix}
            - {name: refresh-interval, check: refreshInterval, mode: warn, with: {min: 1m}}
        """
        let s = try AdmissionServer(files: ["tenants.yaml": policy])
        let object = externalSecret(key: "db", refresh: "10s")
        let mutated = try JSONParser.parse(try s.post("/mutate", admissionReview("admission.k8s.io/v1beta1", uid: "m-1", operation: "CREATE", object: object)).body)
        #expect(mutated["apiVersion"]?.string == "admission.k8s.io/v1beta1")
        #expect(mutated[path: "response", "patchType"]?.string == "JSONPatch")
        let patch = try #require(mutated[path: "response", "patch"]?.string.flatMap { Data(base64Encoded: $0) })
        #expect(String(decoding: patch, as: UTF8.self) == #"[{"op":"replace","path":"/spec/data/0/remoteRef/key","value":"team-a/db"}]"#)

        let warned = try JSONParser.parse(try s.post("/validate", admissionReview(uid: "w-1", operation: "CREATE", object: externalSecret(key: "team-a/db", refresh: "10s"))).body)
        #expect(warned[path: "response", "allowed"]?.bool == true)
        #expect(warned[path: "response", "warnings"]?.array?.first?.string == "[tenants/refresh-interval] spec.refreshInterval 10s is shorter than the minimum 1m (fix: set refreshInterval to 1m or longer)")

        // Change the policy on disk: the server picks it up without a restart.
        try s.dir.write("policies/tenants.yaml", policy.replacing("mode: warn, ", with: ""))
        var denied = false
        for _ in 0..<50 where !denied {
            let r = try JSONParser.parse(try s.post("/validate", admissionReview(uid: "w-2", operation: "CREATE", object: externalSecret(key: "team-a/db", refresh: "10s"))).body)
            denied = r[path: "response", "allowed"]?.bool == false
            if !denied { usleep(100_000) }
        }
        #expect(denied, "policy change not picked up; log:\n\(s.server.log)")
        // A broken policy keeps the last good set and the server ready.
        try s.dir.write("policies/tenants.yaml", "apiVersion: esoguard.io/v1alpha1\nkind: Policy\nmetadata: {name: tenants}\nspec:\n  rules: [{name: x, check: nope}]\n")
        var logged = false
        for _ in 0..<50 where !logged {
            logged = s.server.log.contains("tenants.yaml:5:")
            if !logged { usleep(100_000) }
        }
        #expect(logged, "\(s.server.log)")
        #expect(try s.get("/readyz").status == 200)
    }

    /// A 3 MiB review of tiny values would build a tree 20 times its size; the node limit
    /// refuses it with a 400 before it holds much (it took 65 MiB before the limit).
    @Test func aReviewOfTinyValuesIsRefusedBeforeItHoldsMuchMemory() throws {
        let s = try AdmissionServer(logFormat: "json")
        let pid = s.server.process.processIdentifier
        var members: [String] = []
        var size = 0
        while size < 3 * 1024 * 1024 - 2000 {   // room for the review around it
            members.append("\"k\(members.count)\":[1]")
            size += members[members.count - 1].utf8.count + 1
        }
        let object = "{\"apiVersion\":\"external-secrets.io/v1\",\"kind\":\"ExternalSecret\"," + members.joined(separator: ",") + "}"
        let before = try Self.peakResidentKiB(pid)
        let (status, body) = try s.post("/validate", admissionReview(uid: "tiny", operation: "CREATE", object: object))
        #expect(status == 400)
        #expect(body.contains("maxNodes"), "\(body.prefix(300))")
        let grown = try Self.peakResidentKiB(pid) - before
        #expect(grown < 45 * 1024, "peak resident memory grew by \(grown) KiB")
        #expect(try s.get("/readyz").status == 200)
    }

    static func peakResidentKiB(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
    }

    /// SIGHUP reloads the certificate and the policies at once and the server keeps serving
    /// (by default the signal would end the process).
    @Test func sighupReloadsAndKeepsServing() throws {
        let s = try AdmissionServer(logFormat: "json")
        #expect(s.logLine("serving") != nil)
        s.server.signal(SIGHUP)
        #expect(s.logLine("reload requested") != nil, "\(s.server.log)")
        #expect(s.logLine("reloaded TLS certificate") != nil, "\(s.server.log)")
        for _ in 0..<100 where s.server.log.components(separatedBy: "\"msg\":\"policies loaded\"").count < 3 { usleep(20_000) }
        #expect(s.server.log.components(separatedBy: "\"msg\":\"policies loaded\"").count == 3, "\(s.server.log)")
        #expect(s.server.isRunning)
        let ready = try s.get("/readyz")
        #expect(ready.status == 200, "\(ready.body)\n\(s.server.log)")
    }

    /// Every thread blocks SIGTERM, SIGINT and SIGHUP: a signal sent to the process goes to any
    /// thread that does not block it, and there it takes its default action (ending the process)
    /// instead of the graceful stop or the reload that the main thread's `sigwait` does.
    /// (The main thread's own mask shows them unblocked while it waits in `sigwait`.)
    /// (`ServerProcess` starts it with no signal blocked, as a container runtime does.)
    @Test func everyThreadBlocksTheControlSignals() throws {
        // Without the wrapper the server inherits a mask blocking them all, and this proves nothing.
        try #require(ServerProcess.python != nil, "python3 is needed to start the server with no signal blocked")
        let s = try AdmissionServer(logFormat: "json")
        #expect(try s.get("/readyz").status == 200)
        let pid = s.server.process.processIdentifier
        let tasks = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")
        #expect(tasks.count >= 4, "main, event loops, certificate and policy watchers: \(tasks)")
        let control: UInt64 = 1 << (UInt64(SIGHUP) - 1) | 1 << (UInt64(SIGINT) - 1) | 1 << (UInt64(SIGTERM) - 1)
        for tid in tasks where tid != String(pid) {
            let status = try String(contentsOfFile: "/proc/\(pid)/task/\(tid)/status", encoding: .utf8)
            let name = status.split(separator: "\n").first { $0.hasPrefix("Name:") } ?? "?"
            let blocked = status.split(separator: "\n").first { $0.hasPrefix("SigBlk:") }
                .flatMap { UInt64($0.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16) }
            #expect(blocked.map { $0 & control == control } == true, "thread \(tid) (\(name)) SigBlk \(String(blocked ?? 0, radix: 16))")
        }
        s.server.signal(SIGHUP)
        #expect(s.logLine("reload requested") != nil)
        #expect(s.server.isRunning)
    }

    @Test func notReadyWithoutValidPolicies() throws {
        guard Repo.which("curl") != nil, Repo.which("openssl") != nil else {
            Issue.record("curl and openssl are required (.ci/install-deps test)")
            return
        }
        let s = try AdmissionServer(files: ["bad.yaml": "apiVersion: esoguard.io/v1alpha1\nkind: Policy\nmetadata: {name: p}\nspec: {rules: []}\n"])
        let ready = try s.get("/readyz")
        #expect(ready.status == 503)
        #expect(ready.body.contains("policies not loaded"))
        #expect(s.server.log.contains("bad.yaml:4:"))
        #expect(try s.post("/validate", admissionReview(uid: "u", operation: "CREATE", object: externalSecret(key: "a"))).status == 503)
    }
}
