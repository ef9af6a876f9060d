import Documents
import ESO

/// A finding as `validate` reports it: ESO-parity, schema and GitOps findings
/// carry no policy; policy findings name the policy and the mode that set
/// their severity.
public struct ReportedFinding: Sendable, Hashable {
    public var finding: Finding
    /// The policy that produced the finding, nil for built-in rules.
    public var policy: String?
    /// The rule of `policy` that produced it.
    public var rule: String?
    /// The policy rule's mode: `enforce`, `warn` or `audit`.
    public var mode: String?

    public init(_ finding: Finding, policy: String? = nil, rule: String? = nil, mode: String? = nil) {
        self.finding = finding
        self.policy = policy
        self.rule = rule
        self.mode = mode
    }

    public var severity: Severity { finding.severity }

    /// What users grep for and what SARIF calls the rule: `eso.dataFrom.oneOf`,
    /// or `policy/rule` for policy findings.
    public var ruleID: String {
        guard let policy else { return finding.ruleID }
        return "\(policy)/\(rule ?? finding.ruleID)"
    }
}

/// One Kubernetes object of an input and what was found in it.
public struct ObjectReport: Sendable, Hashable {
    public var source: String
    /// 0-based index of the YAML document within its file.
    public var documentIndex: Int
    /// Position of the object's root node.
    public var position: SourcePosition
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var namespace: String?
    public var findings: [ReportedFinding]

    public init(source: String, documentIndex: Int, position: SourcePosition, apiVersion: String,
                kind: String, name: String, namespace: String?, findings: [ReportedFinding] = []) {
        self.source = source
        self.documentIndex = documentIndex
        self.position = position
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.findings = findings
    }

    /// `ExternalSecret team-a/db`, `ClusterSecretStore shared`.
    public var displayName: String {
        let shown = name.isEmpty ? "<unnamed>" : name
        if let namespace, !namespace.isEmpty { return "\(kind) \(namespace)/\(shown)" }
        return "\(kind) \(shown)"
    }

    /// The finding's own position, or the object's when the finding has none.
    public func position(of finding: ReportedFinding) -> SourcePosition {
        finding.finding.position.isKnown ? finding.finding.position : position
    }
}

/// One input file: the objects it held, or why it could not be read or parsed.
public struct FileReport: Sendable, Hashable {
    public var source: String
    public var objects: [ObjectReport]
    /// Documents that are not ESO objects or plaintext Secrets (ConfigMaps, empty documents).
    public var skipped: Int
    /// Set when the input could not be read or parsed; objects read before it are kept.
    public var error: DocumentError?

    public init(source: String, objects: [ObjectReport] = [], skipped: Int = 0, error: DocumentError? = nil) {
        self.source = source
        self.objects = objects
        self.skipped = skipped
        self.error = error
    }
}

/// How `validate` ends, as its exit code.
public enum ExitStatus: Int32, Sendable {
    /// No error-severity finding, every input read.
    case clean = 0
    /// At least one error-severity finding (an enforce-mode policy violation counts).
    case findings = 1
    /// An input could not be read or parsed.
    case inputError = 2
}

/// Everything one `validate` run found.
public struct ValidationReport: Sendable, Hashable {
    public var files: [FileReport]

    public init(files: [FileReport]) { self.files = files }

    public var objects: [ObjectReport] { files.flatMap(\.objects) }
    public var inputErrors: [DocumentError] { files.compactMap(\.error) }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { sum, file in
            sum + file.objects.reduce(0) { $0 + $1.findings.count { $0.severity == severity } }
        }
    }

    public var objectCount: Int { files.reduce(0) { $0 + $1.objects.count } }
    public var skippedCount: Int { files.reduce(0) { $0 + $1.skipped } }

    public var exitStatus: ExitStatus {
        if files.contains(where: { $0.error != nil }) { return .inputError }
        if count(.error) > 0 { return .findings }
        return .clean
    }

    /// `4 objects in 3 files (2 documents skipped): 1 error, 2 warnings, 0 infos, 1 unreadable input`.
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = "\(plural(objectCount, "object")) in \(plural(files.count, "file"))"
        if skippedCount > 0 { text += " (\(plural(skippedCount, "document")) skipped)" }
        text += ": \(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.info), "info"))"
        let unreadable = inputErrors.count
        if unreadable > 0 { text += ", \(plural(unreadable, "unreadable input"))" }
        return text
    }
}
