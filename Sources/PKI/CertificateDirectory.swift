import Glibc
import Platform

/// What happened to one certificate during `CertificateDirectory.ensure`.
public enum CertificateAction: Sendable, Hashable {
    case kept
    case created
    case renewed(reason: String)

    public var changed: Bool { self != .kept }
}

/// The result of `ensure`: what was done, and the certificates now on disk.
public struct CertificateOutcome: Sendable {
    public var ca: CertificateAction
    public var serving: CertificateAction
    public var caNotAfter: Int
    public var servingNotAfter: Int
}

/// A directory holding `ca.crt`, `ca.key`, `tls.crt` and `tls.key`, kept valid
/// for a request: a valid set is left untouched; a serving certificate that
/// is near expiry, has other SANs or no longer matches is reissued by the
/// same CA (so the caBundle stays valid); the CA itself is replaced only when
/// it is missing, broken or near expiry.
public struct CertificateDirectory: Sendable {
    public static let caCertificateFile = "ca.crt"
    public static let caKeyFile = "ca.key"
    public static let certificateFile = "tls.crt"
    public static let keyFile = "tls.key"

    public let path: String

    public init(path: String) { self.path = path }

    public func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : "\(path)/\(name)" }

    @discardableResult
    public func ensure(_ request: CertificateRequest, now: Int = Int(time(nil))) throws -> CertificateOutcome {
        try request.validate()
        try AtomicFile.makeDirectory(path)
        try AtomicFile.checkWritable(path)
        // One run at a time per directory: runs that read and wrote the four files at once
        // (an init container in each of several replicas, say) left a CA and a serving
        // certificate that did not belong together, each run reporting success.
        let lock = try lockDirectory()
        defer { close(lock) }

        let renewAt = now + request.renewBeforeSeconds
        var (ca, caKey, caAction) = try loadCA(renewAt: renewAt)
        var servingAction: CertificateAction
        var serving: Certificate
        if let ca, let caKey {
            (serving, servingAction) = try loadServing(request, ca: ca, caKey: caKey, renewAt: renewAt, now: now)
            try tightenKeyModes([Self.caKeyFile])
        } else {
            let key = try PrivateKey.generateP256()
            let cert = try CertificateIssuer.issueCA(commonName: request.caCommonName, key: key, days: request.caDays, now: now)
            try AtomicFile.write(try key.pem(), to: file(Self.caKeyFile), mode: 0o600)
            try AtomicFile.write(try cert.pem(), to: file(Self.caCertificateFile), mode: 0o644)
            (ca, caKey) = (cert, key)
            serving = try issueServing(request, ca: cert, caKey: key, now: now)
            servingAction = caAction == .created ? .created : .renewed(reason: "the CA was replaced")
        }
        return CertificateOutcome(ca: caAction, serving: servingAction,
                                  caNotAfter: ca?.notAfter ?? 0, servingNotAfter: serving.notAfter)
    }

    // MARK: - CA

    /// The existing CA when it can keep signing; otherwise nils and why it must be replaced.
    private func loadCA(renewAt: Int) throws -> (Certificate?, PrivateKey?, CertificateAction) {
        let certBytes = try AtomicFile.read(file(Self.caCertificateFile))
        let keyBytes = try AtomicFile.read(file(Self.caKeyFile))
        if certBytes == nil && keyBytes == nil { return (nil, nil, .created) }
        func replace(_ reason: String) -> (Certificate?, PrivateKey?, CertificateAction) { (nil, nil, .renewed(reason: reason)) }
        guard let certBytes, let cert = Certificate(pem: certBytes) else {
            return replace(certBytes == nil ? "ca.crt is missing" : "ca.crt holds no PEM certificate")
        }
        guard let keyBytes else { return replace("ca.key is missing, so the CA cannot sign") }
        // Replacing it would destroy a key the user protected on purpose: stop instead.
        if PEMText.isEncryptedPrivateKey(keyBytes) { throw Self.encryptedKeyError(Self.caKeyFile, file(Self.caKeyFile)) }
        guard let key = PrivateKey(pem: keyBytes) else { return replace("ca.key holds no PEM private key") }
        guard cert.isCA else { return replace("ca.crt is not a CA certificate") }
        guard cert.matches(key) else { return replace("ca.key does not belong to ca.crt") }
        guard key.isP256 else { return replace("the CA key is not ECDSA P-256") }
        guard cert.notAfter > renewAt else {
            return replace("the CA expires \(Self.timestamp(cert.notAfter)), within --renew-before")
        }
        return (cert, key, .kept)
    }

    /// Holds an exclusive `flock` on the directory itself (released when the descriptor
    /// closes): no lock file is left among the certificates.
    private func lockDirectory() throws -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw PKIError("cannot open \(path): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw PKIError("cannot lock \(path): \(reason)")
            }
        }
        return fd
    }

    static func encryptedKeyError(_ name: String, _ path: String) -> PKIError {
        PKIError("\(path) is an encrypted private key; esoguard reads keys unencrypted (as kubernetes.io/tls Secrets hold them) and never asks for a passphrase. Nothing was changed: decrypt it (openssl pkey -in \(name) -out \(name)) or move it away to have a new one made")
    }

    // MARK: - Serving certificate

    private func loadServing(_ request: CertificateRequest, ca: Certificate, caKey: PrivateKey,
                             renewAt: Int, now: Int) throws -> (Certificate, CertificateAction) {
        let certBytes = try AtomicFile.read(file(Self.certificateFile))
        let keyBytes = try AtomicFile.read(file(Self.keyFile))
        if let keyBytes, PEMText.isEncryptedPrivateKey(keyBytes) { throw Self.encryptedKeyError(Self.keyFile, file(Self.keyFile)) }
        let reason: String
        if certBytes == nil && keyBytes == nil {
            let cert = try issueServing(request, ca: ca, caKey: caKey, now: now)
            return (cert, .created)
        } else if let problem = servingProblem(certBytes, keyBytes, request, ca: ca, renewAt: renewAt) {
            reason = problem
        } else if let certBytes, let cert = Certificate(pem: certBytes) {
            try tightenKeyModes([Self.keyFile])
            return (cert, .kept)
        } else {
            reason = "tls.crt holds no PEM certificate"
        }
        let cert = try issueServing(request, ca: ca, caKey: caKey, now: now)
        return (cert, .renewed(reason: reason))
    }

    /// Why the serving pair on disk is unusable for `request`, or nil when it is fine.
    private func servingProblem(_ certBytes: [UInt8]?, _ keyBytes: [UInt8]?, _ request: CertificateRequest,
                                ca: Certificate, renewAt: Int) -> String? {
        guard let certBytes else { return "tls.crt is missing" }
        guard let keyBytes else { return "tls.key is missing" }
        guard let cert = Certificate(pem: certBytes) else { return "tls.crt holds no PEM certificate" }
        guard let key = PrivateKey(pem: keyBytes) else { return "tls.key holds no PEM private key" }
        guard cert.matches(key) else { return "tls.key does not belong to tls.crt" }
        guard key.isP256 else { return "the serving key is not ECDSA P-256" }
        guard cert.isSigned(by: ca) else { return "tls.crt was not issued by ca.crt" }
        let have = Set(cert.subjectAlternativeNames)
        let want = Set(request.subjectAlternativeNames)
        guard have == want else {
            let added = want.subtracting(have).sorted(), removed = have.subtracting(want).sorted()
            var parts: [String] = []
            if !added.isEmpty { parts.append("adds \(added.joined(separator: ", "))") }
            if !removed.isEmpty { parts.append("drops \(removed.joined(separator: ", "))") }
            return "the subject alternative names changed (\(parts.joined(separator: "; ")))"
        }
        guard cert.notAfter > renewAt else {
            return "tls.crt expires \(Self.timestamp(cert.notAfter)), within --renew-before"
        }
        return nil
    }

    private func issueServing(_ request: CertificateRequest, ca: Certificate, caKey: PrivateKey, now: Int) throws -> Certificate {
        let key = try PrivateKey.generateP256()
        let cert = try CertificateIssuer.issueServing(
            commonName: request.servingCommonName, subjectAlternativeNames: request.subjectAlternativeNames,
            key: key, ca: ca, caKey: caKey, days: request.days, now: now)
        // Key first: a reader that sees the new certificate also finds its key.
        try AtomicFile.write(try key.pem(), to: file(Self.keyFile), mode: 0o600)
        try AtomicFile.write(try cert.pem(), to: file(Self.certificateFile), mode: 0o644)
        return cert
    }

    /// Keys kept from an earlier run (or copied in by hand) must not stay readable by others.
    private func tightenKeyModes(_ names: [String]) throws {
        for name in names {
            var info = stat()
            let keyPath = file(name)
            guard stat(keyPath, &info) == 0, info.st_mode & 0o077 != 0 else { continue }
            guard chmod(keyPath, 0o600) == 0 else {
                throw PKIError("\(keyPath) is readable by other users and cannot be made private: \(AtomicFile.errorText())")
            }
        }
    }

    /// `2026-11-23T18:00:00Z`.
    public static func timestamp(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil else { return String(seconds) }
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
