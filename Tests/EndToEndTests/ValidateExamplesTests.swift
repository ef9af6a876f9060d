import Foundation
import Testing
import TestSupport

/// Every example manifest from ESO's documentation either validates or gets a
/// clear positioned error (several hold mkdocs `{% raw %}` markers): never a
/// crash or a hang.
@Suite struct ValidateExamplesTests {
    static var examples: [String] {
        let dir = Repo.sharedPath("eso/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted().map { "\(dir)/\($0)" }
    }

    @Test func corpusIsPresent() {
        #expect(Self.examples.count >= 50)
    }

    @Test(arguments: examples)
    func exampleValidatesOrFailsWithPosition(_ path: String) throws {
        let result = try runCommand(Repo.esoguardBinary, ["validate", path], timeout: 20)
        #expect(!result.timedOut)
        #expect([0, 1, 2].contains(result.status), "exit \(result.status): \(result.output)")
        if result.status == 2 {
            let pattern = "^" + NSRegularExpression.escapedPattern(for: path) + #":\d+:\d+: error: \S"#
            #expect(result.stderr.range(of: pattern, options: .regularExpression) != nil, "\(result.stderr)")
        } else {
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
        // The summary line is the last line of stdout whatever the outcome.
        #expect(result.stdout.range(of: #"\d+ objects? in 1 file.*\n$"#, options: .regularExpression) != nil)
    }

    @Test func wholeDirectoryInOneRun() throws {
        let result = try runCommand(Repo.esoguardBinary, ["validate", "--format", "sarif", Repo.sharedPath("eso/examples")],
                                    timeout: 30)
        #expect(!result.timedOut)
        #expect([1, 2].contains(result.status))
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
    }
}
