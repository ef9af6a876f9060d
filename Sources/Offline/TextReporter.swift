import Documents

/// Compiler-style text: one finding per line, `file:line:col: severity rule-id:
/// message (path)`, its hint on the next line indented by four spaces, and a
/// summary line at the end. Input errors are on stderr (see `diagnostics`).
public enum TextReporter {
    public static func render(_ report: ValidationReport) -> String {
        var out = ""
        for object in report.objects {
            for finding in object.findings {
                out += location(object.source, object.position(of: finding))
                out += " \(finding.severity.rawValue) \(finding.ruleID): \(TerminalText.safe(finding.finding.message))"
                if !finding.finding.path.isEmpty { out += " (\(TerminalText.safe(finding.finding.path)))" }
                out += "\n"
                if let hint = finding.finding.hint, !hint.isEmpty { out += "    hint: \(TerminalText.safe(hint))\n" }
            }
        }
        out += report.summary + "\n"
        return out
    }

    /// Input errors as `file:line:col: error: message` lines, for stderr in every format.
    public static func diagnostics(_ report: ValidationReport) -> String {
        report.inputErrors.map { "\(location($0.source, $0.position)) error: \(TerminalText.safe($0.message))\n" }.joined()
    }

    /// `file:line:col:`, or `file:` when the position is unknown.
    static func location(_ source: String, _ position: SourcePosition) -> String {
        let source = TerminalText.safe(source)
        return position.isKnown ? "\(source):\(position.line):\(position.column):" : "\(source):"
    }
}
