import Documents
import ESO
@testable import Offline

/// A report with one clean object, one with an error and a warning (policy and
/// built-in), and one unreadable file, built by hand so reporter tests do not
/// depend on the rules that produce findings.
enum ReportFixtures {
    static let error = ReportedFinding(Finding(
        ruleID: "eso.dataFrom.oneOf", severity: .error,
        message: "dataFrom entry must set exactly one of extract, find or sourceRef",
        path: "spec.dataFrom[1]", position: SourcePosition(line: 12, column: 7),
        hint: "keep one of extract, find and sourceRef"))
    static let warning = ReportedFinding(Finding(
        ruleID: "refreshInterval", severity: .warning,
        message: "refreshInterval 10s is below the minimum of 1m",
        path: "spec.refreshInterval", position: .unknown), policy: "baseline", rule: "refresh-interval", mode: "warn")

    static var report: ValidationReport {
        ValidationReport(files: [
            FileReport(source: "apps/db.yaml", objects: [
                ObjectReport(source: "apps/db.yaml", documentIndex: 0, position: SourcePosition(line: 1, column: 1),
                             apiVersion: "external-secrets.io/v1", kind: "SecretStore", name: "vault",
                             namespace: "team-a"),
                ObjectReport(source: "apps/db.yaml", documentIndex: 1, position: SourcePosition(line: 5, column: 1),
                             apiVersion: "external-secrets.io/v1", kind: "ExternalSecret", name: "db <&>",
                             namespace: "team-a", findings: [error, warning]),
            ], skipped: 1),
            FileReport(source: "apps/broken file.yaml", error: DocumentError(
                source: "apps/broken file.yaml", position: SourcePosition(line: 3, column: 4),
                message: "mapping values are not allowed in this context")),
        ])
    }

    static var clean: ValidationReport {
        ValidationReport(files: [FileReport(source: "a.yaml", objects: [
            ObjectReport(source: "a.yaml", documentIndex: 0, position: SourcePosition(line: 1, column: 1),
                         apiVersion: "external-secrets.io/v1", kind: "ClusterSecretStore", name: "shared",
                         namespace: nil),
        ])])
    }
}
