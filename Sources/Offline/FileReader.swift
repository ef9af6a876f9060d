import Documents
import Glibc
import Platform

/// Reads a whole input into memory, refusing more than `limit` bytes so a huge
/// or endless input (`/dev/zero` on stdin) fails with a clear message. A named input
/// must be a regular file (a FIFO would block); pipes come through `-`.
enum FileReader {
    static func read(_ input: InputFile, limit: Int) -> Result<[UInt8], DocumentError> {
        let result = input.isStandardInput ? FileContents.read(descriptor: STDIN_FILENO, limit: limit)
                                           : FileContents.read(path: input.path, limit: limit)
        return result.mapError { failure in
            switch failure {
            case .system(let code): return Self.failure(input, systemMessage(code))
            case .tooLarge: return tooLarge(input, limit)
            case .isDirectory: return Self.failure(input, "is a directory")
            case .notRegularFile(let kind): return Self.failure(input, FileContents.Failure.describe(notRegular: kind))
            }
        }
    }

    private static func failure(_ input: InputFile, _ message: String) -> DocumentError {
        DocumentError(source: input.path, position: .unknown, message: "cannot read: \(message)")
    }

    private static func tooLarge(_ input: InputFile, _ limit: Int) -> DocumentError {
        DocumentError(source: input.path, position: .unknown,
                      message: "input is larger than the \(limit >> 20) MiB limit")
    }
}
