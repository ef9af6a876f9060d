import Foundation
import Glibc
import Testing
import Platform

@Suite struct FileContentsTests {
    @Test func readsAWholeFileUpToTheLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("contents-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = String(repeating: "0123456789", count: 10_000)   // 100,000 bytes: more than one read
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try FileContents.read(path: path, limit: 100_000).get() == Array(text.utf8))
        #expect(FileContents.read(path: path, limit: 99_999) == .failure(.tooLarge))
    }

    @Test func endlessAndSizelessInputs() throws {
        // A device reports no size: the limit stops it while reading (standard input can be one).
        let zero = open("/dev/zero", O_RDONLY)
        try #require(zero >= 0)
        defer { close(zero) }
        #expect(FileContents.read(descriptor: zero, limit: 1 << 16) == .failure(.tooLarge))
        // procfs reports size 0 for files that have content.
        let status = try FileContents.read(path: "/proc/self/status", limit: 1 << 20).get()
        #expect(String(decoding: status, as: UTF8.self).contains("Cpus_allowed_list:"))
    }

    @Test func failuresSayWhat() {
        #expect(FileContents.read(path: "/nonexistent/file", limit: 10) == .failure(.system(ENOENT)))
        #expect(FileContents.read(path: "/tmp", limit: 10) == .failure(.isDirectory))
        #expect(FileContents.Failure.describe(ENOENT) == "No such file or directory")
        // Named, a device is refused: it need not end, nor be a file at all.
        #expect(FileContents.read(path: "/dev/zero", limit: 10) == .failure(.notRegularFile(kind: "a character device")))
        #expect(FileContents.Failure.describe(notRegular: "a FIFO") == "not a regular file (a FIFO)")
    }

    /// Opening a FIFO for reading waits for a writer: a FIFO where a file was expected hung
    /// `validate`, `test` and `certs`. The read runs on its own thread, so that a regression
    /// fails after 10 s (a writer is then opened to release it) instead of hanging the run.
    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let outcome = Outcome()
        let reader = Thread { outcome.finish(FileContents.read(path: path, limit: 10)) }
        reader.start()
        let result = outcome.wait(seconds: 10)
        if result == nil {
            Issue.record("reading a FIFO blocked")
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = outcome.wait(seconds: 10)
        }
        #expect(result == .failure(.notRegularFile(kind: "a FIFO")))
    }
}

/// A result handed from one thread to another.
private final class Outcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: Result<[UInt8], FileContents.Failure>?

    func finish(_ result: Result<[UInt8], FileContents.Failure>) {
        lock.withLock { value = result }
        done.signal()
    }

    func wait(seconds: Double) -> Result<[UInt8], FileContents.Failure>? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { value }
    }
}
