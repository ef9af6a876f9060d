import COpenSSL

/// PEM text in and out of OpenSSL through memory BIOs.
enum MemoryBIO {
    /// Runs `write` against a fresh memory BIO and returns what it wrote.
    static func collect(_ what: String, _ write: (OpaquePointer) -> Int32) throws -> [UInt8] {
        guard let bio = BIO_new(BIO_s_mem()) else { throw PKIError.openSSL("cannot allocate a memory BIO") }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { throw PKIError.openSSL("cannot encode \(what)") }
        let pending = Int(BIO_ctrl_pending(bio))
        var bytes = [UInt8](repeating: 0, count: pending)
        let read = bytes.withUnsafeMutableBytes { BIO_read(bio, $0.baseAddress, Int32(pending)) }
        guard read == pending else { throw PKIError.openSSL("cannot read encoded \(what)") }
        return bytes
    }

    /// Runs `read` against a read-only memory BIO over `bytes`.
    static func parse<T>(_ bytes: [UInt8], _ read: (OpaquePointer) -> T?) -> T? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        return bytes.withUnsafeBytes { raw -> T? in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return nil }
            defer { BIO_free(bio) }
            return read(bio)
        }
    }
}
