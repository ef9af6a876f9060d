import Documents
import Foundation
import Testing
import TestSupport

/// Starts `esoguard serve` with the Deployment's own args (only the listen
/// address and file paths swapped for local ones) and probes it as the
/// kubelet does, over HTTPS with curl and the CA from `esoguard certs`.
@Suite struct DeployServeTests {
    @Test func deploymentArgsServeTheProbes() throws {
        guard Repo.which("curl") != nil else {
            Issue.record("curl is required (apt-get install curl, or .ci/install-deps test)")
            return
        }
        let docs = try Deploy.kustomize(Repo.path("deploy/overlays/self-signed"))
        let container = try #require(Deploy.object(docs, kind: "Deployment", name: "esoguard")?[path: "spec", "template", "spec", "containers"]?[0])
        let dir = try TempDir("deploy-serve")
        defer { dir.remove() }
        let certs = try Deploy.esoguard(["certs", "--out", dir.path, "--service", "esoguard", "--namespace", "esoguard-system"])
        try #require(certs.status == 0, "\(certs.output)")

        // The policies directory as the pod sees it: the mounted ConfigMap's keys as files.
        let configMapName = try #require(Deploy.object(docs, kind: "Deployment", name: "esoguard")?[path: "spec", "template", "spec", "volumes"]?
            .array?.first { $0["name"]?.string == "policies" }?[path: "configMap", "name"]?.string)
        let configMap = try #require(Deploy.object(docs, kind: "ConfigMap", name: configMapName))
        let data = try #require(configMap["data"]?.members)
        #expect(!data.isEmpty, "the policies ConfigMap is empty")
        for member in data { try dir.write("policies/\(member.key)", member.value.string ?? "") }

        let port = freePort()
        let local = [
            "--listen": "127.0.0.1:\(port)",
            "--tls-cert": dir.file("tls.crt"),
            "--tls-key": dir.file("tls.key"),
            "--policies": dir.file("policies"),
        ]
        let args = Deploy.strings(container["args"]).map { arg -> String in
            guard let eq = arg.firstIndex(of: "="), let value = local[String(arg[..<eq])] else { return arg }
            return "\(arg[..<eq])=\(value)"
        }
        #expect(args.count == Deploy.strings(container["args"]).count)
        let server = try ServerProcess(Repo.esoguardBinary, args, waitForPort: port)
        defer { server.stop() }

        for path in ["/healthz", "/readyz"] {
            // --resolve: the certificate names the Service, as the API server dials it.
            let result = try runCommand("curl", ["-sS", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5",
                                                 "--cacert", dir.file("ca.crt"),
                                                 "--resolve", "esoguard.esoguard-system.svc:\(port):127.0.0.1",
                                                 "https://esoguard.esoguard-system.svc:\(port)\(path)"], timeout: 15)
            #expect(result.stdout == "200", "\(path): \(result.output)\nserver log:\n\(server.log)")
        }
    }
}
