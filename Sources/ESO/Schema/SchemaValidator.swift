import Documents

/// Checks a document against its CRD schema the way the Kubernetes API server does for
/// the fields we model: types, required fields, enums, patterns, lengths, item and
/// property counts, minimums, formats and the CEL rules. Unknown fields get a warning
/// (the API server prunes them silently, or rejects them under strict field validation).
struct SchemaValidator {
    var findings: [Finding] = []

    /// The document being checked, for rendering paths.
    private let root: Node

    /// The path to the node being checked, as member and item indices from the root
    /// (`index << 2 | kind`): plain integers, so descending costs no reference counting.
    /// The path string is rendered from them only when a finding needs it.
    private var steps = PathSteps()
    private static let memberStep = 0, itemStep = 1, keyStep = 2

    private init(root: Node) {
        self.root = root
    }

    /// The path of the node being checked, in Kubernetes' notation (`spec.data[0].key`).
    private var path: String { path(leaf: nil) }

    /// The path of the node being checked, or of its child at step `leaf` (string leaves
    /// are checked without a step of their own).
    private func path(leaf: Int?) -> String {
        var out = ""
        var node = root
        for step in leaf.map({ steps.all + [$0] }) ?? steps.all {
            let i = step >> 2
            if step & 3 == Self.itemStep {
                guard case .array(let items) = node.value, items.indices.contains(i) else { break }
                out = ESOPath.index(out, i)
                node = items[i]
            } else {
                guard case .object(let members) = node.value, members.indices.contains(i) else { break }
                out = step & 3 == Self.keyStep ? ESOPath.key(out, members[i].key) : ESOPath.member(out, members[i].key)
                node = members[i].value
            }
        }
        return out
    }

    static func validate(_ root: Node, schema: SchemaNode) -> [Finding] {
        var v = SchemaValidator(root: root)
        // Only spec is checked: metadata is apimachinery's, status is the controller's.
        // The root's members are read in place (Node's subscript copies each one it passes).
        guard case .object(let members) = root.value else {
            for key in schema.required {
                v.add("schema.required", "missing required field \"\(key)\"", key, root.position,
                      hint: "add `\(key):` to the manifest")
            }
            return v.findings
        }
        for p in schema.properties.indices {
            guard let m = Self.firstIndex(of: schema.properties[p].key, in: members) else { continue }
            v.steps.append(m << 2 | memberStep)
            v.check(members[m].value, schema.properties[p].node)
            v.steps.removeLast()
        }
        for key in schema.required where Self.firstIndex(of: key, in: members) == nil {
            v.add("schema.required", "missing required field \"\(key)\"", key, root.position,
                  hint: "add `\(key):` to the manifest")
        }
        return v.findings
    }

    /// `node[key]`'s index among `members` (the first member named `key`, as Node's subscript finds).
    private static func firstIndex(of key: String, in members: [Member]) -> Int? {
        for i in members.indices where members[i].key == key { return i }
        return nil
    }

    private mutating func add(_ rule: String, _ message: String, _ path: String, _ position: SourcePosition,
                              severity: Severity = .error, hint: String? = nil) {
        guard findings.count < Finding.collectedPerObject else { return }
        findings.append(Finding(ruleID: rule, severity: severity, message: message, path: path,
                                position: position, hint: hint))
    }

    private mutating func check(_ node: Node, _ schema: SchemaNode) {
        // Payloads are matched on `node.value` in place: Node's typed accessors live in
        // another module and hand back copies (a retain and release per node).
        switch node.value {
        case .null:
            if !schema.nullable, schema.type != .any {
                add("schema.type", "must be of type \(schema.type.rawValue), not null", path, node.position,
                    hint: "give it a value or remove the key")
            }
        case .object(let members):
            switch schema.type {
            case .any: return
            case .object: checkObject(members, node.position, schema)
            default: typeError(node, schema)
            }
        case .array(let items):
            switch schema.type {
            case .any: return
            case .array: checkArray(items, node.position, schema)
            default: typeError(node, schema)
            }
        case .string(let s):
            switch schema.type {
            case .any: return
            case .string, .intOrString: checkString(s, node.position, schema, leaf: nil)
            default: typeError(node, schema)
            }
        case .number(let n):
            switch schema.type {
            case .any, .number: return
            case .integer:
                guard let value = Int(n.literal) else { return typeError(node, schema) }
                checkInteger(value, node.position, schema)
            case .intOrString:
                if Int(n.literal) == nil { typeError(node, schema) }
            default: typeError(node, schema)
            }
        case .bool:
            switch schema.type {
            case .any, .boolean: return
            default: typeError(node, schema)
            }
        }
    }

