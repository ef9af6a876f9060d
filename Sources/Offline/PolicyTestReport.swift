import Documents
import Policy

/// Everything one `esoguard test` run found, and its text rendering.
public struct PolicyTestReport: Sendable {
    public var suites: [SuiteResult] = []
    /// Suites (or their policy directories) that could not be loaded.
    public var errors: [SuiteError] = []

    public init(suites: [SuiteResult] = [], errors: [SuiteError] = []) {
        self.suites = suites
        self.errors = errors
    }

    public var caseCount: Int { suites.reduce(0) { $0 + $1.cases.count } }
    public var failedCount: Int { suites.reduce(0) { $0 + $1.cases.count { !$0.passed } } }

    /// 0 when every case passed, 1 when a case failed, 2 when a suite could not be run.
    public var exitStatus: ExitStatus {
        if !errors.isEmpty { return .inputError }
        return failedCount > 0 ? .findings : .clean
    }

    /// Per suite, a line per case (`ok` or `FAIL`); under a failing case, a diff of
    /// expected (`-`) and actual (`+`) values and the findings the engine raised.
    public func render() -> String {
        var out = ""
        for suite in suites {
            let source = TerminalText.safe(suite.source)
            out += "\(source) (policies: \(TerminalText.safe(suite.policies)))\n"
            for result in suite.cases {
                let name = TerminalText.safe(result.name)
                out += result.passed ? "  ok    \(name)\n" : "  FAIL  \(name)\n"
                guard !result.passed else { continue }
                out += "        \(source):\(result.position): expected (-) and actual (+):\n"
                for d in result.differences {
                    out += "        - \(d.field): \(TerminalText.safe(d.expected))\n"
                    out += "        + \(d.field): \(TerminalText.safe(d.actual))\n"
                }
                if result.actual.findings.isEmpty {
                    out += "        findings: none\n"
                } else {
                    out += "        findings:\n"
                    for f in result.actual.findings {
                        out += "          \(f.mode.rawValue) \(TerminalText.safe(f.summary))\n"
                    }
                }
            }
        }
        let passed = caseCount - failedCount
        out += "\(caseCount) case\(caseCount == 1 ? "" : "s") in \(suites.count) suite\(suites.count == 1 ? "" : "s"): "
        out += "\(passed) passed, \(failedCount) failed"
        if !errors.isEmpty { out += ", \(errors.count) suite\(errors.count == 1 ? "" : "s") not run" }
        return out + "\n"
    }

    /// Suite errors as `file:line:col: error: message` lines, for stderr.
    public func diagnostics() -> String {
        errors.map { e in
            let source = TerminalText.safe(e.source)
            let location = e.position.isKnown ? "\(source):\(e.position.line):\(e.position.column):" : "\(source):"
            return "\(location) error: \(TerminalText.safe(e.message))\n"
        }.joined()
    }
}
