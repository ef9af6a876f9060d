import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Offline

@Suite struct JUnitReporterTests {
    private func parse(_ report: ValidationReport) throws -> XMLDocument {
        try XMLDocument(data: Data(JUnitReporter.render(report).utf8), options: [])
    }

    @Test func isWellFormedWithSuitesPerFileAndCasesPerObject() throws {
        let xml = try parse(ReportFixtures.report)
        let root = try #require(xml.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["apps/db.yaml", "apps/broken file.yaml"])
        let cases = suites[0].elements(forName: "testcase")
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue }
            == ["SecretStore team-a/vault", "ExternalSecret team-a/db <&>"])
        #expect(cases[0].children == nil || cases[0].children?.isEmpty == true)
    }

    @Test func errorFindingsAreFailuresAndWarningsGoToSystemOut() throws {
        let xml = try parse(ReportFixtures.report)
        let failing = try #require(xml.rootElement()?.elements(forName: "testsuite").first?.elements(forName: "testcase").last)
        let failure = try #require(failing.elements(forName: "failure").first)
        #expect(failure.attribute(forName: "type")?.stringValue == "eso.dataFrom.oneOf")
        #expect(failure.stringValue?.contains("apps/db.yaml:12:7: error eso.dataFrom.oneOf") == true)
        let out = try #require(failing.elements(forName: "system-out").first)
        #expect(out.stringValue?.contains("warning baseline/refresh-interval") == true)
    }

    @Test func unreadableFileIsAnErrorCase() throws {
        let xml = try parse(ReportFixtures.report)
        let suite = try #require(xml.rootElement()?.elements(forName: "testsuite").last)
        let error = try #require(suite.elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(error.attribute(forName: "message")?.stringValue == "mapping values are not allowed in this context")
        #expect(error.stringValue == "apps/broken file.yaml:3:4: mapping values are not allowed in this context")
    }

    @Test func controlCharactersAndMarkupInNamesStayWellFormed() throws {
        var report = ReportFixtures.clean
        report.files[0].objects[0].name = "x\u{1}\"'</testcase>]]>&amp;"
        report.files[0].objects[0].findings = [ReportFixtures.error]
        let xml = try parse(report)
        let testcase = try #require(xml.rootElement()?.elements(forName: "testsuite").first?.elements(forName: "testcase").first)
        #expect(testcase.attribute(forName: "name")?.stringValue == "ClusterSecretStore x\u{FFFD}\"'</testcase>]]>&amp;")
    }
}
