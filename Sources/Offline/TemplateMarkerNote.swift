import Documents

/// Docs and Helm trees hold manifests wrapped in template markers (`{% raw %}`,
/// `{{- if … }}`) that are not YAML. libyaml's message for them ("found
/// character that cannot start any token") does not say so; this adds the why.
enum TemplateMarkerNote {
    static func annotate(_ error: DocumentError, bytes: [UInt8]) -> DocumentError {
        guard error.position.isKnown, let line = line(error.position.line, of: bytes) else { return error }
        let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard trimmed.starts(with: Array("{%".utf8)) || trimmed.starts(with: Array("{{".utf8)) else { return error }
        var annotated = error
        annotated.message += "; the line is a template marker, not YAML: render the template (mkdocs, Helm) before validating"
        return annotated
    }

    /// The bytes of 1-based line `number`, without its newline; nil past the end.
    static func line(_ number: Int, of bytes: [UInt8]) -> ArraySlice<UInt8>? {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count, current < number {
            if bytes[index] == UInt8(ascii: "\n") {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= bytes.count else { return nil }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return bytes[start..<end]
    }
}
