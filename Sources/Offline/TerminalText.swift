/// Text taken from manifests, file names and test suites, made safe for a terminal or a CI
/// log: control characters are written as `\u{1B}`-style escapes, since ESC sequences would
/// recolour or rewrite the log and a newline in a file name would forge a finding line.
/// Tabs stay. The structured formats (JSON, SARIF, JUnit) escape in their own syntax.
enum TerminalText {
    static func safe(_ text: String) -> String {
        // Fast path: no C0 control, DEL, or C1 control (UTF-8 lead byte 0xC2).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.unicodeScalars.append(scalar)
            case 0..<0x20, 0x7F, 0x80..<0xA0: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
