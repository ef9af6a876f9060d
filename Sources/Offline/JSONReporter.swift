import Documents
import ESO

/// The `--format json` report, schema version 1 (documented in the README):
///
///     {"version": 1,
///      "summary": {"files", "objects", "skipped", "errors", "warnings", "infos", "inputErrors", "exitCode"},
///      "inputErrors": [{"file", "line", "column", "message"}],
///      "findings": [{"file", "line", "column", "document", "apiVersion", "kind", "namespace", "name",
///                    "ruleId", "severity", "message", "path", "hint", "policy", "rule", "mode"}]}
///
/// `line`/`column` are null when unknown, `namespace`, `hint`, `policy`, `rule` and `mode` null when absent
/// (`ruleId` is `policy/rule` for policy findings).
/// Findings are flat so `jq '.findings[] | select(.severity == "error")'` works.
public enum JSONReporter {
    public static let schemaVersion = 1

    public static func render(_ report: ValidationReport) -> String {
        JSONWriter(options: .pretty).string(document(report))
    }

    static func document(_ report: ValidationReport) -> Node {
        var findings: [Node] = []
        for object in report.objects {
            for finding in object.findings {
                let position = object.position(of: finding)
                findings.append(.object([
                    "file": .string(object.source),
                    "line": line(position),
                    "column": column(position),
                    "document": .int(object.documentIndex),
                    "apiVersion": .string(object.apiVersion),
                    "kind": .string(object.kind),
                    "namespace": optional(object.namespace),
                    "name": .string(object.name),
                    "ruleId": .string(finding.ruleID),
                    "severity": .string(finding.severity.rawValue),
                    "message": .string(finding.finding.message),
                    "path": .string(finding.finding.path),
                    "hint": optional(finding.finding.hint),
                    "policy": optional(finding.policy),
                    "rule": optional(finding.rule),
                    "mode": optional(finding.mode),
                ]))
            }
        }
        let inputErrors: [Node] = report.inputErrors.map { error in
            .object([
                "file": .string(error.source),
                "line": line(error.position),
                "column": column(error.position),
                "message": .string(error.message),
            ])
        }
        return .object([
            "version": .int(schemaVersion),
            "summary": .object([
                "files": .int(report.files.count),
                "objects": .int(report.objectCount),
                "skipped": .int(report.skippedCount),
                "errors": .int(report.count(.error)),
                "warnings": .int(report.count(.warning)),
                "infos": .int(report.count(.info)),
                "inputErrors": .int(inputErrors.count),
                "exitCode": .int(Int(report.exitStatus.rawValue)),
            ]),
            "inputErrors": .array(inputErrors),
            "findings": .array(findings),
        ])
    }

    private static func line(_ p: SourcePosition) -> Node { p.isKnown ? .int(p.line) : .null }
    private static func column(_ p: SourcePosition) -> Node { p.isKnown ? .int(p.column) : .null }
    private static func optional(_ s: String?) -> Node { s.map(Node.string) ?? .null }
}
