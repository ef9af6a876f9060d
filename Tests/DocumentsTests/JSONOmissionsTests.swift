import TestSupport
import Testing
@testable import Documents

/// `JSONParser.parse(_:omitting:)` checks omitted members as JSON but leaves them out of
/// the tree. Everything else must come out as from the full parse, and a body must be
/// accepted or refused as by the full parse, with the same error, except for duplicate
/// keys inside an omitted value.
@Suite struct JSONOmissionsTests {
    static let omissions = JSONOmissions(within: [
        "request": JSONOmissions(omit: ["resource", "requestKind", "options"],
                                 within: ["userInfo": JSONOmissions(omit: ["extra"])]),
    ])

    static let review = """
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"705ab4f5-6393-11e8",\
        "kind":{"group":"external-secrets.io","version":"v1","kind":"ClusterSecretStore"},\
        "resource":{"group":"external-secrets.io","version":"v1","resource":"clustersecretstores"},\
        "requestKind":{"group":"external-secrets.io","version":"v1","kind":"ClusterSecretStore"},\
        "name":"shared","operation":"CREATE","userInfo":{"username":"admin","groups":["system:masters"],\
        "extra":{"scopes":["a","b\\u00e9"],"n":[1,-2.5e3,true,false,null,{}]}},\
        "object":{"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","metadata":{"name":"shared"},\
        "spec":{"conditions":[{"namespaces":["myapp"]}],"provider":{"aws":{"region":"eu-west-1"}}}},\
        "oldObject":null,"dryRun":false,"options":{"apiVersion":"meta.k8s.io/v1","kind":"CreateOptions","x":[[[]]]}}}
        """

    func parse(_ text: String, omitting: JSONOmissions? = Self.omissions,
               limits: DocumentLimits = .default) -> Result<Node, DocumentError> {
        do throws(DocumentError) {
            return .success(try JSONParser.parse(Array(text.utf8), source: "r.json", limits: limits, omitting: omitting))
        } catch {
            return .failure(error)
        }
    }

    /// The full tree without what `omissions` names: what the omitting parse must give.
    static func strip(_ node: Node, _ omissions: JSONOmissions) -> Node {
        guard case .object(let members) = node.value else { return node }
        var kept: [Member] = []
        for m in members {
            guard let e = omissions.entries.firstIndex(where: { $0.key == m.key }) else { kept.append(m); continue }
            guard let nested = omissions.entries[e].nested else { continue }
            kept.append(Member(key: m.key, keyPosition: m.keyPosition, value: strip(m.value, nested)))
        }
        return Node(.object(kept), at: node.position)
    }

