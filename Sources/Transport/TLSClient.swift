import COpenSSL
import CShims
import Glibc

/// A small blocking TLS client: tests drive the server with exact bytes through
/// it, and it is the start of the outbound side (it does not verify the server
/// unless `caFile` is given).
public final class TLSClient {
    private let fd: Int32
    private let ctx: OpaquePointer
    private let ssl: OpaquePointer
    /// The negotiated protocol version, e.g. "TLSv1.3".
    public let version: String
    /// The ALPN protocol the server selected, or nil.
    public let alpn: String?

    /// Connects to `host:port` (IPv4 or IPv6 literal) and completes the handshake.
    /// `receiveBufferSize` sets the socket's SO_RCVBUF before connecting (the kernel's default otherwise).
    public init(host: String, port: Int, timeout: Double = 5, caFile: String? = nil,
                certificate: String? = nil, privateKey: String? = nil, maxVersion: Int32 = TLS1_3_VERSION,
                receiveBufferSize: Int32? = nil) throws {
        fd = try Self.connect(host: host, port: port, timeout: timeout, receiveBufferSize: receiveBufferSize)
        guard let method = TLS_client_method(), let ctx = SSL_CTX_new(method) else {
            close(fd)
            throw TransportError("TLS client context: \(openSSLErrors())")
        }
        self.ctx = ctx
        _ = esoguard_ssl_ctx_set_max_proto_version(ctx, maxVersion)
        if let caFile {
            SSL_CTX_load_verify_locations(ctx, caFile, nil)
            SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nil)
        }
        if let certificate, let privateKey {
            SSL_CTX_use_certificate_chain_file(ctx, certificate)
            SSL_CTX_use_PrivateKey_file(ctx, privateKey, SSL_FILETYPE_PEM)
        }
        let protocols: [UInt8] = [8] + Array("http/1.1".utf8)
        _ = SSL_CTX_set_alpn_protos(ctx, protocols, UInt32(protocols.count))
        guard let ssl = SSL_new(ctx) else {
            SSL_CTX_free(ctx)
            close(fd)
            throw TransportError("TLS client: \(openSSLErrors())")
        }
        self.ssl = ssl
        SSL_set_fd(ssl, fd)
        _ = esoguard_ssl_set_tlsext_host_name(ssl, "localhost")
        ERR_clear_error()
        guard SSL_connect(ssl) == 1 else {
            let detail = openSSLErrors()
            SSL_free(ssl)
            SSL_CTX_free(ctx)
            close(fd)
            throw TransportError("TLS handshake failed: \(detail)")
        }
        version = SSL_get_version(ssl).map { String(cString: $0) } ?? "?"
        var data: UnsafePointer<UInt8>?
        var length: UInt32 = 0
        SSL_get0_alpn_selected(ssl, &data, &length)
        if let data, length > 0 {
            alpn = String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
        } else {
            alpn = nil
        }
    }

    deinit {
        SSL_free(ssl)
        SSL_CTX_free(ctx)
        close(fd)
    }

    public func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            ERR_clear_error()
            let n = bytes.withUnsafeBytes { SSL_write(ssl, $0.baseAddress.map { $0 + offset }, Int32(bytes.count - offset)) }
            guard n > 0 else { throw TransportError("TLS write failed: \(openSSLErrors())") }
            offset += Int(n)
        }
    }

    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Each message in its own TLS record, all sent in one TCP segment (TCP_CORK), so the
    /// peer receives several records in one read: how a pipelining client looks to a server.
    public func writeRecords(_ messages: [String]) throws {
        var on: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_CORK, &on, socklen_t(MemoryLayout<Int32>.size))
        defer {
            var off: Int32 = 0
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_CORK, &off, socklen_t(MemoryLayout<Int32>.size))
        }
        for message in messages { try write(message) }
    }

    /// Up to `max` bytes; empty at EOF. Throws on timeout or error.
    public func read(max: Int = 65536) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: max)
        ERR_clear_error()
        let n = buffer.withUnsafeMutableBytes { SSL_read(ssl, $0.baseAddress, Int32(max)) }
        if n > 0 { return Array(buffer[0..<Int(n)]) }
        let error = SSL_get_error(ssl, n)
        if error == SSL_ERROR_ZERO_RETURN || (error == SSL_ERROR_SYSCALL && errno == 0) { return [] }
        if error == SSL_ERROR_SYSCALL && (errno == EAGAIN || errno == EWOULDBLOCK) {
            throw TransportError("TLS read timed out")
        }
        if error == SSL_ERROR_SSL || error == SSL_ERROR_SYSCALL {
            // A reset after close_notify-less close reads as EOF for our purposes.
            if errno == ECONNRESET { return [] }
        }
        throw TransportError("TLS read failed (\(error)): \(openSSLErrors())")
    }

    /// Sends close_notify and waits for the peer's: true for a clean two-way close,
    /// false when the peer hung up without answering.
    public func closeNotify() -> Bool {
        ERR_clear_error()
        var r = SSL_shutdown(ssl)
        if r == 0 { r = SSL_shutdown(ssl) }   // ours is sent; the second call reads theirs
        ERR_clear_error()
        return r == 1
    }

    /// Reads until EOF (or `limit` bytes), concatenated.
    public func readToEnd(limit: Int = 1 << 22) throws -> [UInt8] {
        var all: [UInt8] = []
        while all.count < limit {
            let chunk = try read()
            if chunk.isEmpty { break }
            all += chunk
        }
        return all
    }

    static func connect(host: String, port: Int, timeout: Double, receiveBufferSize: Int32?) throws -> Int32 {
        let v6 = host.contains(":")
        let fd = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw TransportError("socket: \(errnoString())") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        if var size = receiveBufferSize {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        let rc: Int32
        if v6 {
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = UInt16(port).bigEndian
            inet_pton(AF_INET6, host, &sin6.sin6_addr)
            rc = withUnsafePointer(to: &sin6) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = UInt16(port).bigEndian
            inet_pton(AF_INET, host, &sin.sin_addr)
            rc = withUnsafePointer(to: &sin) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard rc == 0 else {
            let message = errnoString()
            close(fd)
            throw TransportError("connect \(host):\(port): \(message)")
        }
        return fd
    }
}
