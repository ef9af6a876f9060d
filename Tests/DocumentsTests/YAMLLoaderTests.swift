import Testing
@testable import Documents

@Suite struct YAMLLoaderTests {
    func root(_ yaml: String) throws -> Node {
        let docs = try YAMLLoader.load(yaml)
        return try #require(docs.first).root
    }

    @Test func blockAndFlowStyles() throws {
        let node = try root("""
        kind: ExternalSecret
        spec:
          data: [a, {b: 1}]
          list:
            - x
            - w: z
        """)
        #expect(node["kind"]?.string == "ExternalSecret")
        #expect(node[path: "spec", "data"]?[0]?.string == "a")
        #expect(node[path: "spec", "data"]?[1]?["b"]?.int == 1)
        #expect(node[path: "spec", "list"]?[1]?["w"]?.string == "z")
    }

    @Test func positionsOfNodesAndKeys() throws {
        let node = try root("# comment\nmetadata:\n  name: x\n  labels: {a: b}\n")
        let metadata = try #require(node.members?.first)
        #expect(metadata.keyPosition == SourcePosition(line: 2, column: 1))
        #expect(node[path: "metadata", "name"]?.position == SourcePosition(line: 3, column: 9))
        #expect(node[path: "metadata"]?.members?[1].keyPosition == SourcePosition(line: 4, column: 3))
        #expect(node[path: "metadata", "labels", "a"]?.position == SourcePosition(line: 4, column: 15))
    }

    @Test func multiDocumentStreamsSkipEmptyDocuments() throws {
        let docs = try YAMLLoader.load("---\n# only a comment\n---\na: 1\n---\n---\nb: 2\n...\n", source: "f.yaml")
        #expect(docs.count == 2)
        #expect(docs.map(\.index) == [0, 1])
        #expect(docs[1].root["b"]?.int == 2)
        #expect(docs[1].source == "f.yaml")
        #expect(try YAMLLoader.load("").isEmpty)
        #expect(try YAMLLoader.load("# nothing\n").isEmpty)
        // An explicit null is content, not an empty document.
        #expect(try YAMLLoader.load("--- null\n").first?.root.isNull == true)
    }

    /// go-yaml v2 (sigs.k8s.io/yaml) resolution of plain scalars.
    @Test(arguments: [
        ("yes", Value.bool(true)), ("Yes", .bool(true)), ("YES", .bool(true)), ("y", .bool(true)), ("Y", .bool(true)),
        ("on", .bool(true)), ("On", .bool(true)), ("ON", .bool(true)), ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("no", .bool(false)), ("No", .bool(false)), ("NO", .bool(false)), ("n", .bool(false)), ("N", .bool(false)),
        ("off", .bool(false)), ("Off", .bool(false)), ("OFF", .bool(false)), ("false", .bool(false)), ("FALSE", .bool(false)),
        ("yEs", .string("yEs")), ("oN", .string("oN")), ("tRUE", .string("tRUE")),
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("nULL", .string("nULL")),
        ("0777", .number(Number(literal: "511"))), ("-0777", .number(Number(literal: "-511"))),
        ("0x1F", .number(Number(literal: "31"))), ("0X1f", .number(Number(literal: "31"))),
        ("0b101", .number(Number(literal: "5"))), ("0o17", .number(Number(literal: "15"))),
        ("1_000", .number(Number(literal: "1000"))), ("+12", .number(Number(literal: "12"))),
        ("-0", .number(Number(literal: "0"))), ("0", .number(Number(literal: "0"))),
        ("18446744073709551615", .number(Number(literal: "18446744073709551615"))),
        ("-9223372036854775808", .number(Number(literal: "-9223372036854775808"))),
        ("+18446744073709551615", .number(Number(literal: "18446744073709552000"))),
        ("-9223372036854775809", .number(Number(literal: "-9223372036854776000"))),
        ("08", .number(Number(literal: "8"))), ("1.0", .number(Number(literal: "1"))),
        ("1.5", .number(Number(literal: "1.5"))), (".5", .number(Number(literal: "0.5"))),
        ("1e3", .number(Number(literal: "1000"))), ("1.", .number(Number(literal: "1"))),
        ("-1.5e-7", .number(Number(literal: "-1.5e-7"))), ("1e21", .number(Number(literal: "1e+21"))),
        ("1_000.5", .number(Number(literal: "1000.5"))),
        ("1e400", .string("1e400")), ("0x", .string("0x")), ("1.2.3", .string("1.2.3")),
        ("2001-12-14", .string("2001-12-14")), ("--", .string("--")), ("-x", .string("-x")), ("0b", .string("0b")),
        ("12:30", .string("12:30")), ("v1", .string("v1")), ("1Gi", .string("1Gi")), ("<<", .string("<<")),
        (".", .string(".")), ("e3", .string("e3")),
    ])
    func yaml11Scalars(text: String, expected: Value) throws {
        #expect(try root("v: \(text)")["v"]?.value == expected, "\(text)")
    }

