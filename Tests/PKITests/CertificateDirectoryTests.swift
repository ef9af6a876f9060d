import Foundation
import PKI
import Testing
import TestSupport

@Suite struct CertificateDirectoryTests {
    let request = CertificateRequest(service: "esoguard", namespace: "esoguard-system")

    @Test func createsAVerifiableSetWithTheRequiredShape() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let outcome = try CertificateDirectory(path: dir.path).ensure(request)
        #expect(outcome.ca == .created)
        #expect(outcome.serving == .created)

        let ca = dir.file("ca.crt"), tls = dir.file("tls.crt")
        let verify = try OpenSSLCLI.run(["verify", "-CAfile", ca, tls])
        #expect(verify.status == 0, "openssl verify: \(verify.output)")
        #expect(verify.stdout.contains("\(tls): OK"))

        let serving = try OpenSSLCLI.text(tls)
        for name in ["DNS:esoguard", "DNS:esoguard.esoguard-system", "DNS:esoguard.esoguard-system.svc",
                     "DNS:esoguard.esoguard-system.svc.cluster.local", "DNS:localhost",
                     "IP Address:127.0.0.1", "IP Address:0:0:0:0:0:0:0:1"] {
            #expect(serving.contains(name), "missing SAN \(name)")
        }
        #expect(serving.contains("ASN1 OID: prime256v1"))
        #expect(serving.contains("ecdsa-with-SHA256"))
        #expect(serving.contains("TLS Web Server Authentication"))
        #expect(serving.contains("X509v3 Authority Key Identifier"))
        #expect(serving.contains("CA:FALSE"))
        #expect(serving.contains("Subject: CN = esoguard.esoguard-system.svc"))

        let authority = try OpenSSLCLI.text(ca)
        #expect(authority.contains("X509v3 Basic Constraints: critical"))
        #expect(authority.contains("CA:TRUE"))
        #expect(authority.contains("X509v3 Key Usage: critical"))
        #expect(authority.contains("Certificate Sign, CRL Sign"))
        #expect(authority.contains("X509v3 Subject Key Identifier"))
        #expect(authority.contains("ASN1 OID: prime256v1"))

        let key = try OpenSSLCLI.run(["pkey", "-in", dir.file("tls.key"), "-noout", "-text"])
        #expect(key.status == 0)
        #expect(key.stdout.contains("prime256v1"))
        // The key belongs to the certificate: same public key.
        let fromKey = try OpenSSLCLI.run(["pkey", "-in", dir.file("tls.key"), "-pubout"]).stdout
        let fromCert = try OpenSSLCLI.run(["x509", "-in", tls, "-noout", "-pubkey"]).stdout
        #expect(!fromKey.isEmpty && fromKey == fromCert)

        // Expiry: 365 days from now, give or take the backdating.
        #expect(try OpenSSLCLI.run(["x509", "-in", tls, "-noout", "-checkend", String(364 * 86_400)]).status == 0)
        #expect(try OpenSSLCLI.run(["x509", "-in", tls, "-noout", "-checkend", String(366 * 86_400)]).status != 0)
        #expect(try OpenSSLCLI.run(["x509", "-in", ca, "-noout", "-checkend", String(3649 * 86_400)]).status == 0)

