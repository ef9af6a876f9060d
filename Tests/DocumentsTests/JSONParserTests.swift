import Testing
@testable import Documents

@Suite struct JSONParserTests {
    func parse(_ text: String, limits: DocumentLimits = .default) throws -> Node {
        try JSONParser.parse(text, source: "req.json", limits: limits)
    }

    func failure(_ text: String) throws -> DocumentError {
        try #require(throws: DocumentError.self) { try JSONParser.parse(Array(text.utf8), source: "req.json") }
    }

    func failure(_ bytes: [UInt8]) throws -> DocumentError {
        try #require(throws: DocumentError.self) { try JSONParser.parse(bytes, source: "req.json") }
    }

    @Test func valuesAndOrder() throws {
        let node = try parse(#" {"z": 1, "a": [true, false, null, "s", -0.5e+3, {}], "m": {}} "#)
        #expect(node.keys == ["z", "a", "m"])
        #expect(node["a"]?.array?.count == 6)
        #expect(node["a"]?[0]?.bool == true)
        #expect(node["a"]?[2]?.isNull == true)
        #expect(node["a"]?[4]?.number?.literal == "-0.5e+3")
        #expect(try parse("[]").array?.isEmpty == true)
        #expect(try parse("  \"x\"\n").string == "x")
        #expect(try parse("0").int == 0)
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\r\n  \"a\": 1\r\n}".utf8))
        #expect(node.position == SourcePosition(line: 1, column: 1))
        #expect(node["a"]?.position == SourcePosition(line: 2, column: 8))
        let doc = try JSONParser.document(Array("[1]".utf8), source: "<request>")
        #expect(doc.source == "<request>")
        #expect(doc.root[0]?.int == 1)
    }

    @Test func positions() throws {
        let node = try parse("{\n  \"a\": [1,\n    \"é\", 2],\n  \"b\": \"ü\", \"c\": 3\n}")
        #expect(node.position == SourcePosition(line: 1, column: 1))
        #expect(node.members?[0].keyPosition == SourcePosition(line: 2, column: 3))
        #expect(node["a"]?.position == SourcePosition(line: 2, column: 8))
        #expect(node["a"]?[1]?.position == SourcePosition(line: 3, column: 5))
        // Columns count characters, not bytes: "é" is one column.
        #expect(node["a"]?[2]?.position == SourcePosition(line: 3, column: 10))
        #expect(node.members?[2].keyPosition == SourcePosition(line: 4, column: 13))
    }

    @Test func escapes() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#).string == "a\"b\\c/d\u{8}\u{C}\n\r\t")
        #expect(try parse(#""\u0041\u00e9\u20AC""#).string == "Aé€")
        #expect(try parse(#""\ud83d\ude00 ok""#).string == "😀 ok")
        #expect(try parse(#""\u0000""#).string == "\u{0}")
        #expect(try failure(#""\x""#).message.contains("invalid escape"))
        #expect(try failure(#""\u12G4""#).message.contains("hex"))
    }

    @Test func surrogates() throws {
        #expect(try failure(#""\ud83d""#).message.contains("lone high surrogate"))
        #expect(try failure(#""\ud83d\u0041""#).message.contains("low surrogate"))
        #expect(try failure(#""\ude00""#).message.contains("lone low surrogate"))
        #expect(try failure(#""\ud83dx""#).message.contains("lone high surrogate"))
    }

    @Test func bigNumbersKeepTheirLiteral() throws {
        let node = try parse(#"[123456789012345678901234567890, 1.0000000000000000000001, -1e400, 18446744073709551616]"#)
        #expect(node[0]?.number?.literal == "123456789012345678901234567890")
        #expect(node[0]?.int == nil)
        #expect(node[1]?.number?.literal == "1.0000000000000000000001")
        #expect(node[2]?.number?.literal == "-1e400")
        #expect(JSONWriter.string(node) == "[123456789012345678901234567890,1.0000000000000000000001,-1e400,18446744073709551616]")
    }

    @Test(arguments: ["01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "-01", "1.e3"])
    func invalidNumbers(text: String) throws {
        _ = try failure(text)
    }

    @Test func duplicateKeys() throws {
        let e = try failure("{\"a\": 1,\n \"a\": 2}")
        #expect(e.message.contains("duplicate key \"a\""))
        #expect(e.position == SourcePosition(line: 2, column: 2))
        // The set path for large objects too.
        let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        #expect(try parse("{\(many)}").keys.count == 40)
        #expect(try failure("{\(many), \"k7\": 0}").message.contains("duplicate key \"k7\""))
    }

    @Test func invalidUTF8() throws {
        let cases: [[UInt8]] = [
            [0x22, 0xFF, 0x22],                   // invalid byte
            [0x22, 0xC3, 0x22],                   // truncated sequence
            [0x22, 0xC0, 0xAF, 0x22],             // overlong
            [0x22, 0xED, 0xA0, 0x80, 0x22],       // encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], // past U+10FFFF
            [0x22, 0x5C, 0x6E, 0xE2, 0x82, 0x22], // after an escape
        ]
        for bytes in cases {
            let e = try failure(bytes)
            #expect(e.message.contains("invalid UTF-8"), "\(bytes)")
        }
        #expect(try failure([0x7B, 0xFF, 0x7D]).message.contains("0xFF"))
        #expect(try JSONParser.parse([0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22]).string == "😀")
    }

    @Test func structuralErrors() throws {
        #expect(try failure("").message.contains("empty input"))
        #expect(try failure("{} x").message.contains("after the JSON value"))
        #expect(try failure("[1 2]").message.contains("expected ',' or ']'"))
        #expect(try failure("{\"a\" 1}").message.contains("expected ':'"))
        #expect(try failure("{a: 1}").message.contains("expected a string key"))
        #expect(try failure("[1,]").message.contains("expected a value"))
        #expect(try failure("{\"a\":1,}").message.contains("expected a string key"))
        #expect(try failure("tru").message.contains("'true'"))
        #expect(try failure("\"a\nb\"").message.contains("unescaped newline"))
        #expect(try failure("\"a\tb\"").message.contains("control character"))
        let e = try failure("{\n  \"a\": [1,\n  2,\n")
        #expect(e.message.contains("end of input"))
        #expect(e.description.hasPrefix("req.json:4:1:"))
    }

    @Test func truncatedInputsNeverCrash() throws {
        let full = #"{"apiVersion":"v1","items":[{"a":"\u00e9\ud83d\ude00","b":[1.5e3,true,null]}],"s":"x\\y"}"#
        let bytes = Array(full.utf8)
        #expect(try JSONParser.parse(bytes)["s"]?.string == "x\\y")
        for cut in 0..<bytes.count {
            #expect(throws: DocumentError.self) { try JSONParser.parse(Array(bytes[..<cut])) }
        }
    }

    @Test func limits() throws {
        let deep = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
        #expect(try failure(deep).message.contains("maxDepth"))
        let ok = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(try parse(ok).array?.count == 1)
        // Very deep input stops at the limit, without exhausting the stack.
        let hostile = String(repeating: "[", count: 1_000_000)
        #expect(try failure(hostile).message.contains("maxDepth"))
        #expect(throws: DocumentError.self) { try parse("[1, 2, 3]", limits: DocumentLimits(maxBytes: 5)) }
        let long = "\"" + String(repeating: "x", count: 100) + "\""
        let e = try #require(throws: DocumentError.self) { try parse(long, limits: DocumentLimits(maxStringBytes: 99)) }
        #expect(e.message.contains("maxStringBytes"))
        let escaped = "\"" + String(repeating: "\\n", count: 100) + "\""
        #expect(throws: DocumentError.self) { try parse(escaped, limits: DocumentLimits(maxStringBytes: 99)) }
        #expect(try parse(long, limits: DocumentLimits(maxStringBytes: 100)).string?.count == 100)
        // maxNodes counts every value built, containers included: [0,0,0] is four.
        #expect(try parse("[0,0,0]", limits: DocumentLimits(maxNodes: 4)).array?.count == 3)
        let many = try #require(throws: DocumentError.self) { try parse("[0,0,0]", limits: DocumentLimits(maxNodes: 3)) }
        #expect(many.message == "more than 3 values (maxNodes)")
        #expect(many.position == SourcePosition(line: 1, column: 6))   // the fourth value
    }

    @Test func hugeStringParses() throws {
        let big = String(repeating: "abcdé", count: 400_000)
        let node = try parse("{\"k\": \"\(big)\"}")
        let same = node["k"]?.string == big  // a Bool, so a failure does not print megabytes
        #expect(same)
    }
}

@Suite struct JSONWriterTests {
    @Test func compactEscaping() throws {
        let node = Node.object(["s": .string("q\"b\\n\n\t\u{1}\u{1F}<>&é😀"), "n": Node(.number(Number(literal: "1e400"))), "z": .null])
        #expect(JSONWriter.string(node) == #"{"s":"q\"b\\n\n\t\u0001\u001f<>&é😀","n":1e400,"z":null}"#)
        let html = JSONWriter(options: .init(escapeHTML: true)).string(.string("<a&b>"))
        #expect(html == #""\u003ca\u0026b\u003e""#)
    }

    @Test func nonFiniteNumbersFromCodeBecomeNull() throws {
        let node = Node.array([Node(.number(Number(Double.nan))), Node(.number(Number(-Double.infinity))), Node(.number(Number(2.5)))])
        #expect(JSONWriter.string(node) == "[null,null,2.5]")
        #expect(YAMLWriter.string(node) == "- null\n- null\n- 2.5\n")
    }

    @Test func pretty() throws {
        let node = try JSONParser.parse(#"{"a":[1,{"b":[]}],"c":{}}"#)
        #expect(JSONWriter(options: .pretty).string(node) == """
        {
          "a": [
            1,
            {
              "b": []
            }
          ],
          "c": {}
        }

        """)
    }

    @Test func roundTrip() throws {
        let text = #"{"kind":"AdmissionReview","request":{"uid":"x","object":{"a":[1,2.5,-3e10,true,null,"\u0000\"\\/"],"ü":"😀"}}}"#
        let node = try JSONParser.parse(text)
        let written = JSONWriter.encode(node)
        #expect(try JSONParser.parse(written) == node)
        #expect(JSONWriter.encode(try JSONParser.parse(written)) == written)
    }
}
