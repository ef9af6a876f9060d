import Documents

/// How bad a finding is. `error` fails `validate` and denies at admission.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One problem found in one object, whether by ESO-parity, schema or policy rules.
public struct Finding: Sendable, Hashable {
    /// Findings the schema walk and the ESO-parity rules each collect per object at most; the
    /// rest are dropped unbuilt. A review of 200,000 `{}` dataFrom entries (under the node
    /// limit) made 200,000 findings, ~90 MB; the webhook reports 20 per rule in any case.
    public static let collectedPerObject = 1000

    /// Stable identifier users can grep for and except: `eso.dataFrom.oneOf`, `schema.enum`.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// Field path in Kubernetes' notation: `spec.dataFrom[1].find`.
    public var path: String
    /// Source position of the offending node (or its nearest present parent).
    public var position: SourcePosition
    /// How to fix it, in one sentence.
    public var hint: String?

    public init(ruleID: String, severity: Severity, message: String, path: String,
                position: SourcePosition = .unknown, hint: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.position = position
        self.hint = hint
    }
}