        #expect(try permissions(dir.file("tls.key")) == 0o600)
        #expect(try permissions(dir.file("ca.key")) == 0o600)
        #expect(try permissions(tls) == 0o644)
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(entries == ["ca.crt", "ca.key", "tls.crt", "tls.key"], "temporary files left behind: \(entries)")
    }

    @Test func serialsAreRandom() throws {
        let a = try TempDir("pki"), b = try TempDir("pki")
        defer { a.remove(); b.remove() }
        try CertificateDirectory(path: a.path).ensure(request)
        try CertificateDirectory(path: b.path).ensure(request)
        let serials = try [a.file("ca.crt"), a.file("tls.crt"), b.file("ca.crt"), b.file("tls.crt")].map(OpenSSLCLI.serial)
        #expect(Set(serials).count == 4, "\(serials)")
        // 16 random bytes: long serials, not a counter.
        #expect(serials.allSatisfy { $0.count >= "serial=".count + 30 })
    }

    @Test func aValidSetIsLeftUntouched() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        try store.ensure(request)
        let names = ["ca.crt", "ca.key", "tls.crt", "tls.key"]
        let before = try names.map { try FileStamp(dir.file($0)) }
        Thread.sleep(forTimeInterval: 0.02)
        let outcome = try store.ensure(request)
        #expect(outcome.ca == .kept)
        #expect(outcome.serving == .kept)
        #expect(try names.map { try FileStamp(dir.file($0)) } == before)
    }

    @Test func renewsTheServingCertificateNearExpiryWithTheSameCA() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        var short = request
        short.days = 5
        short.renewBeforeSeconds = 86_400
        try store.ensure(short)
        let caBefore = try FileStamp(dir.file("ca.crt"))
        let serialBefore = try OpenSSLCLI.serial(dir.file("tls.crt"))

        // The default window (30 days) now covers the 5-day certificate.
        let outcome = try store.ensure(request)
        #expect(outcome.ca == .kept)
        guard case .renewed(let reason) = outcome.serving else {
            Issue.record("expected a renewal, got \(outcome.serving)")
            return
        }
        #expect(reason.contains("within --renew-before"))
        #expect(try FileStamp(dir.file("ca.crt")) == caBefore)
        #expect(try OpenSSLCLI.serial(dir.file("tls.crt")) != serialBefore)
        #expect(try OpenSSLCLI.run(["verify", "-CAfile", dir.file("ca.crt"), dir.file("tls.crt")]).status == 0)
        #expect(try OpenSSLCLI.run(["x509", "-in", dir.file("tls.crt"), "-noout", "-checkend", String(300 * 86_400)]).status == 0)
        #expect(try store.ensure(request).serving == .kept)
    }

    @Test func renewsWhenTheClockReachesTheWindow() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        let start = Int(Date().timeIntervalSince1970)
        try store.ensure(request, now: start)
        #expect(try store.ensure(request, now: start + 300 * 86_400).serving == .kept)
        let later = try store.ensure(request, now: start + 340 * 86_400)
        #expect(later.ca == .kept)
        #expect(later.serving.changed)
    }

    @Test func renewsWhenTheNamesChange() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        try store.ensure(request)
        let caBefore = try FileStamp(dir.file("ca.crt"))
        let moved = CertificateRequest(service: "guard", namespace: "platform")
        let outcome = try store.ensure(moved)
        #expect(outcome.ca == .kept)
        guard case .renewed(let reason) = outcome.serving else {
            Issue.record("expected a renewal, got \(outcome.serving)")
            return
        }
        #expect(reason.contains("subject alternative names"))
        #expect(reason.contains("DNS:guard.platform.svc"))
        #expect(try FileStamp(dir.file("ca.crt")) == caBefore)
        let text = try OpenSSLCLI.text(dir.file("tls.crt"))
        #expect(text.contains("DNS:guard.platform.svc.cluster.local"))
        #expect(!text.contains("DNS:esoguard.esoguard-system"))
    }

    @Test func replacesACANearExpiryAndReissuesTheServingCertificate() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        var shortCA = request
        shortCA.caDays = 10
        shortCA.days = 5
        shortCA.renewBeforeSeconds = 86_400
        try store.ensure(shortCA)
        let oldCA = try FileStamp(dir.file("ca.crt"))
        let outcome = try store.ensure(request)
        guard case .renewed(let reason) = outcome.ca else {
            Issue.record("expected a new CA, got \(outcome.ca)")
            return
        }
        #expect(reason.contains("CA expires"))
        #expect(outcome.serving.changed)
        #expect(try FileStamp(dir.file("ca.crt")).bytes != oldCA.bytes)
        #expect(try OpenSSLCLI.run(["verify", "-CAfile", dir.file("ca.crt"), dir.file("tls.crt")]).status == 0)
    }

    @Test func servingCertificateNeverOutlivesItsCA() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        var r = request
        r.caDays = 100
        r.days = 365
        let outcome = try CertificateDirectory(path: dir.path).ensure(r)
        #expect(outcome.servingNotAfter <= outcome.caNotAfter)
    }

    @Test func repairsBrokenOrMismatchedFiles() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        try store.ensure(request)
        try dir.write("tls.crt", "not a certificate\n")
        guard case .renewed(let reason) = try store.ensure(request).serving else {
            Issue.record("garbage tls.crt was kept")
            return
        }
        #expect(reason.contains("tls.crt holds no PEM certificate"))

        // A key from another set does not match the certificate.
        let other = try TempDir("pki")
        defer { other.remove() }
        try CertificateDirectory(path: other.path).ensure(request)
        try FileManager.default.removeItem(atPath: dir.file("tls.key"))
        try FileManager.default.copyItem(atPath: other.file("tls.key"), toPath: dir.file("tls.key"))
        guard case .renewed(let mismatch) = try store.ensure(request).serving else {
            Issue.record("mismatched tls.key was kept")
            return
        }
        #expect(mismatch.contains("does not belong"))

        // A serving certificate from another CA.
        try FileManager.default.removeItem(atPath: dir.file("tls.crt"))
        try FileManager.default.removeItem(atPath: dir.file("tls.key"))
        try FileManager.default.copyItem(atPath: other.file("tls.crt"), toPath: dir.file("tls.crt"))
        try FileManager.default.copyItem(atPath: other.file("tls.key"), toPath: dir.file("tls.key"))
        guard case .renewed(let foreign) = try store.ensure(request).serving else {
            Issue.record("tls.crt from another CA was kept")
            return
        }
        #expect(foreign.contains("not issued by ca.crt"))
        #expect(try OpenSSLCLI.run(["verify", "-CAfile", dir.file("ca.crt"), dir.file("tls.crt")]).status == 0)
    }

    @Test func aMissingCAKeyMeansANewCA() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        try store.ensure(request)
        try FileManager.default.removeItem(atPath: dir.file("ca.key"))
        let outcome = try store.ensure(request)
        #expect(outcome.ca == .renewed(reason: "ca.key is missing, so the CA cannot sign"))
        #expect(outcome.serving == .renewed(reason: "the CA was replaced"))
    }

    /// An encrypted key is the user's on purpose: it is never replaced, and the error says why.
    @Test(arguments: ["ca.key", "tls.key"])
    func anEncryptedKeyStopsWithNothingChanged(name: String) throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        try store.ensure(request)
        let encrypted = try runCommand("openssl", ["pkey", "-in", dir.file(name), "-aes256", "-passout", "pass:x", "-out", dir.file(name + ".enc")])
        #expect(encrypted.status == 0, "\(encrypted.stderr)")
        try FileManager.default.removeItem(atPath: dir.file(name))
        try FileManager.default.moveItem(atPath: dir.file(name + ".enc"), toPath: dir.file(name))
        let before = try ["ca.crt", "ca.key", "tls.crt", "tls.key"].map { try Data(contentsOf: URL(fileURLWithPath: dir.file($0))) }
        #expect {
            try store.ensure(request)
        } throws: { error in
            "\(error)".hasPrefix("\(dir.file(name)) is an encrypted private key; esoguard reads keys unencrypted")
        }
        let after = try ["ca.crt", "ca.key", "tls.crt", "tls.key"].map { try Data(contentsOf: URL(fileURLWithPath: dir.file($0))) }
        #expect(after == before)
    }

    @Test func tightensLooseKeyModes() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let store = CertificateDirectory(path: dir.path)
        try store.ensure(request)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir.file("tls.key"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: dir.file("ca.key"))
        #expect(try store.ensure(request).serving == .kept)
        #expect(try permissions(dir.file("tls.key")) == 0o600)
        #expect(try permissions(dir.file("ca.key")) == 0o600)
    }

    @Test func createsMissingDirectoriesPrivately() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let nested = dir.file("a/b/certs")
        try CertificateDirectory(path: nested).ensure(request)
        #expect(FileManager.default.fileExists(atPath: nested + "/tls.crt"))
        #expect(try permissions(nested) == 0o700)
    }

    @Test func reportsUnusableDirectoriesClearly() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        let file = try dir.write("plain", "x")
        #expect {
            try CertificateDirectory(path: file).ensure(request)
        } throws: { error in
            "\(error)" == "\(file) exists and is not a directory"
        }
        #expect {
            try CertificateDirectory(path: file + "/certs").ensure(request)
        } throws: { error in
            "\(error)".contains("\(file) exists and is not a directory")
        }
    }

    @Test func rejectsRequestsThatWouldRenewEveryRun() throws {
        let dir = try TempDir("pki")
        defer { dir.remove() }
        var r = request
        r.days = 10
        r.renewBeforeSeconds = 10 * 86_400
        #expect(throws: PKIError.self) { try CertificateDirectory(path: dir.path).ensure(r) }
        r = request
        r.service = "Not_A_Name"
        #expect { try CertificateDirectory(path: dir.path).ensure(r) } throws: { "\($0)".contains("--service") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
