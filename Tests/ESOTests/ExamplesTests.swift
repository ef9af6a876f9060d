import Documents
import ESO
import Foundation
import TestSupport
import Testing

/// ESO's documentation examples: each file either loads and validates, or fails to load
/// with a positioned error; nothing crashes.
struct ExamplesTests {
    @Test func everyExampleValidatesOrFailsClearly() throws {
        let dir = Repo.sharedPath("eso/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files.count > 20)
        var validated = 0
        var report: [String] = []
        for file in files {
            let text = (try? String(contentsOfFile: dir + "/" + file, encoding: .utf8)) ?? ""
            do {
                for doc in try YAMLLoader.load(text, source: file) {
                    guard let object = ESOObject.parse(doc.root) else { continue }
                    validated += 1
                    for f in ESOValidator.validate(object) where f.severity == .error {
                        report.append("\(file):\(f.position) \(f.ruleID): \(f.message) (\(f.path))")
                    }
                }
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
        #expect(validated > 30)
        print("examples: \(validated) ESO objects validated; error findings:\n" + report.joined(separator: "\n"))
    }
}
