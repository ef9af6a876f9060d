import Testing
@testable import Documents

/// The duplicate-key check of small objects scans earlier keys only when the bit of
/// the new key's print (`KeyPrint.bit`) is already set or a key has no print; every
/// duplicate must still be found, with the first key's position.
@Suite struct JSONDuplicateKeyTests {
    func failure(_ text: String) throws -> DocumentError {
        try #require(throws: DocumentError.self) { try JSONParser.parse(text, source: "d.json") }
    }

    static let keys = ["a", "b", "ab", "ba", "kind", "name", "uid", "group", "version", "spec",
                       "metadata", "namespace", "serviceAccountRef", "x1", "x2", "y1",
                       "labels", "annotations", "data", "type"]

    /// Each key repeated after each longer run of distinct keys: where the bits
    /// collide and where they do not.
    @Test func everyDuplicateIsFound() throws {
        for count in 1...Self.keys.count {
            let members = Self.keys[0..<count].enumerated().map { "\"\($0.element)\":\($0.offset)" }
            let node = try JSONParser.parse("{" + members.joined(separator: ",") + "}")
            #expect(node.keys == Array(Self.keys[0..<count]))
            for dup in 0..<count {
                let e = try failure("{" + members.joined(separator: ",") + ",\"\(Self.keys[dup])\":0}")
                let column = 2 + members[0..<dup].reduce(0) { $0 + $1.utf8.count + 1 }
                let expected = count < 16
                    ? "duplicate key \"\(Self.keys[dup])\" in object (first at 1:\(column))"
                    : "duplicate key \"\(Self.keys[dup])\" in object"
                #expect(e.message == expected)
            }
        }
    }

    /// Keys without a print (escaped or non-ASCII) are compared as strings, before
    /// and after keys that have one.
    @Test func keysWithoutAPrint() throws {
        #expect(try failure(#"{"x":1,"n\u0061me":2,"y":3,"name":4}"#).message == "duplicate key \"name\" in object (first at 1:8)")
        #expect(try failure(#"{"name":1,"x":2,"n\u0061me":3}"#).message == "duplicate key \"name\" in object (first at 1:2)")
        #expect(try failure("{\"é\":1,\"x\":2,\"e\u{301}\":3}").message.contains("duplicate key"))
        #expect(try failure("{\"\u{212A}\":1,\"a\":2,\"K\":3}").message.contains("duplicate key"))
        let node = try JSONParser.parse(#"{"n\u0061me":1,"namf":2,"é":3,"e":4}"#)
        #expect(node.keys == ["name", "namf", "é", "e"])
    }
}

/// Input quoted in error messages is cut, so a client cannot make an error (and the log line
/// or answer that carries it) megabytes long.
@Suite struct QuotedExcerptTests {
    @Test func shortTextIsQuotedWhole() {
        #expect(quotedExcerpt("admission.k8s.io/v2") == #""admission.k8s.io/v2""#)
        #expect(quotedExcerpt("") == #""""#)
    }

    @Test func longTextIsCutWithItsLength() {
        let long = String(repeating: "ü", count: 100)   // 200 bytes
        #expect(quotedExcerpt(long, limit: 10) == "\"" + String(repeating: "ü", count: 10) + "…\" (200 bytes)")
        #expect(quotedExcerpt(long, limit: 100) == "\"" + long + "\"")
    }

    @Test func duplicateKeyErrorsQuoteAnExcerpt() {
        let key = String(repeating: "k", count: 100_000)
        #expect {
            try JSONParser.parse("{\"\(key)\":1,\"\(key)\":2}")
        } throws: { error in
            let text = "\(error)"
            return text.utf8.count < 300 && text.contains("(100000 bytes)")
        }
    }
}
