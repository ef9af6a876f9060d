import Testing
@testable import Documents

/// The writer copies runs that need no escaping whole, finding their ends a word
/// at a time: every escapable byte at every offset must still be escaped.
@Suite struct JSONWriterFastPathTests {
    /// Byte-by-byte reference for the escaping rules.
    func reference(_ s: String, html: Bool) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "<" where html, ">" where html, "&" where html, _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func everyEscapeAtEveryOffset() throws {
        let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}",
                                  "<", ">", "&", "é", "😀", "\u{7F}", " ", "~"]
        for html in [false, true] {
            let writer = JSONWriter(options: .init(escapeHTML: html))
            for length in 0..<20 {
                let prefix = String(repeating: "p", count: length)
                for special in specials {
                    for text in [prefix + special, prefix + special + prefix, special + prefix + special + "x"] {
                        #expect(writer.string(.string(text)) == reference(text, html: html), "\(text.debugDescription)")
                    }
                }
            }
            let long = String(repeating: "external-secrets.io/v1 ", count: 20)
            #expect(writer.string(.string(long)) == reference(long, html: html))
            #expect(writer.string(.string("")) == "\"\"")
        }
    }

    @Test func stringsRoundTrip() throws {
        for length in 0..<40 {
            let text = String((0..<length).map { i -> Character in
                ["a", "\"", "\\", "\n", "é", "\u{1}", "z", "<"][i % 8]
            })
            let written = JSONWriter.encode(.string(text))
            #expect(try JSONParser.parse(written).string == text)
        }
    }

    @Test func writeStringMatchesWritingAStringNode() throws {
        for text in ["", "plain", "q\"b\\n\n\t\u{1}<>&é😀", String(repeating: "x", count: 100)] {
            for options in [JSONWriter.Options.compact, .pretty, .init(escapeHTML: true)] {
                let writer = JSONWriter(options: options)
                var direct: [UInt8] = []
                writer.write(string: text, into: &direct)
                // A top-level value written pretty ends with a newline; the string itself is the same.
                var viaNode = writer.bytes(.string(text))
                if options.indent > 0 { #expect(viaNode.popLast() == UInt8(ascii: "\n")) }
                #expect(direct == viaNode)
            }
        }
    }
}
