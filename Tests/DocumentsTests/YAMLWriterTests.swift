import TestSupport
import Testing
@testable import Documents

@Suite struct YAMLWriterTests {
    func reload(_ node: Node) throws -> Node {
        let text = YAMLWriter.string(node)
        let docs = try YAMLLoader.load(text)
        return try #require(docs.first, "no document in:\n\(text)").root
    }

    @Test func blockStyleOutput() throws {
        let node = try #require(try YAMLLoader.load("""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: db
          labels: {app: web}
        spec:
          data:
            - secretKey: password
              remoteRef: {key: db/creds, property: pw}
          list: [[a, b], []]
          empty: {}
        """).first).root
        #expect(YAMLWriter.string(node) == """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: db
          labels:
            app: web
        spec:
          data:
            - secretKey: password
              remoteRef:
                key: db/creds
                property: pw
          list:
            - - a
              - b
            - []
          empty: {}

        """)
        #expect(try reload(node) == node)
    }

    @Test(arguments: ["yes", "no", "on", "off", "y", "n", "Y", "N", "true", "False", "null", "~", "", "0777", "0x1F",
                      "1.0", "1e3", ".5", "-1", "+1", "1_000", ".inf", "-.Inf", ".nan", "<<", "a: b", "a #b", "#c", "- x",
                      "key:", " lead", "trail ", "[x]", "{x}", "*a", "&a", "!t", "|", ">", "'q'", "\"d\"", "%p", "@a",
                      "`b", "2001-12-14", "12:30", "1Gi", "v1", "ok", "héllo", "tab\there", "ctrl\u{1}x", "\u{85}nel",
                      "a\u{2028}b", "bom\u{FEFF}", "back\\slash", "multi\nline\n", "multi\nline", "trail\n\n",
                      "\n", "  indented\nsecond", "line\n  \nspaces", "x\r\ny", "a,b", "?x", "-", ":", "0", "00",
                      "\u{6EC}", " \u{301}x\nsecond", "a: \u{301}", "a \u{301}#", "x\n \u{301}\n"])
    func stringsRoundTrip(text: String) throws {
        let node = Node.object(["v": .string(text), text: .string("key")])
        let back = try reload(node)
        #expect(back == node, "\(text.debugDescription) → \(YAMLWriter.string(node))")
    }

    @Test func scalarsAndMultiDocuments() throws {
        let docs: [Node] = [
            .object(["b": .bool(true), "n": .null, "i": .int(-12), "f": Node(.number(Number(literal: "1.5")))]),
            .string("just a string"),
            .array([.int(1), .array([]), .object([:])]),
            .string("multi\nline"),
        ]
        let text = YAMLWriter.string(documents: docs)
        #expect(text.hasPrefix("---\n"))
        let back = try YAMLLoader.load(text).map(\.root)
        #expect(back == docs)
    }

    @Test func numbersReadBackAsTheSameLiteral() throws {
        let node = try #require(try YAMLLoader.load("[-.0, -0, 0, 1.5, 1e21, 1.5e-7, 18446744073709551615, 1e20, 0x1F]").first).root
        #expect(node.array?.map { $0.number?.literal ?? "" } == ["-0", "0", "0", "1.5", "1e+21", "1.5e-7", "18446744073709551615", "100000000000000000000", "31"])
        #expect(try reload(node) == node)
    }

    @Test func longKeysUseExplicitForm() throws {
        let key = String(repeating: "k", count: 1500)
        let node = Node.object([key: .object(["a": .int(1)])])
        #expect(try reload(node) == node)
    }

    @Test func randomTreesRoundTrip() throws {
        var rng = SplitMix(seed: 42)
        let alphabet = Array("aZ09 -:#'\"\\\n\t.é😀{}[]!&*?|>%@`,~yesnoYNtrue")
        func randomString() -> String {
            String((0..<rng.next(8)).map { _ in alphabet[rng.next(alphabet.count)] })
        }
        func randomNode(_ depth: Int) -> Node {
            switch rng.next(depth > 3 ? 4 : 6) {
            case 0: return .null
            case 1: return .bool(rng.next(2) == 0)
            case 2: return .int(rng.next(100_000) - 50_000)
            case 3: return .string(randomString())
            case 4: return .array((0..<rng.next(4)).map { _ in randomNode(depth + 1) })
            default:
                var node = Node(.object([]))
                for _ in 0..<rng.next(4) { node[randomString()] = randomNode(depth + 1) }
                return node
            }
        }
        for _ in 0..<300 {
            let node = randomNode(0)
            let text = YAMLWriter.string(node)
            let back = try #require(try YAMLLoader.load(text).first, "\(text)").root
            #expect(back == node, "\(text)")
        }
    }
}
