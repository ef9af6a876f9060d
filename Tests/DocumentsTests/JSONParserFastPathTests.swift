import Testing
@testable import Documents

/// The parser's fast paths: word-at-a-time string and indentation scans, small
/// strings built without re-validation, containers moved off a scratch stack,
/// and the key prints of the duplicate check.
@Suite struct JSONParserFastPathTests {
    func parse(_ text: String) throws -> Node { try JSONParser.parse(text, source: "req.json") }

    func failure(_ text: String) throws -> DocumentError {
        try #require(throws: DocumentError.self) { try JSONParser.parse(Array(text.utf8), source: "req.json") }
    }

    func failure(_ bytes: [UInt8]) throws -> DocumentError {
        try #require(throws: DocumentError.self) { try JSONParser.parse(bytes, source: "req.json") }
    }

    /// Every stop byte at every offset of a word, after every prefix length.
    @Test func stopBytesAtEveryOffset() throws {
        for length in 0..<40 {
            let plain = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
            #expect(try parse("\"\(plain)\"").string == plain)
            #expect(try parse("[\"\(plain)\",1]")[0]?.string == plain)
            #expect(try parse("\"\(plain)\\n\(plain)\"").string == plain + "\n" + plain)
            #expect(try parse("\"\(plain)\\\"\"").string == plain + "\"")
            #expect(try parse("\"\(plain)é\(plain)\"").string == plain + "é" + plain)
            let control = try failure("\"\(plain)\u{1}x\"")
            #expect(control.message == "unescaped control character 0x1 in a string")
            #expect(control.position == SourcePosition(line: 1, column: length + 2))
            let unterminated = try failure("  \"\(plain)")
            #expect(unterminated.message == "unterminated string started at 1:3")
        }
    }

    @Test func smallAndLargeStrings() throws {
        for text in ["", "a", "exactly15bytes!", "exactly16bytes!!", "ééééééé", "éééééééé",
                     "external-secrets.io/v1", String(repeating: "x", count: 300), "😀😀😀😀", "\u{0}"] {
            let json = JSONWriter.string(.string(text))
            let node = try parse(json)
            #expect(node.string == text)
            #expect(node.string?.utf8.count == text.utf8.count)
        }
        // Escaped forms of the same text give the same (equal and identical-bytes) string.
        #expect(try parse(#""\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9""#).string == "éééééééé")
        #expect(try parse(#""abc\/def""#).string == "abc/def")
    }

