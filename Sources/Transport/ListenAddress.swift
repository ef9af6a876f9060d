import Glibc

/// `HOST:PORT` as given to `--listen`: `127.0.0.1:8443`, `[::1]:8443`, `0.0.0.0:8443`, `[::]:8443`,
/// or `:8443` for every interface of both families.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: UInt16

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; an IPv6 host is bracketed. Returns nil with no port or a bad one.
    public init?(parsing text: String) {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portText = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            if host.contains(":") { return nil }   // unbracketed IPv6
        }
        // An empty host (":8443") is every interface, IPv4 and IPv6, as in Go.
        guard !(host.isEmpty && text.hasPrefix("[")), let port = UInt16(portText), port > 0 else { return nil }
        self.host = String(host)
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

public struct TransportError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The listening socket. One socket serves every event loop (each loop registers its own
/// duplicate with EPOLLEXCLUSIVE, and the loop that accepts hands the connection to the
/// least-loaded loop), so connections spread evenly; SO_REUSEPORT's hash split them
/// unevenly (13/19 of 32) and would let a stale server share the port silently.
enum ListenSocket {
    static func open(_ address: ListenAddress, backlog: Int32 = 1024) throws -> Int32 {
        if address.host.isEmpty {
            // All interfaces, as Go's ":8443": one IPv6 socket that takes IPv4 too (mapped), so
            // the same flag serves IPv4, IPv6 and dual-stack clusters; plain IPv4 where the
            // kernel has no IPv6.
            do {
                return try open(family: AF_INET6, address, backlog: backlog, dualStack: true)
            } catch let error as SocketCreationError where error.code == EAFNOSUPPORT {
                return try open(family: AF_INET, address, backlog: backlog, dualStack: false)
            }
        }
        return try open(family: address.host.contains(":") ? AF_INET6 : AF_INET, address, backlog: backlog, dualStack: false)
    }

    private struct SocketCreationError: Error {
        var code: Int32
    }

    private static func open(family: Int32, _ address: ListenAddress, backlog: Int32, dualStack: Bool) throws -> Int32 {
        var storage = sockaddr_storage()
        var length: socklen_t = 0
        if family == AF_INET6 {
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = address.port.bigEndian
            if !address.host.isEmpty {   // empty: in6addr_any, all zeros
                guard inet_pton(AF_INET6, address.host, &sin6.sin6_addr) == 1 else {
                    throw TransportError("--listen: \(address.host) is not an IPv6 address")
                }
            }
            withUnsafeMutableBytes(of: &storage) { dst in withUnsafeBytes(of: sin6) { dst.copyMemory(from: $0) } }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        } else {
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = address.port.bigEndian
            let host = address.host.isEmpty ? "0.0.0.0" : address.host == "localhost" ? "127.0.0.1" : address.host
            guard inet_pton(AF_INET, host, &sin.sin_addr) == 1 else {
                throw TransportError("--listen: \(address.host) is not an IPv4 address (use [addr] for IPv6)")
            }
            withUnsafeMutableBytes(of: &storage) { dst in withUnsafeBytes(of: sin) { dst.copyMemory(from: $0) } }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        }
        let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            if errno == EAFNOSUPPORT && dualStack { throw SocketCreationError(code: errno) }
            throw TransportError("socket: \(errnoString())")
        }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if family == AF_INET6 {
            // An explicit IPv6 address means IPv6 only; ":PORT" means both families.
            var v6only: Int32 = dualStack ? 0 : 1
            setsockopt(fd, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &v6only, socklen_t(MemoryLayout<Int32>.size))
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else {
            let message = errnoString()
            close(fd)
            throw TransportError("bind \(address): \(message)")
        }
        guard listen(fd, backlog) == 0 else {
            let message = errnoString()
            close(fd)
            throw TransportError("listen \(address): \(message)")
        }
        return fd
    }

    /// A duplicate of `fd` for one more event loop: each loop closes its own at shutdown,
    /// and the socket stops listening when the last one is closed.
    static func duplicate(_ fd: Int32) throws -> Int32 {
        let copy = fcntl(fd, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else { throw TransportError("dup listening socket: \(errnoString())") }
        return copy
    }

    /// The peer address of `storage` as text, for logs.
    static func describe(_ storage: sockaddr_storage) -> String {
        var storage = storage
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        if Int32(storage.ss_family) == AF_INET6 {
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin6 in
                    var addr = sin6.pointee.sin6_addr
                    let port = UInt16(bigEndian: sin6.pointee.sin6_port)
                    // An IPv4 client of a dual-stack socket (::ffff:a.b.c.d) is logged as IPv4.
                    let bytes = withUnsafeBytes(of: addr) { Array($0) }
                    if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
                        return "\(bytes[12]).\(bytes[13]).\(bytes[14]).\(bytes[15]):\(port)"
                    }
                    inet_ntop(AF_INET6, &addr, &buffer, socklen_t(buffer.count))
                    return "[\(string(fromCBuffer: buffer))]:\(port)"
                }
            }
        }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                var addr = sin.pointee.sin_addr
                inet_ntop(AF_INET, &addr, &buffer, socklen_t(buffer.count))
                return "\(string(fromCBuffer: buffer)):\(UInt16(bigEndian: sin.pointee.sin_port))"
            }
        }
    }
}
