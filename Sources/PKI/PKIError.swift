import COpenSSL

/// Why a certificate operation failed, in words a platform engineer can act on.
public struct PKIError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// An error for a failed OpenSSL call, with OpenSSL's own reason appended.
    /// Drains the thread's error queue so a later call does not report a stale reason.
    static func openSSL(_ what: String) -> PKIError {
        var reasons: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            reasons.append(String(decoding: bytes, as: UTF8.self))
        }
        return PKIError(reasons.isEmpty ? what : "\(what): \(reasons.joined(separator: "; "))")
    }
}
