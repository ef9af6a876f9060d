/// The OpenAPI v3 schema of one ESO kind and version, as the CRDs declare it, reduced
/// to what validation needs. Built once per kind/version from `CRDSchemaData.swift`.
final class SchemaNode: Sendable {
    enum ValueType: String, Sendable {
        case object, array, string, integer, number, boolean
        /// `x-kubernetes-int-or-string`.
        case intOrString = "intstr"
        /// No type: anything goes (`x-kubernetes-preserve-unknown-fields` without a type).
        case any
    }

    let type: ValueType
    /// `x-kubernetes-preserve-unknown-fields`: no unknown-field warnings below.
    let preserveUnknown: Bool
    let nullable: Bool
    let required: [String]
    let enumValues: [String]?
    let pattern: PatternKind?
    let minLength: Int?
    let maxLength: Int?
    let minItems: Int?
    let maxItems: Int?
    let minProperties: Int?
    let maxProperties: Int?
    let minimum: Int?
    let format: String?
    let rules: [CELRule]
    let properties: [String: SchemaNode]
    /// The same properties as a list: small objects are faster to scan than to hash.
    private let propertyList: [(key: String, node: SchemaNode)]
    let items: SchemaNode?
    let additionalProperties: SchemaNode?

    init(type: ValueType, flags: [String: String], properties: [String: SchemaNode],
         items: SchemaNode?, additionalProperties: SchemaNode?) {
        self.type = type
        preserveUnknown = flags["preserve"] != nil
        nullable = flags["nullable"] != nil
        required = flags["req"].map { $0.split(separator: ",").map(String.init) } ?? []
        enumValues = flags["enum"].map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        pattern = flags["pat"].flatMap(PatternKind.init(rawValue:))
        minLength = flags["minLen"].flatMap { Int($0) }
        maxLength = flags["maxLen"].flatMap { Int($0) }
        minItems = flags["minItems"].flatMap { Int($0) }
        maxItems = flags["maxItems"].flatMap { Int($0) }
        minProperties = flags["minProps"].flatMap { Int($0) }
        maxProperties = flags["maxProps"].flatMap { Int($0) }
        minimum = flags["min"].flatMap { Int($0) }
        format = flags["fmt"]
        rules = (flags["cel"] ?? "").split(separator: ";").compactMap { CELRule(id: String($0)) }
        self.properties = properties
        propertyList = properties.map { ($0.key, $0.value) }
        self.items = items
        self.additionalProperties = additionalProperties
    }
}

extension SchemaNode {
    /// The schema of property `key`, if declared.
    func property(_ key: String) -> SchemaNode? {
        if propertyList.count > 12 { return properties[key] }
        for p in propertyList where p.key == key { return p.node }
        return nil
    }
}

/// Looks up and lazily parses the embedded CRD schemas.
enum CRDSchema {
    /// The schema of `kind` in `version` (`v1`, `v1beta1`, `v1alpha1`), or nil.
    static func schema(kind: ESOKind, version: ESOAPIVersion) -> SchemaNode? {
        parsed[Key(kind: kind, version: version)]
    }

    private struct Key: Hashable {
        var kind: ESOKind
        var version: ESOAPIVersion
    }

    // Parsed on first use (Swift makes a static let's initialisation thread-safe).
    private static let parsed: [Key: SchemaNode] = {
        var out: [Key: SchemaNode] = [:]
        var byText: [String: SchemaNode] = [:]
        for source in sources {
            // SecretStore and ClusterSecretStore share one schema text: parse it once.
            guard let kind = ESOKind(rawValue: source.kind),
                  let version = ESOAPIVersion(rawValue: "external-secrets.io/" + source.version) else { continue }
            if let done = byText[source.text] {
                out[Key(kind: kind, version: version)] = done
                continue
            }
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: true).map(SchemaLine.init)
            var index = 0
            if let root = build(lines, &index) {
                out[Key(kind: kind, version: version)] = root
                byText[source.text] = root
            }
        }
        return out
    }()

    private struct SchemaLine {
        var depth: Int
        var key: String
        var flags: [String: String]

        init(_ line: Substring) {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let parts = rest.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            depth = indent
            key = parts.first.map(String.init) ?? ""
            var flags: [String: String] = [:]
            if parts.count > 1 {
                for token in parts[1].split(separator: " ") {
                    if let eq = token.firstIndex(of: "=") {
                        let name = String(token[..<eq])
                        let value = String(token[token.index(after: eq)...])
                        // Several CEL rules on one node are joined with `;`.
                        if let old = flags[name], name == "cel" { flags[name] = old + ";" + value } else { flags[name] = value }
                    } else {
                        flags[String(token)] = ""
                    }
                }
            }
            self.flags = flags
        }
    }

    /// Builds the node at `lines[index]` and its subtree (lines deeper than it).
    private static func build(_ lines: [SchemaLine], _ index: inout Int) -> SchemaNode? {
        guard index < lines.count else { return nil }
        let line = lines[index]
        index += 1
        var properties: [String: SchemaNode] = [:]
        var items: SchemaNode?
        var additional: SchemaNode?
        while index < lines.count, lines[index].depth > line.depth {
            let childKey = lines[index].key
            guard let child = build(lines, &index) else { break }
            switch childKey {
            case "[]": items = child
            case "{}": additional = child
            default: properties[childKey] = child
            }
        }
        let type = SchemaNode.ValueType(rawValue: line.flags["t"] ?? "any") ?? .any
        return SchemaNode(type: type, flags: line.flags, properties: properties, items: items,
                          additionalProperties: additional)
    }
}
