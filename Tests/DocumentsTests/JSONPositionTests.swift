import Testing
@testable import Documents

/// Columns from the scanner's one column base: it restarts at each line, skips a byte
/// order mark, and counts a multi-byte character as one column wherever it was read
/// (plain strings, escaped strings, the bytes before an invalid sequence).
@Suite struct JSONPositionTests {
    func parse(_ bytes: [UInt8]) throws(DocumentError) -> Node { try JSONParser.parse(bytes, source: "p.json") }
    func parse(_ text: String) throws -> Node { try parse(Array(text.utf8)) }

    func error(_ bytes: [UInt8]) -> DocumentError? {
        do { _ = try parse(bytes); return nil } catch { return error }
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let node = try parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(node.position == SourcePosition(line: 1, column: 1))
        #expect(node.members?[0].keyPosition == SourcePosition(line: 1, column: 2))
        #expect(node["a"]?.position == SourcePosition(line: 1, column: 7))
    }

    @Test func continuationBytesCountOnTheirLineOnly() throws {
        let e = try #require(error(Array("[\"éé\",\n \"ü\", x]".utf8)))
        #expect(e.position == SourcePosition(line: 2, column: 7))
        let node = try parse("[\"éé\",\n \"ü\", 1]")
        #expect(node[2]?.position == SourcePosition(line: 2, column: 7))
    }

    @Test func escapedStringsCountCharacters() throws {
        let node = try parse("[\"é\\n\", 1, \"€\\u00e9ü\", 2]")
        #expect(node[0]?.string == "é\n")
        #expect(node[1]?.position == SourcePosition(line: 1, column: 9))
        #expect(node[3]?.position == SourcePosition(line: 1, column: 24))
    }

    @Test func invalidUTF8AfterAMultiByteCharacter() throws {
        let e = try #require(error([0x5B, 0x22, 0xC3, 0xA9, 0xFF, 0x22, 0x5D]))
        #expect(e.position == SourcePosition(line: 1, column: 4))
        #expect(e.message == "invalid UTF-8 byte sequence (byte 0xFF at offset 4)")
        let second = try #require(error(Array("[\"é\",\n\"".utf8) + [0xE2, 0x82, 0xAC, 0xC3, 0x28, 0x22, 0x5D]))
        #expect(second.position == SourcePosition(line: 2, column: 3))
    }
}
