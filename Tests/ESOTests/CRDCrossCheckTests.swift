import Documents
import ESO
import Foundation
import TestSupport
import Testing

/// Walks the ESO CRDs in ../shared/eso/crds and proves every enum, pattern and required
/// field they declare is enforced: for each, a minimal object with a bad value (or the
/// field missing) at that path must get a finding at that path.
struct CRDCrossCheckTests {
    enum Step {
        case property(String)
        case item
        case value
    }

    struct Target {
        var kind: String
        var version: String
        var steps: [Step]
        var schema: Node
    }

    static func targets() throws -> [Target] {
        var out: [Target] = []
        let dir = Repo.sharedPath("eso/crds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count == 6)
        for file in files {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            let crd = try #require(try YAMLLoader.load(text, source: file).first).root
            let kind = try #require(crd["spec"]?["names"]?["kind"]?.string)
            for version in crd["spec"]?["versions"]?.array ?? [] {
                guard let name = version["name"]?.string,
                      let spec = version["schema"]?["openAPIV3Schema"]?["properties"]?["spec"] else { continue }
                walk(spec, [.property("spec")]) { steps, schema in
                    out.append(Target(kind: kind, version: name, steps: steps, schema: schema))
                }
            }
        }
        return out
    }

    static func walk(_ schema: Node, _ steps: [Step], _ visit: ([Step], Node) -> Void) {
        visit(steps, schema)
        for m in schema["properties"]?.members ?? [] { walk(m.value, steps + [.property(m.key)], visit) }
        if let items = schema["items"] { walk(items, steps + [.item], visit) }
        if let values = schema["additionalProperties"], values.isObject { walk(values, steps + [.value], visit) }
    }

    /// A manifest holding `leaf` at the end of `steps`, and the field path to it.
    static func manifest(_ t: Target, leaf: Node) -> (Node, String) {
        var node = leaf
        for step in t.steps.reversed() {
            switch step {
            case .property(let key): node = Node.object([key: node])
            case .item: node = Node.array([node])
            case .value: node = Node.object(["k": node])
            }
        }
        var path = ""
        for step in t.steps {
            switch step {
            case .property(let key): path = ESOPath.member(path, key)
            case .item: path = ESOPath.index(path, 0)
            case .value: path = ESOPath.key(path, "k")
            }
        }
        var root = Node.object([
            "apiVersion": .string("external-secrets.io/\(t.version)"),
            "kind": .string(t.kind),
            "metadata": .object(["name": .string("x"), "namespace": .string("ns")]),
        ])
        root["spec"] = node["spec"]
        return (root, path)
    }

    @Test func everyEnumAndPatternIsEnforced() throws {
        var checked = (enums: 0, patterns: 0)
        for t in try Self.targets() where t.schema["enum"] != nil || t.schema["pattern"] != nil {
            guard t.schema["type"]?.string == "string" else { continue }
            let (root, path) = Self.manifest(t, leaf: .string("Not Valid!"))
            let object = try #require(ESOObject.parse(root), "\(t.kind) \(t.version)")
            let found = ESOValidator.validate(object).filter { $0.path == path }.map(\.ruleID)
            if t.schema["enum"] != nil {
                checked.enums += 1
                #expect(found.contains("schema.enum"), "\(t.kind) \(t.version) \(path): enum not enforced")
            }
            if t.schema["pattern"] != nil {
                checked.patterns += 1
                #expect(found.contains("schema.pattern"), "\(t.kind) \(t.version) \(path): pattern not enforced")
            }
        }
        // The CRDs hold hundreds of these; a walk that found none would prove nothing.
        #expect(checked.enums > 100)
        #expect(checked.patterns > 1000)
    }

    @Test func everyRequiredFieldIsEnforced() throws {
        var checked = 0
        for t in try Self.targets() {
            guard let required = t.schema["required"]?.array?.compactMap(\.string), !required.isEmpty else { continue }
            let (root, path) = Self.manifest(t, leaf: Node.object([:]))
            let object = try #require(ESOObject.parse(root))
            let found = Set(ESOValidator.validate(object).filter { $0.ruleID == "schema.required" }.map(\.path))
            for key in required {
                checked += 1
                #expect(found.contains(ESOPath.member(path, key)), "\(t.kind) \(t.version) \(path).\(key) not required")
            }
        }
        #expect(checked > 500)
    }

    @Test func allowedEnumValuesPass() throws {
        for t in try Self.targets() {
            guard let values = t.schema["enum"]?.array?.compactMap(\.string), t.schema["type"]?.string == "string" else { continue }
            for value in values {
                let (root, path) = Self.manifest(t, leaf: .string(value))
                let object = try #require(ESOObject.parse(root))
                let bad = ESOValidator.validate(object).filter { $0.path == path && $0.ruleID == "schema.enum" }
                #expect(bad.isEmpty, "\(t.kind) \(t.version) \(path): \(value) rejected")
            }
        }
    }
}
