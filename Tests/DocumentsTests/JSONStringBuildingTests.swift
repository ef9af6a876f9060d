import Testing
@testable import Documents

/// How the parser builds strings: short ASCII straight from its bytes (`SmallASCII`),
/// long ASCII without re-validation. Each must give exactly the string the stdlib would.
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
}