    @Test func emptyValueIsNull() throws {
        #expect(try root("v:\n")["v"]?.isNull == true)
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        let node = try root("a: 'yes'\nb: \"0777\"\nc: |\n  on\nd: >-\n  null\n")
        #expect(node["a"]?.string == "yes")
        #expect(node["b"]?.string == "0777")
        #expect(node["c"]?.string == "on\n")
        #expect(node["d"]?.string == "null")
    }

    @Test func tags() throws {
        let node = try root("a: !!str yes\nb: !!int \"12\"\nc: !custom 0777\nd: !!float 1\ne: !!bool 'on'\nf: ! 12\ng: !!null ''\n")
        #expect(node["a"]?.string == "yes")
        #expect(node["b"]?.int == 12)
        #expect(node["c"]?.string == "0777")
        #expect(node["d"]?.number?.literal == "1")
        #expect(node["e"]?.bool == true)
        #expect(node["f"]?.string == "12")
        #expect(node["g"]?.isNull == true)
        #expect(throws: DocumentError.self) { try root("a: !!int abc") }
    }

    /// `!!binary` is decoded, as go-yaml v2 (and so kubectl) does; invalid base64 is an error there too.
    @Test func binaryScalarsAreDecoded() throws {
        let node = try root("a: !!binary aGVsbG8=\nb: !!binary |\n  aGVs\n  bG8=\nc: !!binary ''\n")
        #expect(node["a"]?.string == "hello")
        #expect(node["b"]?.string == "hello")
        #expect(node["c"]?.string == "")
        for bad in ["a: !!binary \"not base64 !!!\"", "a: !!binary aGVsbG8", "a: !!binary aGVs=bG8=", "a: !!binary ===="] {
            let e = try #require(throws: DocumentError.self, "\(bad)") { try root(bad) }
            #expect(e.message == "!!binary value contains invalid base64 data")
        }
    }

    @Test func infinityIsAnError() throws {
        let e = try #require(throws: DocumentError.self) { try root("a: .inf") }
        #expect(e.message.contains("cannot be represented in JSON"))
        #expect(try root("a: '.inf'")["a"]?.string == ".inf")
    }

    @Test func nonStringKeysBecomeStrings() throws {
        let node = try root("1: a\ntrue: b\n0x10: d\n1.5: e\n1e6: f\n100000.5: g\n0.00001: h\n1e3: i\n")
        // Float keys as sigs.k8s.io/yaml prints them (Go's %g).
        #expect(node.keys == ["1", "true", "16", "1.5", "1e+06", "100000.5", "1e-05", "1000"])
        // Values keep JSON number form.
        #expect(try root("v: 1e6")["v"]?.number?.literal == "1000000")
        let e = try #require(throws: DocumentError.self) { try root("a: 1\n~: c\n") }
        #expect(e.message.contains("null mapping key"))
        #expect(e.position == SourcePosition(line: 2, column: 1))
        #expect(try root("'~': c\n").keys == ["~"])
        // As sigs.k8s.io/yaml does: a plain `y` or `on` key is the boolean true.
        #expect(try root("y: 1\noff: 2\n").keys == ["true", "false"])
        #expect(throws: DocumentError.self) { try root("? [a]\n: b\n") }
    }

    @Test func anchorsAndAliasesAreExpanded() throws {
        let node = try root("base: &b {x: 1, y: [1, 2]}\ncopy: *b\nname: &n hello\nagain: *n\n")
        #expect(node["copy"] == node["base"])
        #expect(node["again"]?.string == "hello")
        #expect(node["copy"]?.position == SourcePosition(line: 2, column: 7))
        let e = try #require(throws: DocumentError.self) { try root("a: *missing") }
        #expect(e.message.contains("missing"))
        // An alias inside its own anchor's node is not yet defined: no cycles.
        #expect(throws: DocumentError.self) { try root("a: &x [1, *x]") }
        // Anchors do not leak from one document into the next.
        #expect(throws: DocumentError.self) { try YAMLLoader.load("a: &x 1\n---\nb: *x\n") }
        // Aliases as keys, and an anchor redefined later takes the new value.
        let keys = try root("- &k name\n- {*k : v}\n- &k other\n- *k\n")
        #expect(keys[1]?["name"]?.string == "v")
        #expect(keys[3]?.string == "other")
    }

