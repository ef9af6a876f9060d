import Testing
@testable import Documents

/// The parser hands out the vocabulary's own strings for known names (`JSONVocabulary`):
/// the result must be exactly the string the stdlib would build, and only an exact
/// byte match may take the shared one.
@Suite struct JSONVocabularyTests {
    static let names = [
        "admission.k8s.io/v1", "external-secrets.io/v1", "external-secrets.io/v1beta1",
        "ClusterSecretStore", "ClusterExternalSecret", "app.kubernetes.io/managed-by",
        "secretAccessKeySecretRef", String(repeating: "n", count: 16), String(repeating: "n", count: 32),
    ]
    let vocabulary = JSONVocabulary(Self.names)

    func parse(_ text: String) throws -> Node {
        try JSONParser.parse(Array(text.utf8), source: "v.json", vocabulary: vocabulary)
    }

    /// Whether two strings share storage (the same two words), not just compare equal.
    func same(_ a: String, _ b: String) -> Bool { SmallASCII.words(of: a) == SmallASCII.words(of: b) }

    @Test func everyNameIsInTheTable() {
        #expect(vocabulary.entries.count == Self.names.count)
        #expect(Set(vocabulary.entries.map(\.string)) == Set(Self.names))
    }

    /// Without a vocabulary (the default) the same names are built, equal all the same.
    @Test func withoutAVocabularyNamesAreBuilt() throws {
        for name in Self.names {
            let built = try #require(try JSONParser.parse("[\"\(name)\"]", source: "v.json")[0]?.string)
            #expect(built == name)
            #expect(!same(built, name), "\(name) was shared without a vocabulary")
        }
    }

    /// A known name, as a value, an array element or a key, is the vocabulary's string.
    @Test func knownNamesAreShared() throws {
        for name in Self.names {
            let value = try #require(try parse("{\"k\":\"\(name)\"}")["k"]?.string)
            #expect(value == name)
            #expect(Array(value.utf8) == Array(name.utf8))
            #expect(same(value, name), "\(name) was built, not shared")
            let element = try #require(try parse("[1,\"\(name)\"]")[1]?.string)
            #expect(same(element, name))
            let key = try #require(try parse("{\"\(name)\":true}").keys.first)
            #expect(key == name && same(key, name))
        }
    }

    /// Every one-byte change, at every offset, and every length one shorter or longer
    /// gives the text itself, never the name it nearly is.
    @Test func nearMissesAreBuilt() throws {
        for name in Self.names {
            let bytes = Array(name.utf8)
            var variants: [[UInt8]] = [Array(bytes.dropLast()), bytes + [UInt8(ascii: "x")], [UInt8(ascii: "x")] + bytes]
            for i in bytes.indices {
                var changed = bytes
                changed[i] = bytes[i] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
                variants.append(changed)
            }
            for variant in variants {
                let text = String(decoding: variant, as: UTF8.self)
                let parsed = try #require(try parse("[\"\(text)\"]")[0]?.string)
                #expect(Array(parsed.utf8) == variant)
                #expect(parsed != name)
            }
        }
    }

    /// A name spelled with an escape or inside a longer input is the same string.
    @Test func escapedAndEmbeddedNames() throws {
        #expect(try parse(#"["admission.k8s.io\/v1"]"#)[0]?.string == "admission.k8s.io/v1")
        #expect(try parse(#"["external-secrets.io\u002Fv1"]"#)[0]?.string == "external-secrets.io/v1")
        let node = try parse(#"{"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","x":"ClusterSecretStores"}"#)
        #expect(node["apiVersion"]?.string == "external-secrets.io/v1")
        #expect(node["kind"]?.string == "ClusterSecretStore")
        #expect(node["x"]?.string == "ClusterSecretStores")
    }

    /// A full table: strings past the cap, too short, too long or non-ASCII are left
    /// out, probes wrap around the 64 slots, and every kept name is found.
    @Test func fullTable() throws {
        let names = (0..<60).map { "name-\($0)-" + String(repeating: "q", count: $0 % 17) + "-end-of-it" }
            + ["short", String(repeating: "z", count: 33), "é-not-plain-ascii-at-all"]
        let vocabulary = JSONVocabulary(names)
        #expect(vocabulary.entries.count == 48)
        for name in names {
            let bytes = Array(name.utf8)
            let found = bytes.withUnsafeBufferPointer { b -> String? in
                guard b.count >= 16, b.count <= 32 else { return nil }
                return vocabulary.string(b.baseAddress.unsafelyUnwrapped, start: 0, count: b.count)
            }
            let kept = vocabulary.entries.contains { $0.string == name }
            #expect(found == (kept ? name : nil), "\(name)")
        }
    }
}
