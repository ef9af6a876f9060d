/// The OpenAPI v3 schema of one ESO kind and version, as the CRDs declare it, reduced
/// to what validation needs. Built on first use of its kind/version from `CRDSchemaData.swift`.
final class SchemaNode: Sendable {
    enum ValueType: String, Sendable {
        case object, array, string, integer, number, boolean
        /// `x-kubernetes-int-or-string`.
        case intOrString = "intstr"
        /// No type: anything goes (`x-kubernetes-preserve-unknown-fields` without a type).
        case any
    }

    /// One declared property. `requiredBit` is this property's bit in `requiredMask`
    /// (0 when it is optional), so one pass over an object's members finds missing fields.
    struct Property: Sendable {
        let key: String
        /// `SchemaNode.fingerprint(key)`: equal keys have equal fingerprints.
        let fingerprint: UInt64
        let node: SchemaNode
        let requiredBit: UInt64
        /// `node.isPlainString`, kept here so that skipping such a leaf does not touch
        /// (retain and release) the child schema.
        let isPlainString: Bool
    }

    let type: ValueType
    /// `x-kubernetes-preserve-unknown-fields`: no unknown-field warnings below.
    let preserveUnknown: Bool
    let nullable: Bool
    let required: [String]
    /// Bits of all required properties; nil when some required key is not a declared
    /// property (or there are too many), and presence must be checked key by key.
    let requiredMask: UInt64?
    let enumValues: [String]?
    let pattern: PatternKind?
    let minLength: Int?
    let maxLength: Int?
    let minItems: Int?
    let maxItems: Int?
    let minProperties: Int?
    let maxProperties: Int?
    let minimum: Int?
    /// `format: byte` (base64) and `format: int32`.
    let isByteFormat: Bool
    let isInt32Format: Bool
    let rules: [CELRule]
    /// A string schema with nothing to check on a string value (no enum, length, pattern
    /// or format): the validator skips such leaves outright.
    let isPlainString: Bool
    /// Declared properties in CRD order.
    let properties: [Property]
    let items: SchemaNode?
    let additionalProperties: SchemaNode?

    init(_ flags: SchemaFlags, properties: [(key: String, node: SchemaNode)], items: SchemaNode?,
         additionalProperties: SchemaNode?) {
        type = flags.type
        preserveUnknown = flags.preserveUnknown
        nullable = flags.nullable
        required = flags.required
        enumValues = flags.enumValues
        pattern = flags.pattern
        minLength = flags.minLength
        maxLength = flags.maxLength
        minItems = flags.minItems
        maxItems = flags.maxItems
        minProperties = flags.minProperties
        maxProperties = flags.maxProperties
        minimum = flags.minimum
        isByteFormat = flags.format == "byte"
        isInt32Format = flags.format == "int32"
        rules = flags.rules
        isPlainString = type == .string && enumValues == nil && minLength == nil && maxLength == nil
            && pattern == nil && !isByteFormat
        var list: [Property] = []
        list.reserveCapacity(properties.count)
        var mask: UInt64 = 0
        for (key, node) in properties {
            var bit: UInt64 = 0
            if required.count <= 64, let r = required.firstIndex(of: key) { bit = 1 << UInt64(r) }
            mask |= bit
            list.append(Property(key: key, fingerprint: Self.fingerprint(key), node: node, requiredBit: bit,
                                 isPlainString: node.isPlainString))
        }
        let complete = required.count <= 64 && mask.nonzeroBitCount == required.count
        requiredMask = complete ? mask : nil
        self.properties = list
        self.items = items
        self.additionalProperties = additionalProperties
    }

    /// The index in `properties` of property `key`, if declared.
    func propertyIndex(of key: String) -> Int? {
        // Scanning fingerprints beats hashing even for the ~45 provider keys, and leaves
        // one or two string comparisons per lookup.
        let fingerprint = Self.fingerprint(key)
        for i in properties.indices where properties[i].fingerprint == fingerprint && properties[i].key == key {
            return i
        }
        return nil
    }

