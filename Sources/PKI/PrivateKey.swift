import COpenSSL
import CShims

/// An owned OpenSSL private key (`EVP_PKEY`).
public final class PrivateKey: @unchecked Sendable {
    // Immutable after init; OpenSSL keys are safe to read from several threads.
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer) { self.pointer = pointer }

    deinit { EVP_PKEY_free(pointer) }

    /// A fresh ECDSA key on NIST P-256 (prime256v1), the curve every Kubernetes
    /// API server and TLS client supports.
    public static func generateP256() throws -> PrivateKey {
        guard let ctx = EVP_PKEY_CTX_new_from_name(nil, "EC", nil) else {
            throw PKIError.openSSL("cannot create an EC key context")
        }
        defer { EVP_PKEY_CTX_free(ctx) }
        guard EVP_PKEY_keygen_init(ctx) == 1, EVP_PKEY_CTX_set_group_name(ctx, "P-256") == 1 else {
            throw PKIError.openSSL("cannot set up P-256 key generation")
        }
        var key: OpaquePointer?
        guard EVP_PKEY_generate(ctx, &key) == 1, let key else {
            throw PKIError.openSSL("cannot generate a P-256 key")
        }
        return PrivateKey(owning: key)
    }

    /// Reads a PEM private key (PKCS#8 or traditional); nil when the text holds none.
    public convenience init?(pem: [UInt8]) {
        guard let key = MemoryBIO.parse(pem, { PEM_read_bio_PrivateKey($0, nil, esoguard_no_passphrase, nil) }) else {
            ERR_clear_error()
            return nil
        }
        self.init(owning: key)
    }

    /// Unencrypted PKCS#8 PEM (`BEGIN PRIVATE KEY`).
    public func pem() throws -> [UInt8] {
        try MemoryBIO.collect("private key") { PEM_write_bio_PrivateKey($0, pointer, nil, nil, 0, nil, nil) }
    }

    /// True for an EC key on P-256, the only kind `esoguard certs` issues.
    public var isP256: Bool {
        guard EVP_PKEY_get_base_id(pointer) == EVP_PKEY_EC else { return false }
        var name = [CChar](repeating: 0, count: 64)
        var length = 0
        guard EVP_PKEY_get_group_name(pointer, &name, name.count, &length) == 1 else { return false }
        let group = String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return group == "prime256v1" || group == "P-256"
    }
}
