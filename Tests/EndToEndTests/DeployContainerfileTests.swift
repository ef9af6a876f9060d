import Foundation
import Testing
import TestSupport

/// The Containerfile cannot be built here (no container engine), so these
/// checks hold it to what the manifests and the build need.
@Suite struct DeployContainerfileTests {
    static func lines() throws -> [String] {
        try String(contentsOfFile: Repo.path("deploy/Containerfile"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    @Test func stagesAndRuntimeMatchTheBrief() throws {
        let lines = try Self.lines()
        let froms = lines.filter { $0.hasPrefix("FROM ") }
        #expect(froms.count == 2)
        #expect(froms.first?.contains("swift:6.") == true)
        #expect(froms.last?.contains("debian:") == true && froms.last?.contains("-slim") == true)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("swift build -c release --static-swift-stdlib"))
        #expect(text.contains("libssl3") && text.contains("libyaml-0-2"))
        let user = try #require(lines.last { $0.hasPrefix("USER ") })
        #expect(user == "USER 65532:65532", "the Deployment runs as 65532 with runAsNonRoot; the image must match")
        #expect(lines.contains("ENTRYPOINT [\"/usr/local/bin/esoguard\"]"))
        #expect(lines.contains { $0.hasPrefix("CMD [\"serve\"") })
    }

    @Test func everyCopiedPathExists() throws {
        for line in try Self.lines() where line.hasPrefix("COPY ") && !line.contains("--from=") {
            let parts = line.split(separator: " ").map(String.init).dropFirst().dropLast()
            for source in parts where !source.hasSuffix("*") {
                #expect(FileManager.default.fileExists(atPath: Repo.path(source)), "COPY \(source): no such path in the repository")
            }
        }
    }
}
