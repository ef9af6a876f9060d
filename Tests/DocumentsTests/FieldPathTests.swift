import Testing
@testable import Documents

@Suite struct FieldPathTests {
    @Test func kubernetesNotation() {
        #expect(FieldPath.key("spec").key("dataFrom").index(1).key("find").description == "spec.dataFrom[1].find")
        #expect(FieldPath.key("metadata").key("annotations").key("a.b/c").description == "metadata.annotations['a.b/c']")
        #expect(FieldPath.key("data").key("it's").description == #"data['it\'s']"#)
        #expect(FieldPath.key("x").key("1abc").description == "x['1abc']")
        #expect(FieldPath.root.description == "")
        #expect(FieldPath.key("spec").keys("provider", "aws").description == "spec.provider.aws")
    }

    @Test func parsingRoundTrips() {
        let paths: [FieldPath] = [
            FieldPath.key("spec").key("dataFrom").index(1).key("find"),
            FieldPath.key("metadata").key("annotations").key("a.b/c"),
            FieldPath.key("data").key("it's \\ ok").index(0).index(2),
        ]
        for p in paths {
            #expect(FieldPath(parsing: p.description) == p, "\(p)")
        }
        let literal: FieldPath = "spec.data[0].remoteRef.key"
        #expect(literal == FieldPath.key("spec").key("data").index(0).key("remoteRef").key("key"))
        #expect(FieldPath(parsing: "a..b") == nil)
        #expect(FieldPath(parsing: "a[x]") == nil)
        #expect(FieldPath(parsing: "a['b'") == nil)
    }

    @Test func lookupAndPositions() throws {
        let node = try #require(try YAMLLoader.load("spec:\n  dataFrom:\n    - extract: {key: a}\n    - find:\n        name: x\n").first?.root)
        let path: FieldPath = "spec.dataFrom[1].find"
        #expect(node[field: path]?.isObject == true)
        #expect(node.position(of: path) == SourcePosition(line: 4, column: 7))
        #expect(node.position(of: "spec.dataFrom[0].extract.key") == SourcePosition(line: 3, column: 17))
        // A missing field points at the deepest ancestor present.
        #expect(node.position(of: "spec.dataFrom[1].find.tags") == SourcePosition(line: 4, column: 7))
        #expect(node.position(of: "spec.dataFrom[5]") == SourcePosition(line: 2, column: 3))
        #expect(path.pointer.description == "/spec/dataFrom/1/find")
    }
}
