import Documents

/// Checks a document against its CRD schema the way the Kubernetes API server does for
/// the fields we model: types, required fields, enums, patterns, lengths, item and
/// property counts, minimums, formats and the CEL rules. Unknown fields get a warning
/// (the API server prunes them silently, or rejects them under strict field validation).
struct SchemaValidator {
    var findings: [Finding] = []

    /// The path to the node being checked, rendered only when a finding needs it
    /// (building path strings for every node would cost more than the checks).
    private enum Step {
        case member(String)
        case index(Int)
        case key(String)
    }

    private var steps: [Step] = []

    private var path: String {
        var out = ""
        for step in steps {
            switch step {
            case .member(let k): out = ESOPath.member(out, k)
            case .index(let i): out = ESOPath.index(out, i)
            case .key(let k): out = ESOPath.key(out, k)
            }
        }
        return out
    }

    static func validate(_ root: Node, schema: SchemaNode) -> [Finding] {
        var v = SchemaValidator()
        v.steps.reserveCapacity(8)
        // Only spec is checked: metadata is apimachinery's, status is the controller's.
        for property in schema.properties {
            guard let value = root[property.key] else { continue }
            v.steps.append(.member(property.key))
            v.check(value, property.node)
            v.steps.removeLast()
        }
        for key in schema.required where root[key] == nil {
            v.add("schema.required", "missing required field \"\(key)\"", key, root.position,
                  hint: "add `\(key):` to the manifest")
        }
        return v.findings
    }

    private mutating func add(_ rule: String, _ message: String, _ path: String, _ position: SourcePosition,
                              severity: Severity = .error, hint: String? = nil) {
        findings.append(Finding(ruleID: rule, severity: severity, message: message, path: path,
                                position: position, hint: hint))
    }

    private mutating func add(_ rule: String, _ message: String, _ position: SourcePosition,
                              severity: Severity = .error, hint: String? = nil) {
        add(rule, message, path, position, severity: severity, hint: hint)
    }

    private mutating func check(_ node: Node, _ schema: SchemaNode) {
        if node.isNull {
            if !schema.nullable, schema.type != .any {
                add("schema.type", "must be of type \(schema.type.rawValue), not null", path, node.position,
                    hint: "give it a value or remove the key")
            }
            return
        }
        switch schema.type {
        case .any:
            return
        case .object:
            guard let members = node.members else { return typeError(node, schema) }
            checkObject(node, members, schema)
        case .array:
            guard let items = node.array else { return typeError(node, schema) }
            if let min = schema.minItems, items.count < min {
                add("schema.minItems", "must have at least \(min) item\(min == 1 ? "" : "s")", path, node.position)
            }
            if let max = schema.maxItems, items.count > max {
                add("schema.maxItems", "must have at most \(max) items", path, node.position)
            }
            if let itemSchema = schema.items {
                for i in items.indices {
                    if itemSchema.isPlainString, case .string = items[i].value { continue }
                    steps.append(.index(i))
                    check(items[i], itemSchema)
                    steps.removeLast()
                }
            }
        case .string:
            guard let s = node.string else { return typeError(node, schema) }
            checkString(s, node, schema)
        case .integer:
            guard let n = node.number, let value = Int(n.literal) else { return typeError(node, schema) }
            checkInteger(value, node, schema)
        case .number:
            guard node.number != nil else { return typeError(node, schema) }
        case .boolean:
            guard node.bool != nil else { return typeError(node, schema) }
        case .intOrString:
            if let s = node.string { return checkString(s, node, schema) }
            guard let n = node.number, Int(n.literal) != nil else {
                return typeError(node, schema, expected: "integer or string")
            }
        }
    }

    private mutating func typeError(_ node: Node, _ schema: SchemaNode, expected: String? = nil) {
        let want = expected ?? schema.type.rawValue
        var hint: String?
        if schema.type == .string, node.number != nil || node.bool != nil {
            hint = "quote the value so YAML reads it as a string"
        }
        add("schema.type", "must be of type \(want), not \(node.typeName)", path, node.position, hint: hint)
    }

