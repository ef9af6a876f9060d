import Documents
import ESO
import Testing

/// Loads a one-document YAML manifest.
func yaml(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
    let docs = try YAMLLoader.load(text, source: "test.yaml")
    return try #require(docs.first, sourceLocation: sourceLocation).root
}

/// Loads and types a manifest (fails the test when it is not an ESO object).
func object(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ESOObject {
    try #require(ESOObject.parse(try yaml(text, sourceLocation: sourceLocation)), sourceLocation: sourceLocation)
}

/// All findings of a manifest.
func findings(_ text: String, namespace: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Finding] {
    ESOValidator.validate(try object(text, sourceLocation: sourceLocation), namespace: namespace)
}

/// The rule ids of the error findings, for compact assertions.
func errorRules(_ text: String, namespace: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    try findings(text, namespace: namespace, sourceLocation: sourceLocation).filter { $0.severity == .error }.map(\.ruleID)
}

func describe(_ findings: [Finding]) -> String {
    findings.map { "\($0.position) \($0.severity) \($0.ruleID): \($0.message) (\($0.path))" }.joined(separator: "\n")
}
