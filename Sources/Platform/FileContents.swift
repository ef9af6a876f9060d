import Glibc

/// Whole-file reads with a size limit, for every place that loads a file into memory
/// (policies, manifests, certificates, `/proc` files). Callers word the errors for their users.
public enum FileContents {
    public enum Failure: Error, Equatable, Sendable {
        /// The call that failed set this `errno`.
        case system(Int32)
        /// The input holds more than the limit (checked before reading for regular files,
        /// while reading for a pipe or device on a descriptor: `/dev/zero` ends here).
        case tooLarge
        case isDirectory
        /// A FIFO, socket or device (`kind`: "a FIFO"). Opening a FIFO waits for a writer,
        /// and a device need not end: a named input must be a regular file.
        case notRegularFile(kind: String)

        /// The OS's wording of a `.system` failure ("No such file or directory").
        public static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

        /// The wording of a `.notRegularFile` failure: "not a regular file (a FIFO)".
        public static func describe(notRegular kind: String) -> String { "not a regular file (\(kind))" }
    }

    /// The bytes of the regular file at `path`; anything else is refused without blocking.
    public static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd: Int32
        switch open(path: path) {
        case .success(let opened): fd = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(fd) }
        // No effect on regular files, but the read loop below must never see EAGAIN.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return read(descriptor: fd, limit: limit)
    }

    /// A read-only descriptor for `path` once `fstat` has shown it to be a regular file or a
    /// directory (the caller closes it); anything else is refused without blocking. What was
    /// checked is what the descriptor reads, even if the path is swapped a moment later.
    public static func open(path: String) -> Result<Int32, Failure> {
        // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            // A socket cannot be opened (ENXIO): say what it is rather than the errno.
            if let kind = specialKind(path: path) { return .failure(.notRegularFile(kind: kind)) }
            return .failure(.system(code))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            return .failure(.system(code))
        }
        if let kind = specialKind(mode: info.st_mode) {
            close(fd)
            return .failure(.notRegularFile(kind: kind))
        }
        return .success(fd)
    }

    /// What `path` is when it exists and is neither a regular file nor a directory ("a FIFO"),
    /// else nil: says why a path that could not be opened (a socket: ENXIO) is refused.
    static func specialKind(path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return specialKind(mode: info.st_mode)
    }

    static func specialKind(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }

    /// The bytes left in an open descriptor (standard input, a file), which stays open. Pipes and
    /// devices are read here: standard input (`-`) may be one.
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
