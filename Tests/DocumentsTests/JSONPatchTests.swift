import Testing
@testable import Documents

@Suite struct JSONPointerTests {
    let doc = try! JSONParser.parse(#"{"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8}"#)

    /// RFC 6901 section 5.
    @Test func rfcExamples() throws {
        #expect(try JSONPointer(parsing: "").resolve(in: doc) == doc)
        #expect(try JSONPointer(parsing: "/foo").resolve(in: doc) == Node.array([.string("bar"), .string("baz")]))
        #expect(try JSONPointer(parsing: "/foo/0").resolve(in: doc).string == "bar")
        let expected: [(String, Int)] = [("/", 0), ("/a~1b", 1), ("/c%d", 2), ("/e^f", 3), ("/g|h", 4),
                                         ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8)]
        for (text, value) in expected {
            #expect(try JSONPointer(parsing: text).resolve(in: doc).int == value, "\(text)")
        }
    }

    @Test func escapingRoundTrips() throws {
        let p = JSONPointer(tokens: ["metadata", "annotations", "example.com/a~b"])
        #expect(p.description == "/metadata/annotations/example.com~1a~0b")
        #expect(try JSONPointer(parsing: p.description) == p)
        #expect(JSONPointer.escape("~/") == "~0~1")
        #expect(JSONPointer("/a/0").tokens == ["a", "0"])
    }

    @Test func errors() throws {
        #expect(throws: JSONPatchError.self) { try JSONPointer(parsing: "foo") }
        #expect(throws: JSONPatchError.self) { try JSONPointer(parsing: "/a~2") }
        #expect(throws: JSONPatchError.self) { try JSONPointer(parsing: "/a~") }
        let missing = try #require(throws: JSONPatchError.self) { try JSONPointer(parsing: "/nope").resolve(in: doc) }
        #expect(missing.message.contains("no member \"nope\""))
        for bad in ["/foo/2", "/foo/01", "/foo/-", "/foo/x", "/foo/-1", "/foo/0/x"] {
            #expect(throws: JSONPatchError.self, "\(bad)") { try JSONPointer(parsing: bad).resolve(in: doc) }
        }
    }
}

@Suite struct JSONPatchTests {
    func json(_ s: String) throws -> Node { try JSONParser.parse(s) }

    func check(_ doc: String, _ patch: String, _ expected: String) throws {
        let result = try JSONPatch.parse(Array(patch.utf8)).apply(to: json(doc))
        #expect(JSONPatch.jsonEqual(result, try json(expected)), "\(patch) gave \(result)")
    }

    func fails(_ doc: String, _ patch: String) throws -> JSONPatchError {
        try #require(throws: JSONPatchError.self) { try JSONPatch.parse(Array(patch.utf8)).apply(to: json(doc)) }
    }

