import Foundation
import Testing
import TestSupport
@testable import Documents

/// `JSONParser.parse(_:skipping:)`: the same tree as `parse` but for null in the skipped
/// members, and for anything invalid exactly the same error.
@Suite struct JSONSkipPathsTests {
    static let paths = JSONSkipPaths([["request", "resource"], ["request", "options"], ["request", "userInfo", "extra"], ["top"]])

    /// `node` with the skipped members of `paths` set to null (where their values started),
    /// as the skimming parse leaves them.
    func nulled(_ node: Node) -> Node {
        func null(_ n: Node?) -> Node { Node(.null, at: n?.position ?? .unknown) }
        var node = node
        if node["top"] != nil { node["top"] = null(node["top"]) }
        if var request = node["request"], request.isObject {
            for key in ["resource", "options"] where request[key] != nil { request[key] = null(request[key]) }
            if var user = request["userInfo"], user.isObject, user["extra"] != nil {
                user["extra"] = null(user["extra"])
                request["userInfo"] = user
            }
            node["request"] = request
        }
        return node
    }

    /// Positions of every node and key, in document order (Node equality ignores them).
    func positions(_ node: Node) -> [String] {
        var out = ["\(node.position)"]
        switch node.value {
        case .array(let items): for item in items { out += positions(item) }
        case .object(let members):
            for m in members {
                out.append("\(m.key)@\(m.keyPosition)")
                out += positions(m.value)
            }
        default: break
        }
        return out
    }

    @Test(arguments: [
        #"{"apiVersion":"admission.k8s.io/v1","request":{"uid":"u","resource":{"group":"g","version":"v1","resource":"r"},"options":{"apiVersion":"meta.k8s.io/v1","kind":"CreateOptions","nested":[1,-2.5e3,true,false,null,{"a":[]},"é\u00e9\n"]},"userInfo":{"username":"x","extra":{"k":["v"]}},"object":{"metadata":{"name":"n"}}},"top":[{"x":{"y":"z"}}]}"#,
        "{\n  \"request\": {\n    \"resource\": {\n      \"group\": \"héllo wörld\",\n      \"k\": \"v\"\n    },\n    \"after\": \"é\",\n    \"options\": {}\n  },\n  \"z\": 1\n}",
        #"{"request":{"options":[],"resource":"a string","userInfo":null},"top":"x"}"#,
        #"{"other":{"resource":{"kept":true}},"request":[{"resource":1}]}"#,
    ])
    func validInputGivesTheFullTreeWithSkippedMembersNull(_ text: String) throws {
        let full = try JSONParser.parse(text)
        let skimmed = try JSONParser.parse(Array(text.utf8), skipping: Self.paths)
        #expect(skimmed == nulled(full))
        // Every node and key keeps its exact line:column, after skipped members too.
        #expect(positions(skimmed) == positions(nulled(full)))
    }

    @Test(arguments: [
        #"{"request":{"resource":{"a":1,"a":2}}}"#,                 // duplicate key inside a skipped object
        #"{"request":{"resource":{"a":1},"resource":{}}}"#,          // duplicate skipped member
        #"{"request":{"options":{"\u0061":1,"a":2}}}"#,              // escaped duplicate: full comparison
        #"{"request":{"options":{"K":1,"\u212A":2}}}"#,              // canonically equivalent keys
        #"{"request":{"options":["\ud800"]}}"#,                      // lone surrogate
        #"{"request":{"options":[01]}}"#,                            // leading zero
        #"{"request":{"options":[tru]}}"#,
        #"{"request":{"options":{"a":1,}}}"#,
        #"{"request":{"options":{"a" 1}}}"#,
        #"{"request":{"options":[1 2]}}"#,
        #"{"request":{"options":"unterminated}}"#,
        "{\"request\":{\"options\":\"tab\there\"}}",
        "{\"request\":{\"options\":{\"a\":\"\u{7}\"}}}",
        #"{"request":{"options":{}}} trailing"#,
        #"{"request":{"options":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}"#,
    ])
    func invalidInputGivesTheFullParsersError(_ text: String) {
        let full = Result { () throws(DocumentError) -> Node in try JSONParser.parse(text) }
        let skimmed = Result { () throws(DocumentError) -> Node in try JSONParser.parse(Array(text.utf8), skipping: Self.paths) }
        switch (full, skimmed) {
        case (.failure(let a), .failure(let b)):
            #expect(a.description == b.description)
        case (.success(let a), .success(let b)):
            // Canonically equivalent keys are duplicates only if Swift says so; either way both agree.
            #expect(nulled(a) == b)
        default:
            Issue.record("full parse gave \(full), skimming parse gave \(skimmed)")
        }
    }