    @Test func mergeKeys() throws {
        let node = try root("""
        base: &base {a: 1, b: 2}
        more: &more {b: 3, c: 4}
        one:
          <<: *base
          b: 9
        many:
          <<: [*base, *more]
          d: 5
        """)
        #expect(node["one"]?.keys == ["a", "b"])
        #expect(node[path: "one", "b"]?.int == 9)
        #expect(node["many"]?.keys == ["a", "b", "c", "d"])
        #expect(node[path: "many", "b"]?.int == 2)
        #expect(throws: DocumentError.self) { try root("a:\n  <<: 1\n") }
        // As in go-yaml v2 (sigs.k8s.io/yaml): entries apply in order, so a merge
        // after an explicit key overrides it.
        let late = try root("x: {a: 1, <<: {a: 2, b: 3}, b: 4}")
        #expect(late[path: "x", "a"]?.int == 2)
        #expect(late[path: "x", "b"]?.int == 4)
        #expect(late["x"]?.keys == ["a", "b"])
        // A quoted "<<" is an ordinary key.
        #expect(try root("'<<': 1")["<<"]?.int == 1)
    }

    @Test func duplicateKeysAreErrors() throws {
        let e = try #require(throws: DocumentError.self) { try root("a: 1\nb: 2\na: 3\n") }
        #expect(e.position == SourcePosition(line: 3, column: 1))
        #expect(e.message.contains("\"a\""))
        // Large mappings use a set; duplicates are still found, distinct keys still load.
        let many = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
        #expect(try root(many).keys.count == 40)
        let e2 = try #require(throws: DocumentError.self) { try root(many + "\nk3: x\n") }
        #expect(e2.message.contains("\"k3\""))
        #expect(e2.position.line == 41)
    }

    @Test func syntaxErrorsArePositioned() throws {
        let e = try #require(throws: DocumentError.self) { try YAMLLoader.load("a: b\n  c: d\n", source: "m.yaml") }
        #expect(e.position.line == 2)
        #expect(e.description.hasPrefix("m.yaml:2:"))
        let e2 = try #require(throws: DocumentError.self) { try YAMLLoader.load("a: [1, 2\n") }
        #expect(e2.position.isKnown)
        #expect(!e2.message.isEmpty)
        let e3 = try #require(throws: DocumentError.self) { try YAMLLoader.load("{% raw %}\napiVersion: v1\n") }
        #expect(e3.position == SourcePosition(line: 1, column: 2))
        #expect(e3.message.contains("template marker"))
    }

    @Test func invalidUTF8IsAnError() throws {
        let bytes: [UInt8] = Array("a: 1\nbé: ".utf8) + [0xFF, 0xFE, 0x41] + [0x0A]
        let e = try #require(throws: DocumentError.self) { try YAMLLoader.load(bytes) }
        #expect(e.position == SourcePosition(line: 2, column: 5))
        #expect(e.message.contains("UTF-8"))
    }

    @Test func billionLaughsHitsTheNodeLimit() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let start = ContinuousClock.now
        let e = try #require(throws: DocumentError.self) { try YAMLLoader.load(yaml) }
        #expect(e.message.contains("maxNodes"))
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func limits() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let e = try #require(throws: DocumentError.self) { try YAMLLoader.load(deep) }
        #expect(e.message.contains("maxDepth"))
        let small = DocumentLimits(maxBytes: 10)
        #expect(throws: DocumentError.self) { try YAMLLoader.load("a: 123456789012", limits: small) }
        let strings = DocumentLimits(maxStringBytes: 4)
        let e2 = try #require(throws: DocumentError.self) { try YAMLLoader.load("a: hello", limits: strings) }
        #expect(e2.message.contains("maxStringBytes"))
        let docs = DocumentLimits(maxDocuments: 2)
        let e3 = try #require(throws: DocumentError.self) { try YAMLLoader.load("a: 1\n---\nb: 1\n---\nc: 1\n", limits: docs) }
        #expect(e3.message.contains("maxDocuments"))
        // Distinct anchors per document: redefinitions replace, and each document starts afresh.
        let anchors = DocumentLimits(maxAnchors: 2)
        let e4 = try #require(throws: DocumentError.self) { try YAMLLoader.load("a: &x 1\nb: &y [2]\nc: &z {d: 3}\n", limits: anchors) }
        #expect(e4.message == "more than 2 anchors in one document (maxAnchors)")
        #expect(e4.position.line == 3)
        let reused = try YAMLLoader.load("a: &x 1\nb: &y 2\nc: &x 3\nd: *x\n---\ne: &z 4\nf: &w 5\n", limits: anchors)
        #expect(reused.first?.root["d"]?.int == 3)
        #expect(reused.count == 2)
    }

    @Test func hugeScalarsLoadWithinTheLimit() throws {
        let big = String(repeating: "abcdé ", count: 200_000)
        let node = try root("k: \"\(big)\"\nb: |\n  \(big)\n")
        // Compared as booleans so a failure does not print megabytes.
        let quotedSame = node["k"]?.string == big
        let blockSame = node["b"]?.string == big + "\n"
        #expect(quotedSame)
        #expect(blockSame)
    }

    @Test func truncatedInput() throws {
        for text in ["a: \"unterminated", "a: [1, {b: ", "- &x\n- *", "key: |\n  ok\n bad: ["] {
            #expect(throws: DocumentError.self) { try YAMLLoader.load(text) }
        }
    }
}
