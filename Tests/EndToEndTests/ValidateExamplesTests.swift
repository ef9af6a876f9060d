import Foundation
import Testing
import TestSupport

/// Every example manifest from ESO's documentation either validates or gets a
/// clear positioned error (several hold mkdocs `{% raw %}` markers): never a
/// crash or a hang. One run over the whole directory, judged file by file from
/// its JSON report and stderr.
@Suite struct ValidateExamplesTests {
    static let directory = Repo.sharedPath("eso/examples")

    static var examples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted().map { "\(directory)/\($0)" }
    }

    @Test func everyExampleValidatesOrFailsWithAPositionedError() throws {
        let examples = Self.examples
        #expect(examples.count >= 50, "the examples corpus is missing")
        let result = try runCommand(Repo.esoguardBinary, ["validate", "--format", "json", Self.directory], timeout: 60)
        #expect(!result.timedOut)
        // Findings (1) and unparsable templates (2) are expected; a crash is not.
        #expect([1, 2].contains(result.status), "exit \(result.status): \(result.stderr)")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["files"] == examples.count, "every file is accounted for")
        #expect(summary["exitCode"] == Int(result.status))

        // Each input error names its file with line and column, in the report and on stderr.
        let inputErrors = try #require(json["inputErrors"] as? [[String: Any]])
        let stderrLines = result.stderr.split(separator: "\n").map(String.init)
        #expect(stderrLines.count == inputErrors.count)
        for error in inputErrors {
            let file = try #require(error["file"] as? String)
            let line = try #require(error["line"] as? Int, "\(file) has no line")
            let column = try #require(error["column"] as? Int, "\(file) has no column")
            #expect(examples.contains(file))
            #expect(stderrLines.contains { $0.hasPrefix("\(file):\(line):\(column): error: ") })
        }
        // The mkdocs-wrapped examples are among them, explained as template markers.
        let wrapped = try examples.filter { try String(contentsOfFile: $0, encoding: .utf8).hasPrefix("{% raw %}") }
        #expect(!wrapped.isEmpty)
        for file in wrapped {
            #expect(stderrLines.contains { $0.hasPrefix("\(file):1:2: error: ") && $0.contains("template marker") },
                    "\(file)")
        }
        // Files that parsed produced objects: the corpus is not silently skipped.
        #expect((summary["objects"] ?? 0) >= examples.count - inputErrors.count)
    }

    @Test func sarifOverTheCorpusIsValidJSON() throws {
        let result = try runCommand(Repo.esoguardBinary, ["validate", "--format", "sarif", Self.directory], timeout: 60)
        #expect(!result.timedOut)
        #expect([1, 2].contains(result.status))
        let sarif = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
    }
}
