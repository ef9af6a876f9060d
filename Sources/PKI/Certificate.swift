import COpenSSL
import Glibc

/// An owned X.509 certificate (`X509`) and the facts renewal decisions need.
public final class Certificate: @unchecked Sendable {
    // Immutable after init; read-only use of an X509 is thread-safe.
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer) { self.pointer = pointer }

    deinit { X509_free(pointer) }

    /// Reads the first PEM certificate of `pem`; nil when there is none.
    public convenience init?(pem: [UInt8]) {
        guard let x509 = MemoryBIO.parse(pem, { PEM_read_bio_X509($0, nil, nil, nil) }) else {
            ERR_clear_error()
            return nil
        }
        self.init(owning: x509)
    }

    public func pem() throws -> [UInt8] {
        try MemoryBIO.collect("certificate") { PEM_write_bio_X509($0, pointer) }
    }

    /// Start of validity, in seconds since the epoch.
    public var notBefore: Int { Self.epochSeconds(X509_get0_notBefore(pointer)) }

    /// End of validity, in seconds since the epoch.
    public var notAfter: Int { Self.epochSeconds(X509_get0_notAfter(pointer)) }

    /// True when basicConstraints says CA:TRUE and the key may sign certificates.
    public var isCA: Bool { X509_check_ca(pointer) >= 1 }

    /// The subject's common name, for messages.
    public var commonName: String {
        guard let name = X509_get_subject_name(pointer) else { return "" }
        let index = X509_NAME_get_index_by_NID(name, NID_commonName, -1)
        guard index >= 0, let entry = X509_NAME_get_entry(name, index),
              let data = X509_NAME_ENTRY_get_data(entry) else { return "" }
        return Self.string(data)
    }

    /// Subject alternative names as `DNS:name` and `IP:address` (IPv6 in its
    /// compressed form), the notation the `openssl` command prints.
    public var subjectAlternativeNames: [String] {
        guard let raw = X509_get_ext_d2i(pointer, NID_subject_alt_name, nil, nil) else { return [] }
        let names = OpaquePointer(raw)
        defer { GENERAL_NAMES_free(names) }
        var result: [String] = []
        for i in 0..<OPENSSL_sk_num(names) {
            guard let item = OPENSSL_sk_value(names, i) else { continue }
            let name = item.assumingMemoryBound(to: GENERAL_NAME.self).pointee
            switch name.type {
            case GEN_DNS:
                if let dns = name.d.dNSName { result.append("DNS:" + Self.string(dns)) }
            case GEN_IPADD:
                if let ip = name.d.iPAddress, let text = Self.ipAddress(ip) { result.append("IP:" + text) }
            default:
                continue
            }
        }
        return result
    }

    /// True when `key` is the private half of this certificate's public key.
    public func matches(_ key: PrivateKey) -> Bool {
        let ok = X509_check_private_key(pointer, key.pointer) == 1
        ERR_clear_error()
        return ok
    }

    /// True when `issuer` names this certificate's issuer and its key made the signature.
    public func isSigned(by issuer: Certificate) -> Bool {
        defer { ERR_clear_error() }
        guard X509_check_issued(issuer.pointer, pointer) == X509_V_OK,
              let issuerKey = X509_get0_pubkey(issuer.pointer) else { return false }
        return X509_verify(pointer, issuerKey) == 1
    }

    // MARK: - Conversions

    static func epochSeconds(_ time: UnsafePointer<ASN1_TIME>?) -> Int {
        guard let time else { return 0 }
        var parts = tm()
        guard ASN1_TIME_to_tm(time, &parts) == 1 else { return 0 }
        return Int(timegm(&parts))
    }

    static func string(_ value: UnsafePointer<ASN1_STRING>) -> String {
        let length = Int(ASN1_STRING_length(value))
        guard length > 0, let data = ASN1_STRING_get0_data(value) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: data, count: length), as: UTF8.self)
    }

    static func ipAddress(_ value: UnsafePointer<ASN1_STRING>) -> String? {
        let length = Int(ASN1_STRING_length(value))
        guard length == 4 || length == 16, let data = ASN1_STRING_get0_data(value) else { return nil }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = length == 4 ? AF_INET : AF_INET6
        guard inet_ntop(family, data, &text, socklen_t(text.count)) != nil else { return nil }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
