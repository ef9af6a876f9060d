import Testing
@testable import Offline

@Suite struct TextReporterTests {
    @Test func printsOneLinePerFindingWithHintAndSummary() {
        let text = TextReporter.render(ReportFixtures.report)
        #expect(text == """
            apps/db.yaml:12:7: error eso.dataFrom.oneOf: dataFrom entry must set exactly one of extract, find or sourceRef (spec.dataFrom[1])
                hint: keep one of extract, find and sourceRef
            apps/db.yaml:5:1: warning baseline/refresh-interval: refreshInterval 10s is below the minimum of 1m (spec.refreshInterval)
            2 objects in 2 files (1 document skipped): 1 error, 1 warning, 0 infos, 1 unreadable input

            """)
    }

    /// Control characters from file names and manifests are escaped: an ESC sequence would
    /// recolour the CI log, and a newline in a file name would forge a finding line.
    @Test func controlCharactersAreEscaped() {
        var report = ReportFixtures.report
        report.files[0].objects[1].source = "apps/evil\nx.yaml:1:1: error forged"
        report.files[0].objects[1].findings[0].finding.message = "value \u{1B}[31mred\u{7}\u{85}"
        let text = TextReporter.render(report)
        #expect(text.contains("apps/evil\\u{A}x.yaml:1:1: error forged:12:7: error"))
        #expect(text.contains("value \\u{1B}[31mred\\u{7}\\u{85}"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.split(separator: "\n").count == TextReporter.render(ReportFixtures.report).split(separator: "\n").count)
        #expect(TerminalText.safe("tab\tstays, é too") == "tab\tstays, é too")
    }

    @Test func inputErrorsArePositionedDiagnostics() {
        #expect(TextReporter.diagnostics(ReportFixtures.report)
            == "apps/broken file.yaml:3:4: error: mapping values are not allowed in this context\n")
    }

    @Test func cleanReportIsOnlyTheSummary() {
        #expect(TextReporter.render(ReportFixtures.clean) == "1 object in 1 file: 0 errors, 0 warnings, 0 infos\n")
        #expect(TextReporter.diagnostics(ReportFixtures.clean).isEmpty)
    }

    @Test func exitStatusFollowsTheWorstOutcome() {
        #expect(ReportFixtures.clean.exitStatus == .clean)
        #expect(ReportFixtures.report.exitStatus == .inputError)
        var findingsOnly = ReportFixtures.report
        findingsOnly.files.removeLast()
        #expect(findingsOnly.exitStatus == .findings)
        findingsOnly.files[0].objects[1].findings.removeFirst()
        #expect(findingsOnly.exitStatus == .clean, "a warning alone does not fail validation")
    }
}