    @Test func invalidUTF8AndLimitsInsideSkippedMembersMatchToo() {
        var bytes = Array(#"{"request":{"options":{"k":"ab"#.utf8) + [0xC3, 0x28] + Array(#""}}}"#.utf8)
        var limits = DocumentLimits.default
        func same(_ bytes: [UInt8], _ limits: DocumentLimits) {
            let full = Result { () throws(DocumentError) -> Node in try JSONParser.parse(bytes, limits: limits) }
            let skimmed = Result { () throws(DocumentError) -> Node in try JSONParser.parse(bytes, limits: limits, skipping: Self.paths) }
            switch (full, skimmed) {
            case (.failure(let a), .failure(let b)): #expect(a.description == b.description)
            default: Issue.record("expected both to fail: \(full) / \(skimmed)")
            }
        }
        same(bytes, limits)
        bytes = Array(#"{"request":{"options":{"k":"0123456789abcdef"}}}"#.utf8)
        limits.maxStringBytes = 8
        same(bytes, limits)
        limits = .default
        limits.maxDepth = 3
        same(Array(#"{"request":{"options":{"a":{"b":1}}}}"#.utf8), limits)
    }

    /// More keys than the skimming scan compares pairwise: left to the full parse.
    @Test func aSkippedObjectWithManyKeysIsParsedInFull() throws {
        let members = (0..<200).map { "\"key\($0)\":\($0)" }.joined(separator: ",")
        let text = #"{"request":{"options":{"# + members + #"}, "uid":"u"}}"#
        let skimmed = try JSONParser.parse(Array(text.utf8), skipping: Self.paths)
        #expect(skimmed[path: "request", "uid"]?.string == "u")
        // The fallback is the full parse: the member is there in full.
        #expect(skimmed[path: "request", "options"]?.members?.count == 200)
        let duplicate = #"{"request":{"options":{"# + members + #","key7":1}}}"#
        let full = Result { () throws(DocumentError) -> Node in try JSONParser.parse(duplicate) }
        let again = Result { () throws(DocumentError) -> Node in try JSONParser.parse(Array(duplicate.utf8), skipping: Self.paths) }
        if case .failure(let a) = full, case .failure(let b) = again {
            #expect(a.description == b.description)
        } else {
            Issue.record("a duplicate among 200 keys must fail both ways")
        }
    }

    /// The peers' AdmissionReview: everything decode reads is as the full parse has it.
    @Test func theBenchmarkReviewKeepsWhatDecodeReads() throws {
        let bytes = Array(try String(contentsOfFile: Repo.path("bench/reviews/clustersecretstore.json"), encoding: .utf8).utf8)
        let skipping = JSONSkipPaths([["request", "resource"], ["request", "requestKind"], ["request", "requestResource"],
                                      ["request", "options"]])
        let full = try JSONParser.parse(bytes)
        let skimmed = try JSONParser.parse(bytes, skipping: skipping)
        #expect(skimmed[path: "request", "object"] == full[path: "request", "object"])
        #expect(skimmed[path: "request", "uid"] == full[path: "request", "uid"])
        #expect(skimmed[path: "request", "kind"] == full[path: "request", "kind"])
        #expect(skimmed[path: "request", "options"]?.isNull == true)
        #expect(skimmed[path: "request", "resource"]?.isNull == true)
    }
}
