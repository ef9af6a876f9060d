import Glibc
import Platform

/// Files written so that a reader (the webhook reloading its certificate, a
/// crash mid-write) sees either the old content or the new, never a mix:
/// a temporary file in the same directory, fsync, rename, fsync the directory.
public enum AtomicFile {
    /// Writes `bytes` to `path` with permission bits `mode`.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws {
        let directory = parentDirectory(of: path)
        var template = Array("\(directory)/.\(baseName(of: path)).tmp-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw PKIError("cannot write \(path): \(errorText())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            guard fchmod(fd, mode) == 0 else { throw PKIError("cannot set the mode of \(path): \(errorText())") }
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw PKIError("cannot write \(path): \(errorText())")
                }
                offset += written
            }
            guard fsync(fd) == 0 else { throw PKIError("cannot flush \(path): \(errorText())") }
        }
        guard rename(temporary, path) == 0 else { throw PKIError("cannot replace \(path): \(errorText())") }
        committed = true
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY)
        if dirFD >= 0 {
            // Makes the rename itself durable; failure here loses nothing already written.
            _ = fsync(dirFD)
            close(dirFD)
        }
    }

    /// The whole file, or nil when it does not exist. Other errors throw.
    public static func read(_ path: String, limit: Int = 1 << 20) throws -> [UInt8]? {
        switch FileContents.read(path: path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.system(ENOENT)): return nil
        case .failure(.system(let code)): throw PKIError("cannot read \(path): \(FileContents.Failure.describe(code))")
        case .failure(.isDirectory): throw PKIError("cannot read \(path): \(FileContents.Failure.describe(EISDIR))")
        case .failure(.notRegularFile(let kind)):
            throw PKIError("cannot read \(path): \(FileContents.Failure.describe(notRegular: kind))")
        case .failure(.tooLarge): throw PKIError("\(path) is larger than \(limit) bytes; not a certificate file")
        }
    }

    /// Creates `path` and its parents (mode 0700 for new ones) unless it is already a directory.
    public static func makeDirectory(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw PKIError("\(path) exists and is not a directory") }
            return
        }
        let parent = parentDirectory(of: path)
        if parent != path && parent != "." && parent != "/" { try makeDirectory(parent) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw PKIError("cannot create directory \(path): \(errorText())")
        }
    }

    /// Fails early, with the reason, when files cannot be created in `directory`.
    public static func checkWritable(_ directory: String) throws {
        guard access(directory, W_OK | X_OK) == 0 else {
            throw PKIError("cannot write certificates to \(directory): \(errorText())")
        }
    }

    static func parentDirectory(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
