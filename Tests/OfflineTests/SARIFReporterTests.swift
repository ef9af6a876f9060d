import Foundation
import Testing
@testable import Offline

@Suite struct SARIFReporterTests {
    private func parse(_ report: ValidationReport) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(SARIFReporter.render(report).utf8))
        return try #require(object as? [String: Any])
    }

    @Test func hasTheRequiredTopLevelShape() throws {
        let sarif = try parse(ReportFixtures.report)
        #expect(sarif["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "esoguard")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String }
            == ["esoguard.input", "eso.dataFrom.oneOf", "baseline/refresh-interval"])
    }

    @Test func resultsReferenceRulesAndLocations() throws {
        let sarif = try parse(ReportFixtures.report)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require((((run["tool"] as? [String: Any])?["driver"]) as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(URL(string: uri) != nil, "\(uri) must be a valid URI reference")
            let region = try #require(physical["region"] as? [String: Int])
            #expect(region["startLine"] ?? 0 >= 1)
            #expect(region["startColumn"] ?? 0 >= 1)
        }
        let input = results[0]
        #expect(input["ruleId"] as? String == "esoguard.input")
        #expect(input["level"] as? String == "error")
        let physical = try #require(((input["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "apps/broken%20file.yaml")
        #expect(physical["region"] as? [String: Int] == ["startLine": 3, "startColumn": 4])
        #expect(results[2]["level"] as? String == "warning")
        #expect((results[2]["properties"] as? [String: Any])?["policy"] as? String == "baseline")
    }

    @Test func infoMapsToNoteAndAbsolutePathsToFileURIs() {
        #expect(SARIFReporter.level(.info) == "note")
        #expect(SARIFReporter.artifactURI("/work/a b/x.yaml") == "file:///work/a%20b/x.yaml")
        #expect(SARIFReporter.artifactURI("deploy/é.yaml") == "deploy/%C3%A9.yaml")
    }

    @Test func cleanRunHasNoResults() throws {
        let sarif = try parse(ReportFixtures.clean)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }
}
