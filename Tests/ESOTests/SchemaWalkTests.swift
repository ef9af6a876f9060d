import Documents
@testable import ESO
import Testing

/// The schema walk matches children in place: string leaves are checked without a path
/// step of their own, objects and arrays are entered through their payloads, and paths
/// are rendered from member and item indices only for a finding. Each of those branches
/// must report exactly what a plain recursive walk reports, at the same path.
struct ESOSchemaWalkTests {
    static let schemaText = """
        $\tt=object
         spec\tt=object req=name
          name\tt=string pat=dns1123Label
          plain\tt=string
          count\tt=integer min=1
          port\tt=intstr
          labels\tt=object
           {}\tt=string pat=lowerAlnumDash
          names\tt=array
           []\tt=string pat=dns1123Label
          matrix\tt=array
           []\tt=array
            []\tt=string enum=a|b
          entries\tt=array
           []\tt=object req=key cel=atMostOne:p,q
            key\tt=string minLen=1
            p\tt=string
            q\tt=string
          nested\tt=object
           inner\tt=object
            leaf\tt=string enum=on|off
        """

    func walk(_ yamlText: String) throws -> [String] {
        let schema = try #require(CRDSchema.parse(Self.schemaText))
        return SchemaValidator.validate(try yaml(yamlText), schema: schema).map {
            "\($0.severity) \($0.ruleID) \($0.path) \($0.position): \($0.message)"
        }
    }

    @Test func stringLeavesAreCheckedAtTheirOwnPath() throws {
        let one = try walk("spec: {name: Bad_Name, plain: ANY thing}")
        #expect(one == [
            #"error schema.pattern spec.name 1:14: "Bad_Name" does not match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"#,
        ])
        #expect(try walk("spec: {name: ok, names: [a, B, c, -d]}") == [
            #"error schema.pattern spec.names[1] 1:29: "B" does not match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"#,
            #"error schema.pattern spec.names[3] 1:35: "-d" does not match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"#,
        ])
        #expect(try walk("spec: {name: ok, labels: {good: x, Bad: Y_1}}") == [
            #"error schema.pattern spec.labels[Bad] 1:41: "Y_1" does not match ^[a-z0-9-]+$"#,
        ])
    }

    @Test func nonStringsWhereStringsGoAreTypeErrors() throws {
        #expect(try walk("spec: {name: 12, names: [true, {}], labels: {a: [1]}}") == [
            "error schema.type spec.name 1:14: must be of type string, not number",
            "error schema.type spec.names[0] 1:26: must be of type string, not boolean",
            "error schema.type spec.names[1] 1:32: must be of type string, not object",
            "error schema.type spec.labels[a] 1:49: must be of type string, not array",
        ])
        #expect(try walk("spec: {name: null}") == [
            "error schema.type spec.name 1:14: must be of type string, not null",
        ])
    }

    @Test func intOrStringTakesStringsAndIntegersOnly() throws {
        #expect(try walk("spec: {name: a, port: http}") == [])
        #expect(try walk("spec: {name: a, port: 8080}") == [])
        #expect(try walk("spec: {name: a, port: 1.5}") == [
            "error schema.type spec.port 1:23: must be of type integer or string, not number",
        ])
        #expect(try walk("spec: {name: a, port: true}") == [
            "error schema.type spec.port 1:23: must be of type integer or string, not boolean",
        ])
        #expect(try walk("spec: {name: a, port: {x: 1}}") == [
            "error schema.type spec.port 1:23: must be of type integer or string, not object",
        ])
        #expect(try walk("spec: {name: a, count: 0, plain: 3}") == [
            "error schema.minimum spec.count 1:24: must be greater than or equal to 1",
            "error schema.type spec.plain 1:34: must be of type string, not number",
        ])
    }

    @Test func objectsAndArraysAreEnteredThroughTheirPayloads() throws {
        let found = try walk("""
            spec:
              name: a
              matrix: [[a, c], [b, {}], x]
              entries:
                - {key: k, p: 1, q: 2}
                - {p: a}
                - 7
              nested: {inner: {leaf: dim}, other: 1}
            """)
        #expect(found == [
            #"error schema.enum spec.matrix[0][1] 3:16: unsupported value "c""#,
            "error schema.type spec.matrix[1][1] 3:24: must be of type string, not object",
            "error schema.type spec.matrix[2] 3:29: must be of type array, not string",
            "error schema.type spec.entries[0].p 5:19: must be of type string, not number",
            "error schema.type spec.entries[0].q 5:25: must be of type string, not number",
            "error schema.rule spec.entries[0] 5:7: at most one of the fields in [p q] may be set",
            "error schema.required spec.entries[1].key 6:7: missing required field \"key\"",
            "error schema.type spec.entries[2] 7:7: must be of type object, not number",
            #"error schema.enum spec.nested.inner.leaf 8:26: unsupported value "dim""#,
            #"warning schema.unknownField spec.nested.other 8:32: unknown field "other""#,
        ])
    }

    @Test func pathsFollowTheMemberThatWasChecked() throws {
        // A repeated key (built in code: the loaders reject them): each occurrence is
        // checked, and its path names the key.
        let schema = try #require(CRDSchema.parse(Self.schemaText))
        func nested(_ leaf: String) -> Node { .object(["inner": .object(["leaf": .string(leaf)])]) }
        let spec = Node(.object([Member(key: "name", value: .string("a")), Member(key: "nested", value: nested("x")),
                                 Member(key: "nested", value: nested("y"))]))
        let repeated = SchemaValidator.validate(.object(["spec": spec]), schema: schema)
        #expect(repeated.map { "\($0.path): \($0.message)" } == [
            #"spec.nested.inner.leaf: unsupported value "x""#,
            #"spec.nested.inner.leaf: unsupported value "y""#,
        ])
        // Findings after a deep descent are reported at the sibling's own path.
        #expect(try walk("spec: {nested: {inner: {leaf: x}}, names: [Q]}") == [
            "error schema.required spec.name 1:7: missing required field \"name\"",
            #"error schema.enum spec.nested.inner.leaf 1:31: unsupported value "x""#,
            #"error schema.pattern spec.names[0] 1:44: "Q" does not match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"#,
        ])
    }

    @Test func missingTopLevelRequiredFieldsAndNonObjectRoots() throws {
        let schema = try #require(CRDSchema.parse("$\tt=object req=spec\n spec\tt=object"))
        #expect(SchemaValidator.validate(try yaml("kind: X"), schema: schema).map(\.path) == ["spec"])
        #expect(SchemaValidator.validate(Node.string("x"), schema: schema).map(\.message)
            == ["missing required field \"spec\""])
    }
}
