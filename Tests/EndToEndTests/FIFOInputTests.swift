import Foundation
import Testing
import TestSupport

/// A FIFO where a command expects a file: opening one for reading waits for a writer, so
/// each command used to hang until killed. Now each refuses it at once, naming the path.
/// Every run is bounded (10 s), so a regression fails instead of hanging the suite.
@Suite struct FIFOInputTests {
    static let refusal = "not a regular file (a FIFO)"

    func run(_ arguments: [String], currentDirectory: String? = nil) throws -> CommandResult {
        let result = try runCommand(Repo.esoguardBinary, arguments, currentDirectory: currentDirectory, timeout: 10)
        #expect(!result.timedOut, "esoguard \(arguments.joined(separator: " ")) waited on a FIFO")
        return result
    }

    func makeFIFO(_ path: String) throws {
        try #require(mkfifo(path, 0o600) == 0, "mkfifo \(path): \(String(cString: strerror(errno)))")
    }

    @Test func validateRefusesANamedFIFOAndStillSkipsOnesInADirectory() throws {
        let dir = try TempDir("fifo-validate")
        defer { dir.remove() }
        let fifo = dir.file("pipe.yaml")
        try makeFIFO(fifo)
        let named = try run(["validate", fifo])
        #expect(named.status == 2, "\(named.output)")
        #expect(named.stderr.contains("\(fifo): error: cannot read: \(Self.refusal)"), "\(named.stderr)")
        // A directory walk takes regular files only: the FIFO is not an input there.
        let walked = try run(["validate", dir.path])
        #expect(walked.status == 0, "\(walked.output)")
        #expect(!walked.output.contains("pipe.yaml"))
    }

    @Test func testRefusesAFIFOAsAReviewFile() throws {
        let dir = try TempDir("fifo-suite")
        defer { dir.remove() }
        try makeFIFO(dir.file("review.json"))
        let suite = try dir.write("esoguard-test.yaml", """
            policies: \(Repo.path("policies/baseline"))
            cases:
              - name: from a file
                review: review.json
                expect: {allowed: true}

            """)
        let result = try run(["test", suite])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.stderr.contains("\(dir.path)/review.json: error: cannot read: \(Self.refusal)"), "\(result.stderr)")
    }

    @Test(arguments: ["ca.crt", "ca.key", "tls.crt", "tls.key"])
    func certsRefusesAFIFOInItsDirectory(name: String) throws {
        let dir = try TempDir("fifo-certs")
        defer { dir.remove() }
        let flags = ["certs", "--out", dir.path, "--service", "esoguard", "--namespace", "esoguard-system"]
        // A valid set first, so that the serving files are read too.
        #expect(try run(flags).status == 0)
        try FileManager.default.removeItem(atPath: dir.file(name))
        try makeFIFO(dir.file(name))
        let result = try run(flags)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stderr.contains("cannot read \(dir.file(name)): \(Self.refusal)"), "\(result.stderr)")
    }

    @Test func manifestsRefusesAFIFOAsTheCABundle() throws {
        let dir = try TempDir("fifo-manifests")
        defer { dir.remove() }
        try makeFIFO(dir.file("ca.crt"))
        let result = try run(["manifests", "--ca-bundle", dir.file("ca.crt")])
        // A runtime failure, not a usage error: exit 1 and no usage text.
        #expect(result.status == 1)
        #expect(!result.stderr.contains("Usage:"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("cannot read --ca-bundle \(dir.file("ca.crt")): \(Self.refusal)"), "\(result.stderr)")
    }

    @Test func serveRefusesAFIFOAsItsCertificate() throws {
        let dir = try TempDir("fifo-serve")
        defer { dir.remove() }
        try makeFIFO(dir.file("tls.crt"))
        let result = try run(["serve", "--listen", "127.0.0.1:\(freePort())", "--tls-cert", dir.file("tls.crt"),
                              "--tls-key", dir.file("tls.crt"), "--policies", Repo.path("policies/baseline")])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("\(dir.file("tls.crt")): \(Self.refusal)"), "\(result.output)")
    }
}
