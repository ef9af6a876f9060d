import COpenSSL
import Glibc

/// Issues the webhook's certificates: a self-signed CA and serving
/// certificates it signs. Every certificate gets a fresh random serial.
public enum CertificateIssuer {
    /// Certificates start this far in the past, so a node whose clock lags a
    /// little behind still accepts a freshly issued one.
    static let backdate = 300

    /// A self-signed CA: basicConstraints CA:TRUE (critical, pathlen 0),
    /// keyUsage keyCertSign/cRLSign (critical), and a subject key identifier.
    public static func issueCA(commonName: String, key: PrivateKey, days: Int, now: Int) throws -> Certificate {
        let cert = try start(commonName: commonName, key: key, notBefore: now - backdate, notAfter: now + days * 86_400)
        guard let name = X509_get_subject_name(cert.pointer), X509_set_issuer_name(cert.pointer, name) == 1 else {
            throw PKIError.openSSL("cannot set the CA's issuer name")
        }
        try addExtensions(to: cert, issuer: cert, [
            (NID_basic_constraints, "critical,CA:TRUE,pathlen:0"),
            (NID_key_usage, "critical,keyCertSign,cRLSign"),
            (NID_subject_key_identifier, "hash"),
        ])
        try sign(cert, with: key)
        return cert
    }

    /// A serving certificate for `subjectAlternativeNames` (`DNS:…`/`IP:…`),
    /// signed by `ca`: extendedKeyUsage serverAuth and an authority key
    /// identifier. It never outlives the CA.
    public static func issueServing(commonName: String, subjectAlternativeNames: [String], key: PrivateKey,
                                    ca: Certificate, caKey: PrivateKey, days: Int, now: Int) throws -> Certificate {
        let notAfter = min(now + days * 86_400, ca.notAfter)
        let cert = try start(commonName: commonName, key: key, notBefore: now - backdate, notAfter: notAfter)
        guard let issuerName = X509_get_subject_name(ca.pointer), X509_set_issuer_name(cert.pointer, issuerName) == 1 else {
            throw PKIError.openSSL("cannot set the serving certificate's issuer name")
        }
        try addExtensions(to: cert, issuer: ca, [
            (NID_basic_constraints, "critical,CA:FALSE"),
            (NID_key_usage, "critical,digitalSignature"),
            (NID_ext_key_usage, "serverAuth"),
            (NID_subject_key_identifier, "hash"),
            (NID_authority_key_identifier, "keyid:always"),
            (NID_subject_alt_name, subjectAlternativeNames.joined(separator: ",")),
        ])
        try sign(cert, with: caKey)
        return cert
    }

    // MARK: - Steps

    private static func start(commonName: String, key: PrivateKey, notBefore: Int, notAfter: Int) throws -> Certificate {
        guard let x509 = X509_new() else { throw PKIError.openSSL("cannot allocate a certificate") }
        let cert = Certificate(owning: x509)
        guard X509_set_version(x509, 2) == 1 else { throw PKIError.openSSL("cannot set the certificate version") }
        try setRandomSerial(x509)
        guard ASN1_TIME_set(X509_getm_notBefore(x509), time_t(notBefore)) != nil,
              ASN1_TIME_set(X509_getm_notAfter(x509), time_t(notAfter)) != nil else {
            throw PKIError.openSSL("cannot set the validity period")
        }
        guard let name = X509_get_subject_name(x509) else { throw PKIError.openSSL("certificate has no subject") }
        let added = Array(commonName.utf8).withUnsafeBufferPointer {
            X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_UTF8, $0.baseAddress, Int32($0.count), -1, 0)
        }
        guard added == 1 else { throw PKIError.openSSL("cannot set the common name \(commonName)") }
        guard X509_set_pubkey(x509, key.pointer) == 1 else { throw PKIError.openSSL("cannot set the public key") }
        return cert
    }

    /// 127 random bits: positive, unique in practice, within RFC 5280's 20 octets.
    private static func setRandomSerial(_ x509: OpaquePointer) throws {
        var bytes = [UInt8](repeating: 0, count: 16)
        guard RAND_bytes(&bytes, Int32(bytes.count)) == 1 else { throw PKIError.openSSL("cannot draw a random serial") }
        bytes[0] = (bytes[0] & 0x7f) | 0x01
        guard let bn = BN_bin2bn(bytes, Int32(bytes.count), nil) else { throw PKIError.openSSL("cannot build the serial") }
        defer { BN_free(bn) }
        guard let serial = BN_to_ASN1_INTEGER(bn, nil) else { throw PKIError.openSSL("cannot encode the serial") }
        defer { ASN1_INTEGER_free(serial) }
        guard X509_set_serialNumber(x509, serial) == 1 else { throw PKIError.openSSL("cannot set the serial") }
    }

    private static func addExtensions(to cert: Certificate, issuer: Certificate, _ extensions: [(Int32, String)]) throws {
        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer.pointer, cert.pointer, nil, nil, 0)
        for (nid, value) in extensions {
            guard let ext = X509V3_EXT_conf_nid(nil, &context, nid, value) else {
                throw PKIError.openSSL("cannot build the \(String(cString: OBJ_nid2sn(nid))) extension '\(value)'")
            }
            defer { X509_EXTENSION_free(ext) }
            guard X509_add_ext(cert.pointer, ext, -1) == 1 else {
                throw PKIError.openSSL("cannot add the \(String(cString: OBJ_nid2sn(nid))) extension")
            }
        }
    }

    private static func sign(_ cert: Certificate, with key: PrivateKey) throws {
        guard X509_sign(cert.pointer, key.pointer, EVP_sha256()) > 0 else {
            throw PKIError.openSSL("cannot sign the certificate")
        }
    }
}
