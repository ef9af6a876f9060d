import Documents
import ESO

/// SARIF 2.1.0, the format GitHub code scanning and other CI annotators read.
/// Every rule that fired is listed in `tool.driver.rules` and referenced by
/// `ruleId` and `ruleIndex`; input errors are results of the rule `esoguard.input`.
public enum SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let inputRule = "esoguard.input"

    public static func render(_ report: ValidationReport) -> String {
        JSONWriter(options: .pretty).string(document(report))
    }

    static func document(_ report: ValidationReport) -> Node {
        var ruleIDs: [String] = []
        var ruleIndex: [String: Int] = [:]
        var ruleHelp: [String: String] = [:]
        func index(of rule: String, hint: String?) -> Int {
            if let i = ruleIndex[rule] { return i }
            ruleIndex[rule] = ruleIDs.count
            ruleIDs.append(rule)
            if let hint { ruleHelp[rule] = hint }
            return ruleIDs.count - 1
        }

        var results: [Node] = []
        for error in report.inputErrors {
            let i = index(of: inputRule, hint: nil)
            results.append(result(rule: inputRule, index: i, level: "error", message: error.message,
                                  uri: error.source, position: error.position))
        }
        for object in report.objects {
            for finding in object.findings {
                let i = index(of: finding.ruleID, hint: finding.finding.hint)
                var message = finding.finding.message
                if !finding.finding.path.isEmpty { message += " (\(finding.finding.path))" }
                if let hint = finding.finding.hint, !hint.isEmpty { message += ". Fix: \(hint)" }
                var node = result(rule: finding.ruleID, index: i, level: level(finding.severity),
                                  message: message, uri: object.source, position: object.position(of: finding))
                var properties: Node = .object([
                    "kind": .string(object.kind),
                    "name": .string(object.name),
                    "path": .string(finding.finding.path),
                ])
                if let namespace = object.namespace { properties["namespace"] = .string(namespace) }
                if let policy = finding.policy { properties["policy"] = .string(policy) }
                if let rule = finding.rule { properties["rule"] = .string(rule) }
                if let mode = finding.mode { properties["mode"] = .string(mode) }
                node["properties"] = properties
                results.append(node)
            }
        }

        let rules: [Node] = ruleIDs.map { id in
            var rule: Node = .object([
                "id": .string(id),
                "shortDescription": .object(["text": .string(id == inputRule ? "Input cannot be read or parsed" : id)]),
            ])
            if let help = ruleHelp[id] { rule["help"] = .object(["text": .string(help)]) }
            return rule
        }
        return .object([
            "$schema": .string(schema),
            "version": .string("2.1.0"),
            "runs": .array([
                .object([
                    "tool": .object([
                        "driver": .object([
                            "name": .string("esoguard"),
                            "informationUri": .string("https://external-secrets.io"),
                            "rules": .array(rules),
                        ]),
                    ]),
                    "results": .array(results),
                ]),
            ]),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    private static func result(rule: String, index: Int, level: String, message: String,
                               uri: String, position: SourcePosition) -> Node {
        var physical: Node = .object(["artifactLocation": .object(["uri": .string(artifactURI(uri))])])
        if position.isKnown {
            physical["region"] = .object(["startLine": .int(position.line), "startColumn": .int(position.column)])
        }
        return .object([
            "ruleId": .string(rule),
            "ruleIndex": .int(index),
            "level": .string(level),
            "message": .object(["text": .string(message)]),
            "locations": .array([.object(["physicalLocation": physical])]),
        ])
    }

    /// A URI reference for a path: relative paths stay relative (SARIF viewers
    /// resolve them against the checkout), absolute ones become `file://` URIs,
    /// and characters that are not allowed in a URI are percent-encoded.
    static func artifactURI(_ path: String) -> String {
        let encoded = percentEncode(path)
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func percentEncode(_ path: String) -> String {
        let hex: [Character] = Array("0123456789ABCDEF")
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "="):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
