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
        // A device reports no size: the limit stops it while reading.
        #expect(FileContents.read(path: "/dev/zero", limit: 1 << 16) == .failure(.tooLarge))
        // procfs reports size 0 for files that have content.
        let status = try FileContents.read(path: "/proc/self/status", limit: 1 << 20).get()
        #expect(String(decoding: status, as: UTF8.self).contains("Cpus_allowed_list:"))
    }

    @Test func failuresSayWhat() {
        #expect(FileContents.read(path: "/nonexistent/file", limit: 10) == .failure(.system(ENOENT)))
        #expect(FileContents.read(path: "/tmp", limit: 10) == .failure(.isDirectory))
        #expect(FileContents.Failure.describe(ENOENT) == "No such file or directory")
    }
}
