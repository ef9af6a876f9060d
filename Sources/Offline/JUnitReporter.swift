import ESO

/// JUnit XML, the format CI systems (GitLab, Jenkins) show as test results:
/// a `testsuite` per file, a `testcase` per object, a `failure` per object with
/// error findings (all of them in its text), warnings and infos in `system-out`,
/// and an `error` test case for a file that cannot be read or parsed.
public enum JUnitReporter {
    public static func render(_ report: ValidationReport) -> String {
        let failures = report.objects.count { $0.findings.contains { $0.severity == .error } }
        let errors = report.inputErrors.count
        let tests = report.objectCount + errors
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"esoguard validate\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for file in report.files {
            out += suite(file)
        }
        out += "</testsuites>\n"
        return out
    }

    private static func suite(_ file: FileReport) -> String {
        let failures = file.objects.count { $0.findings.contains { $0.severity == .error } }
        let errors = file.error == nil ? 0 : 1
        let source = xmlEscaped(file.source)
        var out = "  <testsuite name=\"\(source)\" tests=\"\(file.objects.count + errors)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\">\n"
        for object in file.objects {
            let name = xmlEscaped(object.displayName)
            let errorFindings = object.findings.filter { $0.severity == .error }
            let others = object.findings.filter { $0.severity != .error }
            if errorFindings.isEmpty && others.isEmpty {
                out += "    <testcase name=\"\(name)\" classname=\"\(source)\"/>\n"
                continue
            }
            out += "    <testcase name=\"\(name)\" classname=\"\(source)\">\n"
            if let first = errorFindings.first {
                let summary = errorFindings.count == 1
                    ? "\(first.ruleID): \(first.finding.message)"
                    : "\(errorFindings.count) errors, first \(first.ruleID): \(first.finding.message)"
                out += "      <failure message=\"\(xmlEscaped(summary))\" type=\"\(xmlEscaped(first.ruleID))\">"
                out += xmlEscaped(lines(errorFindings, of: object))
                out += "</failure>\n"
            }
            if !others.isEmpty {
                out += "      <system-out>" + xmlEscaped(lines(others, of: object)) + "</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        if let error = file.error {
            out += "    <testcase name=\"\(source)\" classname=\"\(source)\">\n"
            out += "      <error message=\"\(xmlEscaped(error.message))\" type=\"esoguard.input\">"
            out += xmlEscaped(error.description) + "</error>\n"
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n"
        return out
    }

    /// The findings in text-report form, one per line.
    private static func lines(_ findings: [ReportedFinding], of object: ObjectReport) -> String {
        var text = ""
        for finding in findings {
            text += TextReporter.location(object.source, object.position(of: finding))
            text += " \(finding.severity.rawValue) \(finding.ruleID): \(finding.finding.message)"
            if !finding.finding.path.isEmpty { text += " (\(finding.finding.path))" }
            if let hint = finding.finding.hint, !hint.isEmpty { text += " hint: \(hint)" }
            text += "\n"
        }
        return text
    }
}
