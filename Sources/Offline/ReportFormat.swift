/// The output formats of `esoguard validate`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit

    /// Renders `report` in this format (stdout's content).
    public func render(_ report: ValidationReport) -> String {
        switch self {
        case .text: return TextReporter.render(report)
        case .json: return JSONReporter.render(report)
        case .sarif: return SARIFReporter.render(report)
        case .junit: return JUnitReporter.render(report)
        }
    }
}
