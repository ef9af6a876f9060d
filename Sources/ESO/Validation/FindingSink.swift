import Documents

/// What the rules add their findings to: the object's `RuleContext`, and the
/// `StoreScope` that reference checks run in.
protocol FindingSink {
    var findings: [Finding] { get set }
}

extension FindingSink {
    mutating func error(_ rule: String, _ message: @autoclosure () -> String, at path: @autoclosure () -> String,
                        _ position: SourcePosition, hint: String? = nil) {
        guard findings.count < Finding.collectedPerObject else { return }
        findings.append(Finding(ruleID: rule, severity: .error, message: message(), path: path(),
                                position: position, hint: hint))
    }

    mutating func warning(_ rule: String, _ message: @autoclosure () -> String, at path: @autoclosure () -> String,
                          _ position: SourcePosition, hint: String? = nil) {
        guard findings.count < Finding.collectedPerObject else { return }
        findings.append(Finding(ruleID: rule, severity: .warning, message: message(), path: path(),
                                position: position, hint: hint))
    }
}
