/// Writes nodes as block-style YAML that Kubernetes (sigs.k8s.io/yaml, YAML 1.1)
/// reads back as the same values: strings that would resolve to anything else
/// (`yes`, `0777`, `null`, `1.0`, `y`) are quoted, multi-line strings become
/// literal blocks. Keys keep their order.
public enum YAMLWriter {
    /// One document.
    public static func string(_ node: Node) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    /// A multi-document stream, each document introduced by `---`.
    public static func string(documents: [Node]) -> String {
        var out = ""
        for node in documents {
            out += "---\n"
            write(node, into: &out)
        }
        return out
    }

    public static func bytes(_ node: Node) -> [UInt8] { Array(string(node).utf8) }

    private static func write(_ node: Node, into out: inout String) {
        switch node.value {
        case .object(let m) where !m.isEmpty: block(node, indent: 0, inline: false, into: &out)
        case .array(let a) where !a.isEmpty: block(node, indent: 0, inline: false, into: &out)
        default:
            var text = ""
            scalar(node, contentIndent: 2, into: &text)
            out += String(text.unicodeScalars.dropFirst())  // no leading space at the root
        }
    }

    /// A non-empty collection starting at column `indent`; with `inline`, the first
    /// line's indentation (a `- `) is already written.
    private static func block(_ node: Node, indent: Int, inline: Bool, into out: inout String) {
        switch node.value {
        case .object(let members):
            for (i, member) in members.enumerated() {
                if i > 0 || !inline { out += String(repeating: " ", count: indent) }
                let key = quotedIfNeeded(member.key, isKey: true)
                if key.utf8.count > 1000 {
                    // Implicit keys are limited to 1024 characters; use an explicit `? key`.
                    out += "? " + key + "\n" + String(repeating: " ", count: indent) + ":"
                } else {
                    out += key + ":"
                }
                switch member.value.value {
                case .object(let m) where !m.isEmpty:
                    out += "\n"
                    block(member.value, indent: indent + 2, inline: false, into: &out)
                case .array(let a) where !a.isEmpty:
                    out += "\n"
                    block(member.value, indent: indent + 2, inline: false, into: &out)
                default:
                    scalar(member.value, contentIndent: indent + 2, into: &out)
                }
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                if i > 0 || !inline { out += String(repeating: " ", count: indent) }
                out += "-"
                switch item.value {
                case .object(let m) where !m.isEmpty:
                    out += " "
                    block(item, indent: indent + 2, inline: true, into: &out)
                case .array(let a) where !a.isEmpty:
                    out += " "
                    block(item, indent: indent + 2, inline: true, into: &out)
                default:
                    scalar(item, contentIndent: indent + 2, into: &out)
                }
            }
        default:
            scalar(node, contentIndent: indent, into: &out)
        }
    }

    /// ` value\n` after a `key:` or `-`, or ` |` and an indented literal block.
    private static func scalar(_ node: Node, contentIndent: Int, into out: inout String) {
        switch node.value {
        case .null: out += " null\n"
        case .bool(let b): out += b ? " true\n" : " false\n"
        case .number(let n):
            // NaN and infinities (only from `Number(Double)`) have no JSON form: null, as JSONWriter writes.
            let digitLast = n.literal.utf8.last.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false
            // `-0` would read back as the integer 0; `-0.0` stays the float -0.
            let literal = n.literal == "-0" ? "-0.0" : n.literal
            out += digitLast ? " " + literal + "\n" : " null\n"
        case .object: out += " {}\n"
        case .array: out += " []\n"
        case .string(let s):
            if let lines = literalBlockLines(s) {
                out += s.hasSuffix("\n") ? " |\n" : " |-\n"
                let pad = String(repeating: " ", count: contentIndent)
                for line in lines {
                    out += line.isEmpty ? "\n" : pad + line + "\n"
                }
            } else {
                out += " " + quotedIfNeeded(s, isKey: false) + "\n"
            }
        }
    }

    /// The lines of a string that a literal block reproduces exactly, or nil.
    /// (Unicode scalars, not Characters: a combining mark must not hide a space.)
    private static func literalBlockLines(_ s: String) -> [String]? {
        var scalars = Array(s.unicodeScalars)
        guard scalars.contains("\n") else { return nil }
        if scalars.last == "\n" {
            scalars.removeLast()
            // More than one trailing newline would need `|+`; quoting is simpler.
            if scalars.last == "\n" || scalars.isEmpty { return nil }
        }
        let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
        var sawContent = false
        for line in lines {
            if !sawContent, let first = line.first {
                // The first content line sets the indentation: it must not start with blanks.
                if first == " " || first == "\t" { return nil }
                sawContent = true
            }
            // Whitespace-only lines would be read as empty lines; trailing blanks survive.
            if !line.isEmpty, line.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
            for scalar in line where needsEscape(scalar) && scalar != "\t" { return nil }
        }
        guard sawContent else { return nil }
        return lines.map { line in
            var text = ""
            text.unicodeScalars.append(contentsOf: line)
            return text
        }
    }

    /// Characters that must be escaped in YAML text (and so forbid plain and block styles).
    private static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }

    /// The string as a plain scalar when YAML 1.1 reads it back as this same string,
    /// otherwise double-quoted.
    static func quotedIfNeeded(_ s: String, isKey: Bool) -> String {
        isPlainSafe(s) ? s : doubleQuoted(s)
    }

    static func isPlainSafe(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        guard YAMLScalar.resolve(s) == .string else { return false }
        // Indicators that start other syntax; digits and signs to keep
        // number-, date- and sexagesimal-like text unambiguous for every YAML reader.
        if "-?:,[]{}#&*!|>'\"%@`~+.0123456789 \t".unicodeScalars.contains(first) { return false }
        if last == " " || last == "\t" || last == ":" { return false }
        for (i, c) in scalars.enumerated() {
            if needsEscape(c) { return false }
            guard i + 1 < scalars.count else { continue }
            let next = scalars[i + 1]
            // `: ` starts a mapping value, ` #` a comment.
            if c == ":", next == " " || next == "\t" { return false }
            if c == " " || c == "\t", next == "#" { return false }
        }
        return true
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if needsEscape(c) {
                    let hex = String(c.value, radix: 16, uppercase: true)
                    out += c.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                                           : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
