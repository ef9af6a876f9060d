import Foundation
import Testing
import TestSupport

/// `esoguard certs` as `make run` and the self-signed Job call it, checked
/// with the openssl command.
@Suite struct CertsCommandTests {
    static let makeRunArguments = ["--service", "esoguard", "--namespace", "esoguard-system"]

    /// Runs at once on one directory take turns (a lock on the directory): the set they leave
    /// belongs together. Without the lock, 12 runs left a serving certificate that its CA had
    /// not issued, or a key that was not its certificate's, in 3 runs of 3 (release build; this
    /// test, on a debug build, caught it less often, so it starts 20).
    @Test func concurrentRunsLeaveAConsistentSet() throws {
        let dir = try TempDir("certs-concurrent")
        defer { dir.remove() }
        let out = dir.file("certs")
        // Processes started directly (a shell's `wait` can hang on the test runner's signal mask).
        let runs = try (0..<20).map { _ in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Repo.esoguardBinary)
            p.arguments = ["certs", "--out", out] + Self.makeRunArguments
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in runs { p.waitUntilExit() }
        #expect(runs.allSatisfy { $0.terminationStatus == 0 })
        let verify = try runCommand("openssl", ["verify", "-CAfile", "\(out)/ca.crt", "\(out)/tls.crt"])
        #expect(verify.status == 0, "\(verify.output)")
        for (cert, key) in [("ca.crt", "ca.key"), ("tls.crt", "tls.key")] {
            let fromCert = try runCommand("openssl", ["x509", "-in", "\(out)/\(cert)", "-noout", "-pubkey"]).stdout
            let fromKey = try runCommand("openssl", ["pkey", "-in", "\(out)/\(key)", "-pubout"]).stdout
            #expect(!fromCert.isEmpty && fromCert == fromKey, "\(key) does not belong to \(cert)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["ca.crt", "ca.key", "tls.crt", "tls.key"])
    }

    @Test func makeRunInvocationCreatesThenKeeps() throws {
        let dir = try TempDir("certs-cli")
        defer { dir.remove() }
        let out = dir.file("certs")
        let first = try Deploy.esoguard(["certs", "--out", out] + Self.makeRunArguments)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.stdout.contains("\(out)/ca.crt: new CA, valid until "))
        #expect(first.stdout.contains("\(out)/tls.crt: new serving certificate, valid until "))
        let verify = try runCommand("openssl", ["verify", "-CAfile", "\(out)/ca.crt", "\(out)/tls.crt"])
        #expect(verify.status == 0, "\(verify.output)")
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(out)/tls.crt"))

        let second = try Deploy.esoguard(["certs", "--out", out] + Self.makeRunArguments)
        #expect(second.status == 0)
        #expect(second.stdout.contains("kept (certificates are valid; nothing to do)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/tls.crt")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["ca.crt", "ca.key", "tls.crt", "tls.key"])
        for key in ["ca.key", "tls.key"] {
            let mode = try FileManager.default.attributesOfItem(atPath: "\(out)/\(key)")[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
        }
    }

    @Test func renewBeforeAndSANChangesRenewWithTheSameCA() throws {
        let dir = try TempDir("certs-cli")
        defer { dir.remove() }
        let out = dir.path
        #expect(try Deploy.esoguard(["certs", "--out", out, "--days", "10", "--renew-before", "24h"] + Self.makeRunArguments).status == 0)
        let ca = try Data(contentsOf: URL(fileURLWithPath: "\(out)/ca.crt"))
        // 10 days left is inside a 30d window.
        let renewed = try Deploy.esoguard(["certs", "--out", out, "--renew-before", "30d"] + Self.makeRunArguments)
        #expect(renewed.status == 0)
        #expect(renewed.stdout.contains("renewed (tls.crt expires"))
        #expect(renewed.stdout.contains("ca.crt: valid until"))
        #expect(try runCommand("openssl", ["x509", "-in", "\(out)/tls.crt", "-noout", "-checkend", String(300 * 86_400)]).status == 0)

        let moved = try Deploy.esoguard(["certs", "--out", out, "--service", "guard", "--namespace", "esoguard-system"])
        #expect(moved.status == 0)
        #expect(moved.stdout.contains("subject alternative names changed"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/ca.crt")) == ca)
        let text = try runCommand("openssl", ["x509", "-in", "\(out)/tls.crt", "-noout", "-ext", "subjectAltName"]).stdout
        #expect(text.contains("DNS:guard.esoguard-system.svc.cluster.local"))
    }

    @Test func aCAReplacementSaysTheCABundleMustChange() throws {
        let dir = try TempDir("certs-cli")
        defer { dir.remove() }
        #expect(try Deploy.esoguard(["certs", "--out", dir.path, "--ca-days", "20", "--days", "10", "--renew-before", "1d"]
                                    + Self.makeRunArguments).status == 0)
        let result = try Deploy.esoguard(["certs", "--out", dir.path] + Self.makeRunArguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("new CA (the CA expires"))
        #expect(result.stdout.contains("update the webhook configurations' caBundle"))
    }

    @Test func errorsAreClearAndLeaveNothingBehind() throws {
        let dir = try TempDir("certs-cli")
        defer { dir.remove() }
        let file = try dir.write("not-a-dir", "x")
        let blocked = try Deploy.esoguard(["certs", "--out", file + "/certs"] + Self.makeRunArguments)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("\(file) exists and is not a directory"))
        #expect(!blocked.stderr.contains("Usage:"))

        let badDuration = try Deploy.esoguard(["certs", "--out", dir.file("x"), "--renew-before", "soon"] + Self.makeRunArguments)
        // A value that does not parse is a usage error, as ArgumentParser reports `--days x`
        // and serve `--listen x`: status 64 and the usage of certs, not of esoguard's root.
        #expect(badDuration.status == 64)
        #expect(badDuration.stderr.hasPrefix("Error: --renew-before 'soon' is not a positive duration"), "\(badDuration.stderr)")
        #expect(badDuration.stderr.contains("Usage: esoguard certs --out <out>"), "\(badDuration.stderr)")
        #expect(!badDuration.stderr.contains("<subcommand>"), "\(badDuration.stderr)")

        let loop = try Deploy.esoguard(["certs", "--out", dir.file("y"), "--days", "7", "--renew-before", "720h"] + Self.makeRunArguments)
        #expect(loop.status == 1)
        #expect(loop.stderr.contains("must be shorter than --days"))

        let badName = try Deploy.esoguard(["certs", "--out", dir.file("z"), "--service", "Web_Hook", "--namespace", "ns"])
        #expect(badName.status == 1)
        #expect(badName.stderr.contains("--service 'Web_Hook' is not a valid Kubernetes name"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["not-a-dir"])
    }
}
