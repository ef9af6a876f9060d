import Glibc

/// Whole-file reads with a size limit, for every place that loads a file into memory
/// (policies, manifests, certificates, `/proc` files). Callers word the errors for their users.
public enum FileContents {
    public enum Failure: Error, Equatable, Sendable {
        /// The call that failed set this `errno`.
        case system(Int32)
        /// The input holds more than the limit (checked before reading for regular files,
        /// while reading for pipes and devices: `/dev/zero` ends here).
        case tooLarge
        case isDirectory

        /// The OS's wording of a `.system` failure ("No such file or directory").
        public static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
    }

    /// The bytes of the file at `path`.
    public static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(errno)) }
        defer { close(fd) }
        return read(descriptor: fd, limit: limit)
    }

    /// The bytes left in an open descriptor (standard input, a file), which stays open.
    public static func read(descriptor fd: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var info = stat()
        var capacity = 64 << 10
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory) }
            if (info.st_mode & S_IFMT) == S_IFREG {
                if Int(info.st_size) > limit { return .failure(.tooLarge) }
                // procfs and cgroupfs files report size 0: read them until EOF all the same.
                capacity = Int(info.st_size) + 1
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(capacity, limit + 1))
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if n == 0 { return .success(bytes) }
            if bytes.count + n > limit { return .failure(.tooLarge) }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
