/// What PEM text holds, told from its armour alone (no parsing, no OpenSSL).
public enum PEMText {
    /// A passphrase-protected private key: PKCS#8 `ENCRYPTED PRIVATE KEY`, or a traditional
    /// key with `Proc-Type: 4,ENCRYPTED`. esoguard reads keys unencrypted and never prompts,
    /// so such a key gets its own error rather than OpenSSL's "bad password read".
    public static func isEncryptedPrivateKey(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED")
    }
}