    @Test func omittedMembersAreLeftOut() throws {
        let node = try parse(Self.review).get()
        let request = try #require(node["request"])
        #expect(request.keys == ["uid", "kind", "name", "operation", "userInfo", "object", "oldObject", "dryRun"])
        #expect(request["userInfo"]?.keys == ["username", "groups"])
        #expect(request["kind"]?["kind"]?.string == "ClusterSecretStore")
        let full = try parse(Self.review, omitting: nil).get()
        #expect(node == Self.strip(full, Self.omissions))
        // Kept nodes keep their positions.
        #expect(request["object"]?["spec"]?.position == full["request"]?["object"]?["spec"]?.position)
        #expect(request["dryRun"]?.position == full["request"]?["dryRun"]?.position)
        // Omissions apply at their path only: a `resource` key elsewhere stays.
        let other = try parse(#"{"resource":1,"request":{"object":{"resource":2}}}"#).get()
        #expect(other["resource"]?.int == 1)
        #expect(other["request"]?["object"]?["resource"]?.int == 2)
        // A path whose value is not an object is kept as it is.
        #expect(try parse(#"{"request":[{"resource":1}]}"#).get()["request"]?[0]?["resource"]?.int == 1)
        #expect(try parse(#"{"request":{"userInfo":"x","options":7}}"#).get()["request"]?.keys == ["userInfo"])
    }

    @Test func aRepeatedOmittedKeyIsADuplicate() throws {
        let e = try #require(parse(#"{"request":{"options":{},"uid":"u","options":[]}}"#).failure)
        #expect(e.message == #"duplicate key "options" in object"#)
        #expect(e.position == SourcePosition(line: 1, column: 36))  // the second key
        // Escaped keys have no print and are compared as strings.
        #expect(parse(#"{"request":{"options":{},"opti\u006fns":1}}"#).failure?.message == #"duplicate key "options" in object"#)
        #expect(try parse(#"{"request":{"opti\u006fns":{"a":1}}}"#).get()["request"]?.keys == [])
        // Inside an omitted value, duplicates are not looked for: nothing reads them.
        #expect(try parse(#"{"request":{"options":{"a":1,"a":2}}}"#).get()["request"]?.keys == [])
        #expect(parse(#"{"request":{"object":{"a":1,"a":2}}}"#).failure?.message.hasPrefix("duplicate key") == true)
    }

    /// Long strings in omitted members are not kept in the tree, so they must not be shared
    /// with equal strings that are (the parse's string table holds strings it does not own):
    /// an omitted non-ASCII value and an omitted long key, each repeated in a kept value.
    @Test func omittedLongStringsAreNotShared() throws {
        let omissions = JSONOmissions(omit: ["requestSubResource", "options"])
        let name = "external-secretsÖo-and-more"
        for _ in 0..<50 {
            let text = #"{"options":{"g":"\#(name)","k":"requestSubResource"},"requestSubResource":1,"#
                + #""a":"\#(name)","b":"requestSubResource","c":["\#(name)","requestSubResource"]}"#
            let node = try JSONParser.parse(Array(text.utf8), omitting: omissions)
            #expect(node.keys == ["a", "b", "c"])
            #expect(node["a"]?.string == name)
            #expect(node["b"]?.string == "requestSubResource")
            #expect(node["c"]?.array?.compactMap(\.string) == [name, "requestSubResource"])
        }
    }

    /// Omitted values are not built, so they do not count against maxNodes; built ones do.
    @Test func onlyBuiltValuesCountAgainstMaxNodes() throws {
        let full = try parse(Self.review).get()
        func count(_ n: Node) -> Int {
            switch n.value {
            case .array(let items): return 1 + items.reduce(0) { $0 + count($1) }
            case .object(let members): return 1 + members.reduce(0) { $0 + count($1.value) }
            default: return 1
            }
        }
        let built = count(full)
        #expect(built < count(try parse(Self.review, omitting: nil).get()))
        #expect(throws: Never.self) { try parse(Self.review, limits: DocumentLimits(maxNodes: built)).get() }
        let over = parse(Self.review, limits: DocumentLimits(maxNodes: built - 1))
        #expect(throws: DocumentError.self) { try over.get() }
    }

    /// Limits and encoding rules hold inside omitted values, with the full parse's errors.
    @Test func omittedValuesAreStillChecked() throws {
        let limits = DocumentLimits(maxDepth: 4, maxStringBytes: 8)
        let cases = [
            #"{"request":{"options":[[[[]]]]}}"#,           // too deep
            #"{"request":{"options":"123456789"}}"#,        // string too long
            #"{"request":{"options":123456789}}"#,          // number too long
            "{\"request\":{\"options\":\"\u{1}\"}}",        // control character
            #"{"request":{"options":"\x"}}"#,               // bad escape
            #"{"request":{"options":"\ud800"}}"#,           // lone surrogate
            #"{"request":{"options":01}}"#,                 // leading zero
            #"{"request":{"options":tru}}"#,                // bad literal
            #"{"request":{"options":{"a" 1}}}"#,            // missing colon
            #"{"request":{"options":{1:2}}}"#,              // key not a string
            #"{"request":{"options":[1 2]}}"#,              // missing comma
            #"{"request":{"options":[1,]}}"#,               // trailing comma
            #"{"request":{"options":{"a":1,}}}"#,           // trailing comma
            #"{"request":{"options":"abc"#,                 // unterminated string
            #"{"request":{"options":"#,                     // no value
        ]
        for text in cases {
            let full = try #require(parse(text, omitting: nil, limits: limits).failure, "\(text)")
            let omitted = try #require(parse(text, limits: limits).failure, "\(text)")
            #expect(omitted.message == full.message, "\(text)")
            #expect(omitted.position == full.position, "\(text)")
        }
        var bytes = Array(#"{"request":{"options":"ab"}}"#.utf8)
        bytes[24] = 0xC3  // a lead byte with no continuation
        #expect(throws: DocumentError.self) { try JSONParser.parse(bytes, omitting: Self.omissions) }
        // Non-ASCII inside an omitted value still counts columns in characters.
        let e = try #require(parse("{\"request\":{\"options\":\"éé\"}, x}").failure)
        #expect(e.position == SourcePosition(line: 1, column: 30))
    }

    /// Thousands of corruptions of a review: the omitting parse agrees with the full one.
    @Test func agreesWithTheFullParseOnCorruptedInput() throws {
        let original = Array(Self.review.utf8)
        let alphabet = Array(#"{}[]:,"\ u0aé1-.eE"#.utf8) + [0x0A, 0x00, 0xFF]
        var rng = SplitMix(seed: 0x5EED)
        var accepted = 0, refused = 0
        for _ in 0..<4000 {
            var bytes = original
            for _ in 0..<(1 + rng.next(3)) {
                let at = rng.next(bytes.count)
                switch rng.next(4) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(alphabet[rng.next(alphabet.count)], at: at)
                case 2: bytes[at] = alphabet[rng.next(alphabet.count)]
                default:
                    let end = min(bytes.count, at + rng.next(40))
                    bytes.insert(contentsOf: bytes[at..<end], at: rng.next(bytes.count))
                }
            }
            let full: Result<Node, DocumentError>
            do throws(DocumentError) { full = .success(try JSONParser.parse(bytes)) } catch { full = .failure(error) }
            let omitted: Result<Node, DocumentError>
            do throws(DocumentError) { omitted = .success(try JSONParser.parse(bytes, omitting: Self.omissions)) } catch { omitted = .failure(error) }
            switch (full, omitted) {
            case (.success(let f), .success(let o)):
                accepted += 1
                #expect(o == Self.strip(f, Self.omissions))
            case (.success, .failure(let e)):
                Issue.record("omitting parse refused what the full parse accepts: \(e)")
            case (.failure(let f), let o):
                refused += 1
                guard !f.message.hasPrefix("duplicate key") else { continue }
                #expect(o.failure?.message == f.message)
                #expect(o.failure?.position == f.position)
            }
        }
        // Both outcomes are exercised, not one only.
        #expect(accepted > 100 && refused > 1000, "accepted \(accepted), refused \(refused)")
    }
}

extension Result {
    var failure: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