    /// RFC 6902 appendix A.
    @Test func appendixA() throws {
        try check(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux"}]"#, #"{"baz":"qux","foo":"bar"}"#)   // A.1
        try check(#"{"foo":["bar","baz"]}"#, #"[{"op":"add","path":"/foo/1","value":"qux"}]"#, #"{"foo":["bar","qux","baz"]}"#) // A.2
        try check(#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"remove","path":"/baz"}]"#, #"{"foo":"bar"}"#)                 // A.3
        try check(#"{"foo":["bar","qux","baz"]}"#, #"[{"op":"remove","path":"/foo/1"}]"#, #"{"foo":["bar","baz"]}"#)      // A.4
        try check(#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"replace","path":"/baz","value":"boo"}]"#, #"{"baz":"boo","foo":"bar"}"#) // A.5
        try check(#"{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}"#,                                       // A.6
                  #"[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]"#,
                  #"{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}"#)
        try check(#"{"foo":["all","grass","cows","eat"]}"#, #"[{"op":"move","from":"/foo/1","path":"/foo/3"}]"#,         // A.7
                  #"{"foo":["all","cows","eat","grass"]}"#)
        try check(#"{"baz":"qux","foo":["a",2,"c"]}"#,                                                                     // A.8
                  #"[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]"#,
                  #"{"baz":"qux","foo":["a",2,"c"]}"#)
        let a9 = try fails(#"{"baz":"qux"}"#, #"[{"op":"test","path":"/baz","value":"bar"}]"#)                            // A.9
        #expect(a9.message.contains("test failed"))
        #expect(a9.operationIndex == 0)
        try check(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/child","value":{"grandchild":{}}}]"#,                        // A.10
                  #"{"foo":"bar","child":{"grandchild":{}}}"#)
        try check(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux","xyz":123}]"#, #"{"foo":"bar","baz":"qux"}"#) // A.11
        let a12 = try fails(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz/bat","value":"qux"}]"#)                       // A.12
        #expect(a12.message.contains("/baz does not exist"))
        try check(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux"}]"#, #"{"foo":"bar","baz":"qux"}"#)
        // A.13: an operation object with two "op" members is invalid JSON for us (duplicate key).
        let a13 = try #require(throws: JSONPatchError.self) {
            try JSONPatch.parse(Array(#"[{"op":"add","path":"/baz","value":"qux","op":"remove"}]"#.utf8))
        }
        #expect(a13.message.contains("duplicate key \"op\""))
        try check(#"{"/":9,"~1":10}"#, #"[{"op":"test","path":"/~01","value":10}]"#, #"{"/":9,"~1":10}"#)                  // A.14
        _ = try fails(#"{"/":9,"~1":10}"#, #"[{"op":"test","path":"/~01","value":"10"}]"#)                                 // A.15
        try check(#"{"foo":["bar"]}"#, #"[{"op":"add","path":"/foo/-","value":["abc","def"]}]"#,                           // A.16
                  #"{"foo":["bar",["abc","def"]]}"#)
    }

    @Test func moreOperationsAndErrors() throws {
        try check(#"{"a":{"b":1}}"#, #"[{"op":"copy","from":"/a","path":"/c"}]"#, #"{"a":{"b":1},"c":{"b":1}}"#)
        try check(#"{"a":1}"#, #"[{"op":"replace","path":"","value":[1]}]"#, #"[1]"#)
        try check(#"{"a":1}"#, #"[{"op":"add","path":"","value":2}]"#, #"2"#)
        try check(#"{"a":{"b":1}}"#, #"[{"op":"test","path":"/a","value":{"b":1.0}}]"#, #"{"a":{"b":1}}"#)
        #expect(try fails(#"{"a":{}}"#, #"[{"op":"move","from":"/a","path":"/a/b"}]"#).message.contains("own child"))
        #expect(try fails(#"{}"#, #"[{"op":"remove","path":"/x"}]"#).message.contains("no member"))
        #expect(try fails(#"{}"#, #"[{"op":"replace","path":"/x","value":1}]"#).message.contains("no member"))
        #expect(try fails(#"[1]"#, #"[{"op":"add","path":"/2","value":1}]"#).message.contains("out of bounds"))
        #expect(try fails(#"{"a":1}"#, #"[{"op":"add","path":"/a/b","value":1}]"#).message.contains("number"))
        #expect(try fails(#"{}"#, #"[{"op":"frob","path":"/x"}]"#).message.contains("unknown op"))
        #expect(try fails(#"{}"#, #"[{"op":"add","path":"/x"}]"#).message.contains("\"value\""))
        #expect(try fails(#"{}"#, #"{"op":"add"}"#).message.contains("must be an array"))
        let second = try fails(#"{}"#, #"[{"op":"add","path":"/x","value":1},{"op":"remove","path":"/y"}]"#)
        #expect(second.operationIndex == 1)
        #expect(second.description.hasPrefix("patch operation 1:"))
    }

    @Test func encodesOperationsForAdmissionResponses() throws {
        let patch = JSONPatch([
            .add(path: "/metadata/labels/app.kubernetes.io~1managed-by", value: .string("esoguard")),
            .remove(path: "/spec/x"),
            .replace(path: "/spec/refreshInterval", value: .string("1h")),
            .move(from: "/a", path: "/b"), .copy(from: "/a", path: "/c"), .test(path: "/d", value: .int(1)),
        ])
        let text = String(decoding: patch.encoded(), as: UTF8.self)
        #expect(text == #"[{"op":"add","path":"/metadata/labels/app.kubernetes.io~1managed-by","value":"esoguard"},{"op":"remove","path":"/spec/x"},{"op":"replace","path":"/spec/refreshInterval","value":"1h"},{"op":"move","from":"/a","path":"/b"},{"op":"copy","from":"/a","path":"/c"},{"op":"test","path":"/d","value":1}]"#)
        #expect(try JSONPatch.parse(patch.encoded()) == patch)
    }

    @Test func diffProducesAMinimalPatch() throws {
        let original = try json(#"{"metadata":{"name":"x","labels":{"a":"1","gone":"y"}},"spec":{"list":[1,2],"other":[1],"t":true}}"#)
        var modified = original
        modified["metadata"]?["labels"]?["gone"] = nil
        modified["metadata"]?["labels"]?["a"] = .string("2")
        modified["metadata"]?["annotations"] = .object(["k/v": .string("w")])
        modified["spec"]?["list"] = .array([.int(1), .int(3)])
        modified["spec"]?["other"] = .array([.int(1), .int(2)])
        let patch = JSONPatch.diff(from: original, to: modified)
        #expect(patch.operations == [
            .remove(path: "/metadata/labels/gone"),
            .replace(path: "/metadata/labels/a", value: .string("2")),
            .add(path: "/metadata/annotations", value: .object(["k/v": .string("w")])),
            .replace(path: "/spec/list/1", value: .int(3)),
            .replace(path: "/spec/other", value: .array([.int(1), .int(2)])),
        ])
        #expect(try patch.apply(to: original) == modified)
        #expect(JSONPatch.diff(from: original, to: original).isEmpty)
    }
}
