import Foundation
import Testing
import TestSupport

/// The `openssl` command, the independent peer that checks what PKI wrote.
enum OpenSSLCLI {
    /// Runs `openssl args`; records an issue (not a skip) when openssl is missing.
    @discardableResult
    static func run(_ args: [String]) throws -> CommandResult {
        guard Repo.which("openssl") != nil else {
            Issue.record("the openssl command is required for these tests (apt-get install openssl, or make deps as root)")
            throw CommandError.notFound("openssl")
        }
        return try runCommand("openssl", args, timeout: 20)
    }

    static func text(_ certificate: String) throws -> String {
        try run(["x509", "-in", certificate, "-noout", "-text"]).stdout
    }

    static func serial(_ certificate: String) throws -> String {
        try run(["x509", "-in", certificate, "-noout", "-serial"]).stdout
    }
}

/// File facts used to prove a file was left alone.
struct FileStamp: Equatable {
    var inode: UInt64
    var modified: Date
    var bytes: Data

    init(_ path: String) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        modified = attributes[.modificationDate] as? Date ?? .distantPast
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    }
}

func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
