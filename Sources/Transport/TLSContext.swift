import COpenSSL
import CShims
import Glibc
import Platform

/// The lowest protocol version the server accepts.
public enum TLSVersion: String, Sendable, Hashable, CaseIterable {
    case tls12 = "1.2"
    case tls13 = "1.3"

    /// "1.2" or "1.3", or Kubernetes' spelling ("VersionTLS12", "VersionTLS13").
    public init?(parsing text: String) {
        switch text {
        case "1.2", "VersionTLS12": self = .tls12
        case "1.3", "VersionTLS13": self = .tls13
        default: return nil
        }
    }

    var openSSLVersion: Int32 { self == .tls12 ? TLS1_2_VERSION : TLS1_3_VERSION }
}

/// Where the serving certificate, its key and (for mutual TLS) the client CA live, the
/// lowest protocol version to accept, and the TLS 1.2 suites (a subset of Mozilla's
/// "intermediate" ones). Everything else (TLS 1.3 suites, groups) is fixed.
public struct TLSConfiguration: Sendable, Hashable {
    public var certificate: String
    public var privateKey: String
    /// When set, clients must present a certificate signed by this CA bundle.
    public var clientCA: String?
    public var minimumVersion: TLSVersion
    /// TLS 1.2 suites, in OpenSSL's order of preference (the client's order is respected).
    public var cipherSuites: [TLSCipherSuite]

    public init(certificate: String, privateKey: String, clientCA: String? = nil, minimumVersion: TLSVersion = .tls12,
                cipherSuites: [TLSCipherSuite] = TLSCipherSuite.allCases) {
        self.certificate = certificate
        self.privateKey = privateKey
        self.clientCA = clientCA
        self.minimumVersion = minimumVersion
        self.cipherSuites = cipherSuites
    }
}

/// TLS 1.3 uses exactly Mozilla's three suites (OpenSSL's defaults).
let tls13Suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"

/// One immutable server `SSL_CTX` built from a certificate/key pair. A reload
/// builds a new one; connections keep the context they started with (SSL_new
/// holds a reference), so swapping never disturbs a handshake in progress.
public final class TLSContext: @unchecked Sendable {
    let ctx: OpaquePointer
    /// The leaf certificate's notBefore and notAfter, unix seconds (nil if unreadable).
    public let notBefore: Int64?
    public let notAfter: Int64?

