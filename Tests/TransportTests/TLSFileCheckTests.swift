import Foundation
import Glibc
import Platform
import Testing
import TestSupport
@testable import Transport

/// TLSContext checks each TLS file before OpenSSL opens it (a FIFO would block OpenSSL, and with
/// it the certificate watcher, for good). The check must cover what OpenSSL then reads, not only
/// what the path named at the time of the check.
@Suite struct TLSFileCheckTests {
    @Test func openSSLReadsTheFileThatWasCheckedEvenIfAFIFOIsSwappedInAfterwards() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = try dir.write("tls.crt", "the checked certificate\n")
        var opened: [Int32] = []
        defer { for fd in opened { close(fd) } }
        let handedOn = try TLSContext.checkedPath(path, keepingOpen: &opened)
        #expect(handedOn != path)
        #expect(opened.count == 1)

        // The race: a FIFO takes the path's place between the check and OpenSSL's open.
        let fifo = dir.file("fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        try #require(rename(fifo, path) == 0)

        // O_NONBLOCK so that a regression (the FIFO reached) fails here instead of hanging.
        let fd = open(handedOn, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        try #require(fd >= 0)
        defer { close(fd) }
        var info = stat()
        try #require(fstat(fd, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFREG)
        #expect(try FileContents.read(descriptor: fd, limit: 100).get() == Array("the checked certificate\n".utf8))
    }

    @Test func aFIFOAtThePathIsRefusedWithItsKind() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.file("tls.key")
        try #require(mkfifo(path, 0o600) == 0)
        var opened: [Int32] = []
        let error = #expect(throws: TransportError.self) {
            _ = try TLSContext.checkedPath(path, keepingOpen: &opened)
        }
        #expect(error?.message == "TLS: cannot load \(path): not a regular file (a FIFO)")
        #expect(opened.isEmpty)
    }

    /// A path that cannot be opened goes to OpenSSL unchanged, for its error to say why.
    @Test func aMissingFileIsLeftToOpenSSLsError() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.file("absent.crt")
        var opened: [Int32] = []
        #expect(try TLSContext.checkedPath(path, keepingOpen: &opened) == path)
        #expect(opened.isEmpty)
        #expect(throws: (any Error).self) {
            _ = try TLSContext(files: TLSConfiguration(certificate: path, privateKey: path))
        }
    }
}
