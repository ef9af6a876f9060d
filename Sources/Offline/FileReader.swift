import Documents
import Glibc

/// Reads a whole input into memory, refusing more than `limit` bytes so a huge
/// or endless input (`/dev/zero`, a pipe) fails with a clear message.
enum FileReader {
    static func read(_ input: InputFile, limit: Int) -> Result<[UInt8], DocumentError> {
        let fd: Int32
        if input.isStandardInput {
            fd = STDIN_FILENO
        } else {
            fd = open(input.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return .failure(failure(input, systemMessage(errno))) }
        }
        defer { if !input.isStandardInput { close(fd) } }

        var info = stat()
        var capacity = 64 << 10
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(failure(input, "is a directory")) }
            if (info.st_mode & S_IFMT) == S_IFREG {
                if Int(info.st_size) > limit { return .failure(tooLarge(input, limit)) }
                capacity = max(Int(info.st_size) + 1, 1)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(failure(input, systemMessage(errno)))
            }
            if n == 0 { break }
            if bytes.count + n > limit { return .failure(tooLarge(input, limit)) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }

    private static func failure(_ input: InputFile, _ message: String) -> DocumentError {
        DocumentError(source: input.path, position: .unknown, message: "cannot read: \(message)")
    }

    private static func tooLarge(_ input: InputFile, _ limit: Int) -> DocumentError {
        DocumentError(source: input.path, position: .unknown,
                      message: "input is larger than the \(limit >> 20) MiB limit")
    }
}
