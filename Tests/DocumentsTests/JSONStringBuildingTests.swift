import Testing
@testable import Documents

/// How the parser builds strings: short ASCII straight from its bytes (`SmallASCII`),
/// long ASCII without re-validation, and long strings shared within one parse
/// (`JSONStringTable`). Each must give exactly the string the stdlib would.
@Suite struct JSONStringBuildingTests {
    func parse(_ text: String) throws -> Node { try JSONParser.parse(text, source: "s.json") }

    /// Every printable ASCII byte at every offset of every short length.
    @Test func smallASCIIMatchesTheStdlib() throws {
        #if _pointerBitWidth(_64) && _endian(little)
        #expect(SmallASCII.isSupported)
        #endif
        guard SmallASCII.isSupported else { return }
        for count in 0...15 {
            for seed in UInt8(0x20)..<0x7F {
                let bytes = (0..<count).map { UInt8(0x20 + (Int(seed) + $0 * 7) % 0x5F) }
                var (low, high): (UInt64, UInt64) = (0, 0)
                for (i, b) in bytes.enumerated() {
                    if i < 8 { low |= UInt64(b) << (8 * i) } else { high |= UInt64(b) << (8 * (i - 8)) }
                }
                let made = SmallASCII.make(low: low, high: high, count: count)
                let expected = String(decoding: bytes, as: UTF8.self)
                #expect(made == expected)
                #expect(SmallASCII.words(of: made) == SmallASCII.words(of: expected))
                #expect(Array(made.utf8) == bytes)
                #expect(made.hashValue == expected.hashValue)
            }
        }
    }

    /// Short strings whose 16-byte load would run past the end of the input take
    /// the byte-by-byte path; every length, at the very end and just before it.
    @Test func stringsAtTheEndOfTheInput() throws {
        for count in 0...40 {
            let text = String((0..<count).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
            #expect(try parse("\"\(text)\"").string == text)
            #expect(try parse("[\"\(text)\"]")[0]?.string == text)
            #expect(try parse("{\"\(text)\":1}").keys == [text])
            #expect(try parse("{\"k\":\"\(text)\"} \n").string == nil)
            #expect(try parse("{\"k\":\"\(text)\"} \n")["k"]?.string == text)
            let node = try parse("\"\(text)\"")
            #expect(node.string?.utf8.count == count)
            #expect(Set([node.string ?? "-"]).contains(text))
        }
    }

    /// Long strings met again in one document are equal to the first; strings that
    /// agree in length and in their first and last eight bytes are still told apart.
    @Test func repeatedLongStrings() throws {
        let a = "external-secrets.io"
        let b = "external_secrets.io"  // same length, same first and last 8 bytes
        let c = "external-secrets.io/v1"
        let node = try parse("{\"\(a)\":[\"\(a)\",\"\(b)\",\"\(c)\",\"\(a)\",\"\(b)\",\"é\(a)\",\"\(a)é\",\"\(a)\\n\"],\"\(b)\":\"\(a)\"}")
        #expect(node.keys == [a, b])
        #expect(node[a]?.array?.compactMap(\.string) == [a, b, c, a, b, "é" + a, a + "é", a + "\n"])
        #expect(node[b]?.string == a)
        // Past the table's capacity strings are built afresh, and still right.
        let many = (0..<(JSONStringTable.capacity + 10)).map { "a-long-string-number-\($0)-of-many" }
        let list = "[" + (many + many + many).map { "\"\($0)\"" }.joined(separator: ",") + "]"
        #expect(try parse(list).array?.compactMap(\.string) == many + many + many)
        // A duplicate long key is still found when both spellings share storage.
        let duplicate = try #require(throws: DocumentError.self) { try parse("{\"\(a)\":1,\"\(a)\":2}") }
        #expect(duplicate.message == "duplicate key \"\(a)\" in object (first at 1:2)")
    }

    /// Shared strings are values: changing one leaves the others alone.
    @Test func sharedStringsStayIndependent() throws {
        let a = "a-string-longer-than-fifteen-bytes"
        var node = try parse("[\"\(a)\",\"\(a)\"]")
        guard case .array(var items) = node.value, case .string(var first) = items[0].value else {
            Issue.record("not an array of strings")
            return
        }
        first += "!"
        items[0] = .string(first)
        node = Node(.array(items))
        #expect(node[0]?.string == a + "!")
        #expect(node[1]?.string == a)
    }

    /// A shared string outlives the tree it came from, and trees sharing strings
    /// are torn down in any order (the table holds strings without owning them).
    @Test func sharedStringsOutliveTheirTree() throws {
        let a = "a-string-longer-than-fifteen-bytes"
        var kept: [String] = []
        var trees: [Node] = []
        for round in 0..<50 {
            let tree = try parse("{\"\(a)\":[\"\(a)\",\"\(a)\"],\"k\":\"\(a)\"}")
            if let s = tree["k"]?.string { kept.append(s) }
            if round % 3 == 0 { trees.append(tree) }
            if round % 5 == 0, !trees.isEmpty { trees.removeFirst() }
        }
        trees.removeAll()
        #expect(kept.count == 50)
        #expect(kept.allSatisfy { $0 == a })
    }

    /// Plain ASCII strings take an inlined path; at the length limit, and past it
    /// (where the general path reports the error), both agree with the limit.
    @Test func plainStringsAtTheLengthLimit() throws {
        var limits = DocumentLimits.default
        limits.maxStringBytes = 20
        for count in [0, 15, 16, 19, 20] {
            let text = String(repeating: "k", count: count)
            let node = try JSONParser.parse(Array("{\"\(text)\":\"\(text)\"}".utf8), limits: limits)
            #expect(node.keys == [text])
            #expect(node[text]?.string == text)
        }
        for json in ["{\"k\": \"\(String(repeating: "v", count: 21))\"}", "{\"\(String(repeating: "k", count: 21))\": 1}",
                     "{\"k\": \"\(String(repeating: "é", count: 11))\"}"] {
            let e = try #require(throws: DocumentError.self) { try JSONParser.parse(Array(json.utf8), source: "s", limits: limits) }
            #expect(e.message == "string of more than 20 bytes (maxStringBytes)")
            #expect(e.position == SourcePosition(line: 1, column: json.hasPrefix("{\"k\"") ? 7 : 2))
        }
    }
}