    /// The UTF-8 length and first byte of `key`, packed: cheap to compute, and few
    /// sibling keys share both.
    static func fingerprint(_ key: String) -> UInt64 {
        // Subscripting the UTF-8 view inlines; its generic `first` is a call per lookup.
        let utf8 = key.utf8
        let count = utf8.count
        return count == 0 ? 0 : UInt64(count) << 8 | UInt64(utf8[utf8.startIndex])
    }

    /// The schema of property `key`, if declared.
    func property(_ key: String) -> SchemaNode? { propertyIndex(of: key).map { properties[$0].node } }

    var propertyKeys: [String] { properties.map(\.key) }
}

/// The flags of one schema line (`t=object req=a,b enum=X|Y …`), parsed.
struct SchemaFlags {
    var type: SchemaNode.ValueType = .any
    var preserveUnknown = false
    var nullable = false
    var required: [String] = []
    var enumValues: [String]?
    var pattern: PatternKind?
    var minLength: Int?
    var maxLength: Int?
    var minItems: Int?
    var maxItems: Int?
    var minProperties: Int?
    var maxProperties: Int?
    var minimum: Int?
    var format: String?
    var rules: [CELRule] = []

    /// Applies one `name=value` token (or a bare `name`), given as UTF-8 bytes.
    mutating func apply(_ token: ArraySlice<UInt8>) {
        let eq = token.firstIndex(of: UInt8(ascii: "="))
        let name = String(decoding: token[..<(eq ?? token.endIndex)], as: UTF8.self)
        let value = eq.map { token[($0 + 1)...] }
        func text(_ v: ArraySlice<UInt8>) -> String { String(decoding: v, as: UTF8.self) }
        func int() -> Int? { value.flatMap { Int(text($0)) } }
        func list(_ separator: UInt8, omittingEmpty: Bool) -> [String]? {
            value.map { $0.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map(text) }
        }
        switch name {
        case "t": type = value.flatMap { SchemaNode.ValueType(rawValue: text($0)) } ?? .any
        case "preserve": preserveUnknown = true
        case "nullable": nullable = true
        case "req": required = list(UInt8(ascii: ","), omittingEmpty: true) ?? []
        case "enum": enumValues = list(UInt8(ascii: "|"), omittingEmpty: false) ?? [""]
        case "pat": pattern = value.flatMap { PatternKind(rawValue: text($0)) }
        case "minLen": minLength = int()
        case "maxLen": maxLength = int()
        case "minItems": minItems = int()
        case "maxItems": maxItems = int()
        case "minProps": minProperties = int()
        case "maxProps": maxProperties = int()
        case "min": minimum = int()
        case "fmt": format = value.map(text) ?? ""
        // Several CEL rules on one node come as several `cel=` tokens.
        case "cel": if let rule = CELRule(id: value.map(text) ?? "") { rules.append(rule) }
        default: break
        }
    }
}

/// Looks up the embedded CRD schemas, building each kind/version's tree on its first use
/// (building all of them up front would cost the first request, or start-up, far more).
enum CRDSchema {
    /// The schema of `kind` in `version` (`v1`, `v1beta1`, `v1alpha1`), or nil.
    static func schema(kind: ESOKind, version: ESOAPIVersion) -> SchemaNode? {
        // Each static let is built once, on first access, thread-safely.
        switch (kind, version) {
        case (.externalSecret, .v1): return Built.externalSecretV1
        case (.externalSecret, .v1beta1): return Built.externalSecretV1beta1
        case (.clusterExternalSecret, .v1): return Built.clusterExternalSecretV1
        case (.clusterExternalSecret, .v1beta1): return Built.clusterExternalSecretV1beta1
        case (.secretStore, .v1): return Built.secretStoreV1
        case (.secretStore, .v1beta1): return Built.secretStoreV1beta1
        case (.clusterSecretStore, .v1): return Built.clusterSecretStoreV1
        case (.clusterSecretStore, .v1beta1): return Built.clusterSecretStoreV1beta1
        case (.pushSecret, .v1alpha1): return Built.pushSecretV1alpha1
        case (.clusterPushSecret, .v1alpha1): return Built.clusterPushSecretV1alpha1
        default: return nil
        }
    }

