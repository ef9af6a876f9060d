import Foundation
import Testing
import TestSupport
@testable import Documents

/// Every file in ../shared/eso/examples loads or fails with a positioned error,
/// quickly, and what loads survives YAMLWriter → YAMLLoader and JSON round trips.
@Suite struct ExamplesCorpusTests {
    static var files: [String] {
        let dir = Repo.sharedPath("eso/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted().map { dir + "/" + $0 }
    }

    @Test func corpusIsPresent() {
        #expect(Self.files.count > 20)
    }

    @Test(arguments: files)
    func loadsOrFailsWithPosition(path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let start = ContinuousClock.now
        do {
            let docs = try YAMLLoader.load(bytes, source: path)
            for doc in docs {
                #expect(doc.root.position.isKnown)
                let yaml = YAMLWriter.string(doc.root)
                #expect(try YAMLLoader.load(yaml).first?.root == doc.root, "YAML round trip of \(path)#\(doc.index)")
                let json = JSONWriter.encode(doc.root)
                #expect(try JSONParser.parse(json) == doc.root, "JSON round trip of \(path)#\(doc.index)")
            }
        } catch {
            #expect(error.source == path)
            #expect(error.position.isKnown, "\(error)")
            #expect(!error.message.isEmpty)
        }
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