    private mutating func checkArray(_ items: [Node], _ position: SourcePosition, _ schema: SchemaNode) {
        if let min = schema.minItems, items.count < min {
            add("schema.minItems", "must have at least \(min) item\(min == 1 ? "" : "s")", path, position)
        }
        if let max = schema.maxItems, items.count > max {
            add("schema.maxItems", "must have at most \(max) items", path, position)
        }
        guard let itemSchema = schema.items else { return }
        let takesStrings = itemSchema.type == .string || itemSchema.type == .intOrString
        for i in items.indices {
            // Children are matched in place, and only their payloads copied: passing a
            // whole Node down costs a copy and a destroy of it per child.
            switch items[i].value {
            case .string(let s) where takesStrings:
                if !itemSchema.isPlainString { checkString(s, items[i].position, itemSchema, leaf: i << 2 | Self.itemStep) }
            case .object(let members) where itemSchema.type == .object:
                steps.append(i << 2 | Self.itemStep)
                checkObject(members, items[i].position, itemSchema)
                steps.removeLast()
            case .array(let nested) where itemSchema.type == .array:
                steps.append(i << 2 | Self.itemStep)
                checkArray(nested, items[i].position, itemSchema)
                steps.removeLast()
            default:
                steps.append(i << 2 | Self.itemStep)
                check(items[i], itemSchema)
                steps.removeLast()
            }
        }
    }

    private mutating func typeError(_ node: Node, _ schema: SchemaNode) {
        let want = schema.type == .intOrString ? "integer or string" : schema.type.rawValue
        var hint: String?
        if schema.type == .string, node.number != nil || node.bool != nil {
            hint = "quote the value so YAML reads it as a string"
        }
        add("schema.type", "must be of type \(want), not \(node.typeName)", path, node.position, hint: hint)
    }

    private mutating func checkObject(_ members: [Member], _ position: SourcePosition, _ schema: SchemaNode) {
        if let min = schema.minProperties, members.count < min {
            add("schema.minProperties", "must have at least \(min) field\(min == 1 ? "" : "s")", path, position,
                hint: schema.properties.isEmpty ? nil : "set one of: " + schema.propertyKeys.sorted().joined(separator: ", "))
        }
        if let max = schema.maxProperties, members.count > max {
            add("schema.maxProperties",
                "must have at most \(max) field\(max == 1 ? "" : "s"), found \(members.count): "
                    + members.map(\.key).joined(separator: ", "),
                path, position, hint: "keep only one of them")
        }
        // Missing required fields are reported before the members' findings; the member
        // pass below notes which required ones it saw, and they are inserted here after.
        let requiredAt = findings.count
        var seen: UInt64 = 0
        for m in members.indices {
            if let i = schema.propertyIndex(of: members[m].key) {
                seen |= schema.properties[i].requiredBit
                // Most leaves are strings with nothing to check: skipped before the child
                // schema or the member's value is copied.
                if schema.properties[i].isPlainString, case .string = members[m].value.value { continue }
                checkMember(members, m, schema.properties[i].node, step: m << 2 | Self.memberStep)
            } else if let additional = schema.additionalProperties {
                if additional.isPlainString, case .string = members[m].value.value { continue }
                checkMember(members, m, additional, step: m << 2 | Self.keyStep)
            } else if !schema.properties.isEmpty, !schema.preserveUnknown {
                let member = members[m]
                let near = Self.closest(member.key, in: schema.properties)
                add("schema.unknownField", "unknown field \"\(member.key)\"", ESOPath.member(path, member.key),
                    member.keyPosition.isKnown ? member.keyPosition : member.value.position, severity: .warning,
                    hint: near.map { "did you mean \"\($0)\"?" } ?? "the API server drops unknown fields; remove it")
            }
        }
        if !schema.required.isEmpty, seen != schema.requiredMask {
            var missing: [Finding] = []
            let here = path
            for key in schema.required where Self.firstIndex(of: key, in: members) == nil {
                missing.append(Finding(ruleID: "schema.required", severity: .error,
                                       message: "missing required field \"\(key)\"", path: ESOPath.member(here, key),
                                       position: position, hint: "add `\(key):` under \(here)"))
            }
            findings.insert(contentsOf: missing, at: requiredAt)
        }
        if !schema.rules.isEmpty {
            let node = Node(.object(members), at: position)
            for rule in schema.rules {
                if let message = rule.violation(node) { add("schema.rule", message, path, position) }
            }
        }
    }