    public init(files: TLSConfiguration) throws {
        // OpenSSL opens these itself, and opening a FIFO waits for a writer: at start-up, or in
        // the certificate watcher after a swap, that would block for good. So each is opened and
        // checked here first, and OpenSSL reads the very file that was checked.
        var opened: [Int32] = []
        defer { for fd in opened { close(fd) } }
        let certificatePath = try Self.checkedPath(files.certificate, keepingOpen: &opened)
        let keyPath = try Self.checkedPath(files.privateKey, keepingOpen: &opened)
        let caPath = try files.clientCA.map { try Self.checkedPath($0, keepingOpen: &opened) }
        guard let method = TLS_server_method(), let ctx = SSL_CTX_new(method) else {
            throw TransportError("TLS: cannot create context: \(openSSLErrors())")
        }
        self.ctx = ctx
        _ = esoguard_ssl_ctx_set_max_proto_version(ctx, TLS1_3_VERSION)
        guard esoguard_ssl_ctx_harden(ctx) == 1,
              SSL_CTX_set_cipher_list(ctx, files.cipherSuites.map(\.openSSLName).joined(separator: ":")) == 1,
              SSL_CTX_set_ciphersuites(ctx, tls13Suites) == 1 else {
            SSL_CTX_free(ctx)
            throw TransportError("TLS: cipher or group configuration rejected: \(openSSLErrors())")
        }
        // After hardening, which puts the floor at TLS 1.2.
        _ = esoguard_ssl_ctx_set_min_proto_version(ctx, files.minimumVersion.openSSLVersion)
        esoguard_ssl_ctx_enable_alpn_http11(ctx)
        // Resumption from a server-side session cache (no stateless tickets: see
        // esoguard_ssl_ctx_harden): TLS 1.2 session ids, TLS 1.3 tickets naming an entry.
        // 1024 entries of ~1.2 KiB (more with a client certificate) bound what a handshake
        // flood can make it hold; the API server keeps a few connections per replica.
        _ = esoguard_ssl_ctx_set_session_cache_mode(ctx, Int(SSL_SESS_CACHE_SERVER))
        _ = esoguard_ssl_ctx_sess_set_cache_size(ctx, 1024)
        _ = SSL_CTX_set_timeout(ctx, 7200)
        _ = SSL_CTX_set_num_tickets(ctx, 1)
        let sessionContext: [UInt8] = Array("esoguard".utf8)
        _ = SSL_CTX_set_session_id_context(ctx, sessionContext, UInt32(sessionContext.count))

        guard SSL_CTX_use_certificate_chain_file(ctx, certificatePath) == 1 else {
            let detail = openSSLErrors()
            SSL_CTX_free(ctx)
            throw TransportError("TLS: cannot load certificate \(files.certificate): \(detail)")
        }
        guard SSL_CTX_use_PrivateKey_file(ctx, keyPath, SSL_FILETYPE_PEM) == 1 else {
            let detail = openSSLErrors()
            SSL_CTX_free(ctx)
            if Self.isEncryptedPEM(keyPath) {
                throw TransportError("TLS: cannot load private key \(files.privateKey): it is encrypted; esoguard reads unencrypted PEM keys, as kubernetes.io/tls Secrets and cert-manager hold them")
            }
            throw TransportError("TLS: cannot load private key \(files.privateKey): \(detail)")
        }
        guard SSL_CTX_check_private_key(ctx) == 1 else {
            let detail = openSSLErrors()
            SSL_CTX_free(ctx)
            throw TransportError("TLS: private key \(files.privateKey) does not match certificate \(files.certificate): \(detail)")
        }
        // Suites that cannot sign with this key would leave TLS 1.2 clients nothing to agree on.
        if files.minimumVersion == .tls12, let key = SSL_CTX_get0_privatekey(ctx) {
            let isEC = EVP_PKEY_get_base_id(key) == EVP_PKEY_EC
            if !files.cipherSuites.contains(where: { $0.usesECDSA == isEC }) {
                SSL_CTX_free(ctx)
                throw TransportError("TLS: --tls-ciphers has no \(isEC ? "ECDSA" : "RSA") suite for the \(isEC ? "ECDSA" : "RSA") key \(files.privateKey): "
                                     + "TLS 1.2 clients could not connect")
            }
        }
        if let caPath, let caName = files.clientCA {
            guard SSL_CTX_load_verify_locations(ctx, caPath, nil) == 1,
                  let names = SSL_load_client_CA_file(caPath) else {
                let detail = openSSLErrors()
                SSL_CTX_free(ctx)
                throw TransportError("TLS: cannot load client CA \(caName): \(detail)")
            }
            SSL_CTX_set_client_CA_list(ctx, names)
            SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nil)
        }
        var from: Int64 = 0, until: Int64 = 0
        if esoguard_ssl_ctx_cert_validity(ctx, &from, &until) == 1 {
            (notBefore, notAfter) = (from, until)
        } else {
            (notBefore, notAfter) = (nil, nil)
        }
    }

    deinit { SSL_CTX_free(ctx) }

    /// Where the leaf certificate stands at `now` (unix seconds); nil when its dates are unreadable.
    public func validity(at now: Int64) -> CertificateValidity? {
        guard let notBefore, let notAfter else { return nil }
        if notAfter <= now { return .expired }
        if notBefore > now { return .notYetValid }
        return notAfter - now < CertificateValidity.expiringWindow ? .expiringSoon : .valid
    }

    /// `path` opened without blocking and checked to be a regular file (`FileContents.open`),
    /// as a path for OpenSSL to open: the same file through `/proc/self/fd`, so a FIFO swapped
    /// in after the check cannot reach OpenSSL. The descriptor joins `descriptors`, for the
    /// caller to close once OpenSSL has read it. A path that cannot be opened is passed on as
    /// it is, for OpenSSL's error to say why; so is every path where `/proc` is not mounted.
    static func checkedPath(_ path: String, keepingOpen descriptors: inout [Int32]) throws -> String {
        switch FileContents.open(path: path) {
        case .success(let fd):
            guard procFdAvailable else {
                close(fd)
                return path
            }
            descriptors.append(fd)
            return "/proc/self/fd/\(fd)"
        case .failure(.notRegularFile(let kind)):
            throw TransportError("TLS: cannot load \(path): \(FileContents.Failure.describe(notRegular: kind))")
        case .failure:
            return path
        }
    }

    private static let procFdAvailable = access("/proc/self/fd", X_OK) == 0

    /// Whether a PEM key file is passphrase-protected (`PEMText`).
    static func isEncryptedPEM(_ path: String) -> Bool {
        guard case .success(let bytes) = FileContents.read(path: path, limit: 1 << 20) else { return false }
        return PEMText.isEncryptedPrivateKey(bytes)
    }
}

/// A serving certificate's standing: clients refuse one outside its validity period, so
/// every admission call then fails.
public enum CertificateValidity: Sendable, Equatable {
    case valid, expiringSoon, expired, notYetValid

    /// "Soon": the last 7 days.
    public static let expiringWindow: Int64 = 7 * 86_400
}

/// Drains OpenSSL's thread-local error queue into one readable string.
/// Empties this thread's OpenSSL error queue before an SSL call, as SSL_get_error needs.
/// ERR_clear_error wipes all sixteen slots (about 800 instructions, twice per request); the
/// queue is nearly always empty already, and peeking at it is cheap.
@inline(__always)
func clearOpenSSLErrorQueue() {
    if ERR_peek_error() != 0 { ERR_clear_error() }
}

func openSSLErrors() -> String {
    var parts: [String] = []
    var buffer = [CChar](repeating: 0, count: 256)
    while true {
        let code = ERR_get_error()
        if code == 0 { break }
        ERR_error_string_n(code, &buffer, buffer.count)
        parts.append(string(fromCBuffer: buffer))
    }
    return parts.isEmpty ? "unknown error" : parts.joined(separator: "; ")
}