    private mutating func checkObject(_ node: Node, _ members: [Member], _ schema: SchemaNode) {
        if let min = schema.minProperties, members.count < min {
            add("schema.minProperties", "must have at least \(min) field\(min == 1 ? "" : "s")", path, node.position,
                hint: schema.properties.isEmpty ? nil : "set one of: " + schema.propertyKeys.sorted().joined(separator: ", "))
        }
        if let max = schema.maxProperties, members.count > max {
            add("schema.maxProperties",
                "must have at most \(max) field\(max == 1 ? "" : "s"), found \(members.count): "
                    + members.map(\.key).joined(separator: ", "),
                path, node.position, hint: "keep only one of them")
        }
        // Missing required fields are reported before the members' findings; the member
        // pass below notes which required ones it saw, and they are inserted here after.
        let requiredAt = findings.count
        var seen: UInt64 = 0
        for m in members.indices {
            if let i = schema.propertyIndex(of: members[m].key) {
                seen |= schema.properties[i].requiredBit
                // Most leaves are strings with nothing to check: `check` would find nothing.
                if schema.properties[i].node.isPlainString, case .string = members[m].value.value { continue }
                steps.append(.member(members[m].key))
                check(members[m].value, schema.properties[i].node)
                steps.removeLast()
            } else if let additional = schema.additionalProperties {
                if additional.isPlainString, case .string = members[m].value.value { continue }
                steps.append(.key(members[m].key))
                check(members[m].value, additional)
                steps.removeLast()
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
            for key in schema.required where node[key] == nil {
                missing.append(Finding(ruleID: "schema.required", severity: .error,
                                       message: "missing required field \"\(key)\"", path: ESOPath.member(here, key),
                                       position: node.position, hint: "add `\(key):` under \(here)"))
            }
            findings.insert(contentsOf: missing, at: requiredAt)
        }
        for rule in schema.rules {
            if let message = rule.violation(node) { add("schema.rule", message, path, node.position) }
        }
    }

    private mutating func checkString(_ s: String, _ node: Node, _ schema: SchemaNode) {
        if let allowed = schema.enumValues, !allowed.contains(s) {
            add("schema.enum", "unsupported value \"\(s)\"", path, node.position,
                hint: "use one of: " + allowed.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if schema.minLength != nil || schema.maxLength != nil { checkLength(s, node, schema) }
        if let pattern = schema.pattern, !pattern.matches(s) {
            add("schema.pattern", "\"\(Self.clip(s))\" does not match \(pattern.regex)", path, node.position,
                hint: pattern.hint)
        }
        if schema.isByteFormat, !Self.isBase64(s) {
            add("schema.format", "must be base64-encoded data", path, node.position,
                hint: "base64-encode the value (for PEM bundles: base64 of the whole PEM text)")
        }
    }

    /// Kubernetes counts characters (Unicode scalars). A string has at least a quarter as
    /// many as its UTF-8 bytes and at most as many, so most strings need no counting.
    private mutating func checkLength(_ s: String, _ node: Node, _ schema: SchemaNode) {
        let bytes = s.utf8.count
        if let min = schema.minLength, bytes < min || (bytes + 3) / 4 < min && s.unicodeScalars.count < min {
            add("schema.minLength", min == 1 ? "must not be empty" : "must be at least \(min) characters long",
                path, node.position)
        }
        if let max = schema.maxLength, bytes > max {
            let length = s.unicodeScalars.count
            if length > max {
                add("schema.maxLength", "must be at most \(max) characters long, is \(length)", path, node.position)
            }
        }
    }

    private mutating func checkInteger(_ value: Int, _ node: Node, _ schema: SchemaNode) {
        if let min = schema.minimum, value < min {
            add("schema.minimum", "must be greater than or equal to \(min)", path, node.position)
        }
        if schema.isInt32Format, value < Int(Int32.min) || value > Int(Int32.max) {
            add("schema.format", "must fit in a 32-bit integer", path, node.position)
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
