import Foundation
import Testing
@testable import Offline

@Suite struct JSONReporterTests {
    private func parse(_ report: ValidationReport) throws -> [String: Any] {
        let text = JSONReporter.render(report)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func summaryCountsEverything() throws {
        let json = try parse(ReportFixtures.report)
        #expect(json["version"] as? Int == 1)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "objects": 2, "skipped": 1, "errors": 1, "warnings": 1, "infos": 0,
                            "inputErrors": 1, "exitCode": 2])
    }

    @Test func findingsAreFlatWithObjectIdentityAndPosition() throws {
        let json = try parse(ReportFixtures.report)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        let error = findings[0]
        #expect(error["file"] as? String == "apps/db.yaml")
        #expect(error["line"] as? Int == 12)
        #expect(error["column"] as? Int == 7)
        #expect(error["document"] as? Int == 1)
        #expect(error["kind"] as? String == "ExternalSecret")
        #expect(error["name"] as? String == "db <&>")
        #expect(error["namespace"] as? String == "team-a")
        #expect(error["ruleId"] as? String == "eso.dataFrom.oneOf")
        #expect(error["severity"] as? String == "error")
        #expect(error["path"] as? String == "spec.dataFrom[1]")
        #expect(error["hint"] as? String == "keep one of extract, find and sourceRef")
        #expect(error["policy"] is NSNull)
        let warning = findings[1]
        #expect(warning["ruleId"] as? String == "baseline/refresh-interval")
        #expect(warning["policy"] as? String == "baseline")
        #expect(warning["rule"] as? String == "refresh-interval")
        #expect(warning["mode"] as? String == "warn")
        // The finding has no position of its own: it takes its object's.
        #expect(warning["line"] as? Int == 5)
        #expect(warning["hint"] is NSNull)
    }

    @Test func inputErrorsCarryTheirPosition() throws {
        let json = try parse(ReportFixtures.report)
        let errors = try #require(json["inputErrors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors[0]["file"] as? String == "apps/broken file.yaml")
        #expect(errors[0]["line"] as? Int == 3)
        #expect(errors[0]["column"] as? Int == 4)
        #expect(errors[0]["message"] as? String == "mapping values are not allowed in this context")
    }

    @Test func everyFindingHasTheDocumentedKeys() throws {
        let json = try parse(ReportFixtures.report)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let keys: Set<String> = ["file", "line", "column", "document", "apiVersion", "kind", "namespace", "name",
                                 "ruleId", "severity", "message", "path", "hint", "policy", "rule", "mode"]
        for finding in findings { #expect(Set(finding.keys) == keys) }
    }
}