    /// Checks `members[m]` against `schema`; `step` is its path step. The member is
    /// matched in place and only its payload copied: passing a whole Node down costs a
    /// copy and a destroy of it per member. String leaves get no step of their own.
    private mutating func checkMember(_ members: [Member], _ m: Int, _ schema: SchemaNode, step: Int) {
        switch members[m].value.value {
        case .string(let s) where schema.type == .string || schema.type == .intOrString:
            // Most string leaves have nothing to check.
            if !schema.isPlainString { checkString(s, members[m].value.position, schema, leaf: step) }
        case .object(let children) where schema.type == .object:
            steps.append(step)
            checkObject(children, members[m].value.position, schema)
            steps.removeLast()
        case .array(let items) where schema.type == .array:
            steps.append(step)
            checkArray(items, members[m].value.position, schema)
            steps.removeLast()
        default:
            steps.append(step)
            check(members[m].value, schema)
            steps.removeLast()
        }
    }

    private mutating func checkString(_ s: String, _ position: SourcePosition, _ schema: SchemaNode, leaf: Int?) {
        if let allowed = schema.enumValues, !allowed.contains(s) {
            add("schema.enum", "unsupported value \"\(s)\"", path(leaf: leaf), position,
                hint: "use one of: " + allowed.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if schema.minLength != nil || schema.maxLength != nil { checkLength(s, position, schema, leaf: leaf) }
        if let pattern = schema.pattern, !pattern.matches(s) {
            add("schema.pattern", "\"\(Self.clip(s))\" does not match \(pattern.regex)", path(leaf: leaf), position,
                hint: pattern.hint)
        }
        if schema.isByteFormat, !Self.isBase64(s) {
            add("schema.format", "must be base64-encoded data", path(leaf: leaf), position,
                hint: "base64-encode the value (for PEM bundles: base64 of the whole PEM text)")
        }
    }

    /// Kubernetes counts characters (Unicode scalars). A string has at least a quarter as
    /// many as its UTF-8 bytes and at most as many, so most strings need no counting.
    private mutating func checkLength(_ s: String, _ position: SourcePosition, _ schema: SchemaNode, leaf: Int?) {
        let bytes = s.utf8.count
        if let min = schema.minLength, bytes < min || (bytes + 3) / 4 < min && s.unicodeScalars.count < min {
            add("schema.minLength", min == 1 ? "must not be empty" : "must be at least \(min) characters long",
                path(leaf: leaf), position)
        }
        if let max = schema.maxLength, bytes > max {
            let length = s.unicodeScalars.count
            if length > max {
                add("schema.maxLength", "must be at most \(max) characters long, is \(length)", path(leaf: leaf), position)
            }
        }
    }

    private mutating func checkInteger(_ value: Int, _ position: SourcePosition, _ schema: SchemaNode) {
        if let min = schema.minimum, value < min {
            add("schema.minimum", "must be greater than or equal to \(min)", path, position)
        }
        if schema.isInt32Format, value < Int(Int32.min) || value > Int(Int32.max) {
            add("schema.format", "must fit in a 32-bit integer", path, position)
        }
    }

    /// Standard base64 with padding, as Go's `encoding/base64.StdEncoding` (Kubernetes'
    /// `format: byte`) accepts it; line breaks are ignored like Go does.
    static func isBase64(_ s: String) -> Bool {
        var count = 0
        var padding = 0
        for c in s.utf8 {
            if c == 10 || c == 13 { continue }
            if padding > 0, c != UInt8(ascii: "=") { return false }
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"):
                break
            case UInt8(ascii: "="):
                padding += 1
                if padding > 2 { return false }
            default:
                return false
            }
            count += 1
        }
        return count % 4 == 0
    }

    private static func clip(_ s: String) -> String {
        s.count > 80 ? String(s.prefix(77)) + "..." : s
    }

    /// The known key closest to a misspelt one (case-insensitive equality or edit distance ≤ 2).
    static func closest(_ key: String, in properties: [SchemaNode.Property]) -> String? {
        let lower = key.lowercased()
        var best: (String, Int)?
        for c in properties.map(\.key) {
            if c.lowercased() == lower { return c }
            let d = editDistance(Array(lower.utf8), Array(c.lowercased().utf8))
            if d <= 2, best.map({ d < $0.1 }) ?? true { best = (c, d) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if abs(a.count - b.count) > 2 { return 3 }
        var prev = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