    private enum Built {
        static let externalSecretV1 = build(.externalSecret, .v1)
        static let externalSecretV1beta1 = build(.externalSecret, .v1beta1)
        static let clusterExternalSecretV1 = build(.clusterExternalSecret, .v1)
        static let clusterExternalSecretV1beta1 = build(.clusterExternalSecret, .v1beta1)
        static let secretStoreV1 = build(.secretStore, .v1)
        static let secretStoreV1beta1 = build(.secretStore, .v1beta1)
        // The cluster-scoped store shares SecretStore's schema text: share its tree too.
        static let clusterSecretStoreV1 = sameText(.clusterSecretStore, .secretStore, .v1) ? secretStoreV1
            : build(.clusterSecretStore, .v1)
        static let clusterSecretStoreV1beta1 = sameText(.clusterSecretStore, .secretStore, .v1beta1) ? secretStoreV1beta1
            : build(.clusterSecretStore, .v1beta1)
        static let pushSecretV1alpha1 = build(.pushSecret, .v1alpha1)
        static let clusterPushSecretV1alpha1 = build(.clusterPushSecret, .v1alpha1)
    }

    /// The embedded schema text of `kind` in `version`.
    static func text(_ kind: ESOKind, _ version: ESOAPIVersion) -> String? {
        let name = version.version
        for source in sources where source.kind == kind.rawValue && source.version == name { return source.text }
        return nil
    }

    private static func sameText(_ a: ESOKind, _ b: ESOKind, _ version: ESOAPIVersion) -> Bool {
        guard let x = text(a, version), let y = text(b, version) else { return false }
        return x == y
    }

    /// Builds the tree of `kind` in `version` from its schema text.
    static func build(_ kind: ESOKind, _ version: ESOAPIVersion) -> SchemaNode? {
        guard let text = text(kind, version) else { return nil }
        return parse(text)
    }

    /// Parses one schema text: one line per node, indentation = depth, then a tab and the
    /// flags. Works on UTF-8 bytes: splitting by Characters cost ~30k instructions a line.
    static func parse(_ text: String) -> SchemaNode? {
        let bytes = Array(text.utf8)
        var lines: [SchemaLine] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end > start { lines.append(SchemaLine(bytes[start..<end])) }
            start = end + 1
        }
        var index = 0
        return build(lines, &index)
    }

    private struct SchemaLine {
        var depth: Int
        var key: String
        var flags: SchemaFlags

        init(_ line: ArraySlice<UInt8>) {
            let space = UInt8(ascii: " ")
            var i = line.startIndex
            while i < line.endIndex, line[i] == space { i += 1 }
            depth = i - line.startIndex
            let keyStart = i
            while i < line.endIndex, line[i] != UInt8(ascii: "\t") { i += 1 }
            key = String(decoding: line[keyStart..<i], as: UTF8.self)
            flags = SchemaFlags()
            // Flags follow the first tab, separated by spaces.
            for token in line[min(i + 1, line.endIndex)...].split(separator: space) where i < line.endIndex {
                flags.apply(token)
            }
        }
    }

    /// Builds the node at `lines[index]` and its subtree (lines deeper than it).
    private static func build(_ lines: [SchemaLine], _ index: inout Int) -> SchemaNode? {
        guard index < lines.count else { return nil }
        let depth = lines[index].depth
        let flags = lines[index].flags
        index += 1
        var properties: [(key: String, node: SchemaNode)] = []
        var items: SchemaNode?
        var additional: SchemaNode?
        while index < lines.count, lines[index].depth > depth {
            let childKey = lines[index].key
            guard let child = build(lines, &index) else { break }
            switch childKey {
            case "[]": items = child
            case "{}": additional = child
            default: properties.append((childKey, child))
            }
        }
        return SchemaNode(flags, properties: properties, items: items, additionalProperties: additional)
    }
}