    @Test func longKeysAndValues() throws {
        let node = try parse(#"{"serviceAccountRef": {"name": "x"}, "app.kubernetes.io/name": "billing", "conversionStrategy": "Default"}"#)
        #expect(node.keys == ["serviceAccountRef", "app.kubernetes.io/name", "conversionStrategy"])
        #expect(node[path: "serviceAccountRef", "name"]?.string == "x")
        #expect(node["app.kubernetes.io/name"]?.string == "billing")
        let e = try failure("{\"serviceAccountRef\": 1, \"serviceAccountRef\": 2}")
        #expect(e.message == "duplicate key \"serviceAccountRef\" in object (first at 1:2)")
        #expect(e.position == SourcePosition(line: 1, column: 26))
    }

    @Test func keysWithTheSamePrintAreStillCompared() throws {
        // Same length, first and last byte: only the middle tells them apart.
        let node = try parse(#"{"abXc": 1, "abYc": 2, "aXXc": 3}"#)
        #expect(node.keys == ["abXc", "abYc", "aXXc"])
        #expect(try failure(#"{"abXc": 1, "abYc": 2, "abXc": 3}"#).message.contains("duplicate key \"abXc\""))
        // An escaped key equals its plain spelling.
        #expect(try failure(#"{"name": 1, "n\u0061me": 2}"#).message == "duplicate key \"name\" in object (first at 1:2)")
        #expect(try failure(#"{"n\u0061me": 1, "name": 2}"#).message.contains("duplicate key \"name\""))
        // Swift string equality is canonical equivalence: KELVIN SIGN equals "K", as before.
        #expect(try failure(#"{"K": 1, "\u212A": 2}"#).message.contains("duplicate key"))
        #expect(try failure("{\"K\": 1, \"\u{212A}\": 2}").message.contains("duplicate key"))
        #expect(try failure("{\"e\u{301}\": 1, \"é\": 2}").message.contains("duplicate key"))
        #expect(try parse(#"{"": 1, "a": 2}"#).keys == ["", "a"])
        #expect(try failure(#"{"": 1, "": 2}"#).message == "duplicate key \"\" in object (first at 1:2)")
    }

    @Test func objectsAroundTheSetThreshold() throws {
        for count in [15, 16, 17, 40] {
            let members = (0..<count).map { "\"key_\($0)\": [\($0)]" }
            let node = try parse("{" + members.joined(separator: ",") + "}")
            #expect(node.keys == (0..<count).map { "key_\($0)" })
            #expect(node["key_\(count - 1)"]?[0]?.int == count - 1)
            for dup in [0, count - 1] {
                let e = try failure("{" + members.joined(separator: ",") + ", \"key_\(dup)\": 0}")
                #expect(e.message.hasPrefix("duplicate key \"key_\(dup)\" in object"))
                // Up to 16 earlier members the message names the first; beyond, a set finds it.
                #expect(e.message.contains("first at") == (count < 16))
            }
        }
    }

    @Test func containersKeepTheirElements() throws {
        let node = try parse(#"{"a":{},"b":[],"c":[{}],"d":[[]],"e":{"f":{}},"g":[1,[2,[3,{"h":[4]}]],5]}"#)
        #expect(node["a"]?.members?.isEmpty == true)
        #expect(node["b"]?.array?.isEmpty == true)
        #expect(node["c"]?[0]?.members?.isEmpty == true)
        #expect(node["d"]?[0]?.array?.isEmpty == true)
        #expect(node[path: "e", "f"]?.members?.isEmpty == true)
        #expect(JSONWriter.string(node) == #"{"a":{},"b":[],"c":[{}],"d":[[]],"e":{"f":{}},"g":[1,[2,[3,{"h":[4]}]],5]}"#)
        // Deep and wide: the scratch stack grows past its first capacity.
        let deep = String(repeating: "[0,", count: 100) + "1" + String(repeating: "]", count: 100)
        var level = try #require(try parse(deep).array)
        for _ in 0..<99 {
            #expect(level.count == 2 && level[0].int == 0)
            level = try #require(level[1].array)
        }
        #expect(level.map(\.int) == [0, 1])
        let wide = try parse("[" + (0..<1000).map { "{\"i\":\($0)}" }.joined(separator: ",") + "]")
        #expect(wide.array?.count == 1000)
        #expect(wide[999]?["i"]?.int == 999)
        // An error deep inside partly built containers.
        let broken = try failure(String(repeating: "{\"a\":[1,", count: 50) + "x")
        #expect(broken.message == "unexpected character 'x', expected a value")
    }

    @Test func indentationAndPositions() throws {
        let text = "{\n" + String(repeating: " ", count: 13) + "\"a\": 1,\n\t\t\"b\":\r\n  [\n" + String(repeating: " ", count: 8)
            + "\"ü\", \"x\"],\n" + String(repeating: " ", count: 17) + "\"c\": \"é\"}\n" + String(repeating: " ", count: 9)
        let node = try parse(text)
        #expect(node.members?[0].keyPosition == SourcePosition(line: 2, column: 14))
        #expect(node.members?[1].keyPosition == SourcePosition(line: 3, column: 3))
        #expect(node["b"]?.position == SourcePosition(line: 4, column: 3))
        #expect(node["b"]?[0]?.position == SourcePosition(line: 5, column: 9))
        #expect(node["b"]?[1]?.position == SourcePosition(line: 5, column: 14))
        #expect(node.members?[2].keyPosition == SourcePosition(line: 6, column: 18))
        #expect(node["c"]?.position == SourcePosition(line: 6, column: 23))
        let e = try failure("{\n" + String(repeating: " ", count: 11) + "x")
        #expect(e.position == SourcePosition(line: 2, column: 12))
    }

    @Test func invalidUTF8InLongStrings() throws {
        let prefix = Array(String(repeating: "a", count: 21).utf8)
        let e = try failure([0x22] + prefix + [0xC3, 0x28] + prefix + [0x22])
        #expect(e.message == "invalid UTF-8 byte sequence (byte 0xC3 at offset 22)")
        #expect(e.position == SourcePosition(line: 1, column: 23))
        // Unterminated wins over invalid UTF-8, as the scan comes first.
        #expect(try failure([0x22] + prefix + [0xFF] + prefix).message == "unterminated string started at 1:1")
    }
}
