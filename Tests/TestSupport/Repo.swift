import Foundation

/// Paths tests need: the repository, `../shared`, the built binary.
public enum Repo {
    /// The package root (this file is Tests/TestSupport/Repo.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout: ESO CRDs, examples, peers.
    public static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    public static func sharedPath(_ relative: String) -> String { shared.appendingPathComponent(relative).path }

    /// The `esoguard` executable built beside the running test bundle (any scratch
    /// path), or `ESOGUARD_BIN` when set.
    public static var esoguardBinary: String {
        if let env = ProcessInfo.processInfo.environment["ESOGUARD_BIN"], !env.isEmpty { return env }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // On Linux the test runner is `<pkg>PackageTests.xctest` inside the products dir.
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("esoguard").path
    }

    /// Full path of a command on PATH, or nil.
    public static func which(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for p in paths {
            let candidate = "\(p)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// A fresh temporary directory, removed by `remove()`.
public struct TempDir: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init(_ prefix: String = "esoguard-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    public func write(_ name: String, _ contents: String) throws -> String {
        let p = file(name)
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try contents.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
