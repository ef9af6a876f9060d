import Documents
import Foundation
import Testing
import TestSupport

/// Runs the self-signed overlay's Job steps here: certs.sh with the real
/// binary, then what the kubectl containers do, offline: `kubectl kustomize`
/// over the Secrets kustomization and `kubectl patch --local` with the
/// caBundle patches (no API server runs here, so nothing is sent to one).
@Suite struct DeploySelfSignedJobTests {
    struct JobRun {
        var work: String
        var docs: [Node]
    }

    /// One Job run; `current` plays the mounted Secrets (nil on first install).
    static func runJob(in dir: TempDir, name: String, current: String?) throws -> JobRun {
        let work = dir.file(name)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let config = dir.file("config")
        if !FileManager.default.fileExists(atPath: config) {
            try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repo.path("deploy/overlays/self-signed/apply-kustomization.yaml"),
                                             toPath: config + "/kustomization.yaml")
        }
        let binDir = URL(fileURLWithPath: Repo.esoguardBinary).deletingLastPathComponent().path
        let path = binDir + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try runCommand("/bin/sh", [Repo.path("deploy/overlays/self-signed/certs.sh")], environment: [
            "PATH": path, "ESOGUARD_WORK_DIR": work, "ESOGUARD_CONFIG_DIR": config,
            "ESOGUARD_CURRENT_DIR": current ?? dir.file("no-current"),
        ], timeout: 60)
        try #require(result.status == 0, "certs.sh failed:\n\(result.output)")
        return JobRun(work: work, docs: try Deploy.kustomize(work))
    }

    /// Lays out a run's output as the Job's Secret mounts would (ca/, tls/).
    static func mountSecrets(of run: JobRun, in dir: TempDir, name: String) throws -> String {
        let fm = FileManager.default
        for (folder, files) in [("ca", ["ca.crt", "ca.key"]), ("tls", ["tls.crt", "tls.key"])] {
            try fm.createDirectory(atPath: dir.file("\(name)/\(folder)"), withIntermediateDirectories: true)
            for file in files { try fm.copyItem(atPath: "\(run.work)/\(file)", toPath: dir.file("\(name)/\(folder)/\(file)")) }
        }
        return dir.file(name)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func firstInstallProducesTheSecrets() throws {
        let dir = try TempDir("certs-job")
        defer { dir.remove() }
        let run = try Self.runJob(in: dir, name: "work1", current: nil)
        #expect(run.docs.count == 2, "only the two Secrets are applied with kustomize")
        let tls = try #require(Deploy.object(run.docs, kind: "Secret", name: "esoguard-tls"))
        #expect(tls["type"]?.string == "kubernetes.io/tls")
        #expect(tls[path: "metadata", "namespace"]?.string == "esoguard-system")
        for key in ["tls.crt", "tls.key", "ca.crt"] {
            #expect(Deploy.base64(tls[path: "data", key]) == (try Self.read("\(run.work)/\(key)")), "esoguard-tls \(key)")
        }
        let ca = try #require(Deploy.object(run.docs, kind: "Secret", name: "esoguard-ca"))
        #expect(ca[path: "metadata", "namespace"]?.string == "esoguard-system")
        #expect(Set(ca["data"]?.keys ?? []) == ["ca.crt", "ca.key"])
        let verify = try runCommand("openssl", ["verify", "-CAfile", "\(run.work)/ca.crt", "\(run.work)/tls.crt"])
        #expect(verify.status == 0, "\(verify.output)")
    }

    @Test func patchesSetOnlyTheCABundleOfTheRenderedWebhooks() throws {
        let dir = try TempDir("certs-job")
        defer { dir.remove() }
        let run = try Self.runJob(in: dir, name: "work1", current: nil)
        let caPEM = try Self.read("\(run.work)/ca.crt")
        let rendered = try Deploy.kustomize(Repo.path("deploy/overlays/self-signed"))
        for (kind, hook) in [("ValidatingWebhookConfiguration", "validate"), ("MutatingWebhookConfiguration", "mutate")] {
            let live = try #require(Deploy.object(rendered, kind: kind, name: "esoguard"))
            let liveFile = try dir.write("\(hook)-live.json", JSONWriter.string(live))
            let patched = try runCommand("kubectl", ["patch", "--local", "-f", liveFile, "--type=strategic",
                                                     "--patch-file=\(run.work)/\(hook)-patch.json", "-o", "json"], timeout: 30)
            try #require(patched.status == 0, "kubectl patch --local: \(patched.stderr)")
            let result = try JSONParser.parse(patched.stdout)
            #expect(Deploy.base64(result["webhooks"]?[0]?[path: "clientConfig", "caBundle"]) == caPEM, "\(kind) caBundle")
            // Everything else is what the overlay rendered.
            var withoutBundle = result
            if var hooks = withoutBundle["webhooks"]?.array, var first = hooks.first {
                first["clientConfig"]?["caBundle"] = nil
                hooks[0] = first
                withoutBundle["webhooks"] = .array(hooks)
            }
            #expect(withoutBundle["webhooks"] == live["webhooks"], "\(kind): the patch changed more than caBundle")
        }
    }

    @Test func aRerunKeepsTheCertificatesAndTheCABundle() throws {
        let dir = try TempDir("certs-job")
        defer { dir.remove() }
        let first = try Self.runJob(in: dir, name: "work1", current: nil)
        let mounted = try Self.mountSecrets(of: first, in: dir, name: "current")
        let second = try Self.runJob(in: dir, name: "work2", current: mounted)
        for file in ["ca.crt", "ca.key", "tls.crt", "tls.key", "validate-patch.json", "mutate-patch.json"] {
            #expect(try Self.read("\(second.work)/\(file)") == (try Self.read("\(first.work)/\(file)")), "\(file) changed on rerun")
        }
    }
}
