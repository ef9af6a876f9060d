import CYAML

/// Loads YAML streams (one or many `---` documents) into document trees, over
/// libyaml's event parser. Scalars resolve as Kubernetes resolves them (see
/// `YAMLScalar`); aliases are expanded under `DocumentLimits.maxNodes`.
/// Documents with no content (only comments, or a bare `---`) are skipped, as
/// kubectl skips them; `Document.index` counts the documents returned. Nodes
/// copied by an alias take the alias's position; nodes inside them keep the
/// positions of the anchored original.
public enum YAMLLoader {
    public static func load(_ text: String, source: String = "<input>",
                            limits: DocumentLimits = .default) throws(DocumentError) -> [Document] {
        try load(Array(text.utf8), source: source, limits: limits)
    }

    public static func load(_ bytes: [UInt8], source: String = "<input>",
                            limits: DocumentLimits = .default) throws(DocumentError) -> [Document] {
        if bytes.count > limits.maxBytes {
            throw DocumentError(source: source, position: .unknown,
                                message: "input is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes (maxBytes)")
        }
        var builder = YAMLTreeBuilder(source: source, limits: limits)
        let result: Result<[Document], DocumentError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                return .failure(DocumentError(source: source, position: .unknown, message: "cannot initialise the YAML parser"))
            }
            defer { yaml_parser_delete(&parser) }
            // An empty stream has no documents (and an empty array may have no storage).
            guard let base = buffer.baseAddress, buffer.count > 0 else { return .success([]) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            do throws(DocumentError) {
                while true {
                    var event = yaml_event_t()
                    guard yaml_parser_parse(&parser, &event) != 0 else {
                        return .failure(parserError(parser, source: source, bytes: buffer))
                    }
                    defer { yaml_event_delete(&event) }
                    if event.type == YAML_STREAM_END_EVENT { break }
                    try builder.handle(event)
                }
            } catch {
                return .failure(error)
            }
            return .success(builder.documents)
        }
        return try result.get()
    }

    private static func parserError(_ parser: yaml_parser_t, source: String, bytes: UnsafeBufferPointer<UInt8>) -> DocumentError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let mark = parser.problem_mark
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            let c = parser.context_mark
            if c.line == mark.line && c.column == mark.column {
                message = "\(context): \(problem)"
            } else {
                message += " (\(context) at line \(c.line + 1), column \(c.column + 1))"
            }
        }
        // The reader reports byte offsets rather than line/column for encoding problems.
        if parser.error == YAML_READER_ERROR {
            message += " (byte offset \(parser.problem_offset))"
            return DocumentError(source: source, position: position(ofByte: parser.problem_offset, in: bytes), message: message)
        }
        if templateMarker(onLineAt: mark.index, in: bytes) {
            message += "; the line holds a template marker ({% %} or {{ }}): render the template first"
        }
        return DocumentError(source: source, position: SourcePosition(line: mark.line + 1, column: mark.column + 1),
                             message: message)
    }

    /// Line and column (in characters) of a byte offset, for reader errors that only know the offset.
    private static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        for i in 0..<min(max(offset, 0), bytes.count) {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// Whether the line holding byte `offset` contains `{%` or `{{`.
    private static func templateMarker(onLineAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset >= 0, offset <= bytes.count else { return false }
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var i = start
        while i + 1 < bytes.count, bytes[i] != UInt8(ascii: "\n") {
            if bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "%") || bytes[i + 1] == UInt8(ascii: "{") { return true }
            i += 1
        }
        return false
    }
}

/// Turns libyaml events into `Node`s with a stack of open collections.
struct YAMLTreeBuilder {
    /// An open collection. Both kinds share one struct so the top of the stack
    /// can be appended to in place (no copy of the collection per child).
    private struct Frame {
        var isMapping: Bool
        var items: [Node] = []
        var mapping = MappingState()
        var position: SourcePosition
        var anchor: String?
        var nodeCountAtStart: Int
    }

    private struct Anchored {
        var node: Node
        var nodeCount: Int
    }

    let source: String
    let limits: DocumentLimits
    private(set) var documents: [Document] = []
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var nodeCount = 0
    private var root: Node?
    private var rootIsEmpty = false
    private var streamIndex = 0

    init(source: String, limits: DocumentLimits) {
        self.source = source
        self.limits = limits
    }

    private func error(_ message: String, at position: SourcePosition) -> DocumentError {
        DocumentError(source: source, position: position, message: message)
    }

    mutating func handle(_ event: yaml_event_t) throws(DocumentError) {
        let position = SourcePosition(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            root = nil
            rootIsEmpty = false
        case YAML_DOCUMENT_END_EVENT:
            defer { streamIndex += 1 }
            guard let root, !rootIsEmpty else { return }
            if documents.count >= limits.maxDocuments {
                throw error("more than \(limits.maxDocuments) documents in one stream (maxDocuments)", at: position)
            }
            documents.append(Document(source: source, index: documents.count, root: root))
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text: String
            if s.length > limits.maxStringBytes {
                throw error("scalar of \(s.length) bytes is over the limit of \(limits.maxStringBytes) bytes (maxStringBytes)", at: position)
            }
            if let value = s.value, s.length > 0 {
                text = String(decoding: UnsafeBufferPointer(start: value, count: s.length), as: UTF8.self)
            } else {
                text = ""
            }
            let tag = s.tag.map { String(cString: $0) }
            let plain = s.style == YAML_PLAIN_SCALAR_STYLE
            var isMerge = false
            let value: Value
            if tag == nil && plain && text == "<<" {
                isMerge = true
                value = .string(text)
            } else {
                value = try scalarValue(text, tag: tag, plain: plain, at: position)
            }
            let node = Node(value, at: position)
            try count(1, at: position)
            if stack.isEmpty, tag == nil, plain, text.isEmpty { rootIsEmpty = true }
            try register(anchor: s.anchor, node: node, nodeCount: 1)
            // Float keys are printed by sigs.k8s.io/yaml with Go's %g, not as JSON numbers.
            var keyText: String? = nil
            if tag == nil, plain, let top = stack.last, top.isMapping, top.mapping.expectsKey,
               case .float(let d) = YAMLScalar.resolve(text) {
                keyText = Number.goShortestG(d)
            }
            try complete(node, isMerge: isMerge, keyText: keyText)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let anchored = anchors[name] else {
                throw error("unknown anchor '\(name)' referenced", at: position)
            }
            try count(anchored.nodeCount, at: position)
            var node = anchored.node
            node.position = position
            try complete(node, isMerge: false)
        case YAML_SEQUENCE_START_EVENT:
            try open(mapping: false, at: position, anchor: event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT:
            try open(mapping: true, at: position, anchor: event.data.mapping_start.anchor)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node = frame.isMapping ? Node(.object(frame.mapping.finish()), at: frame.position)
                                       : Node(.array(frame.items), at: frame.position)
            if let anchor = frame.anchor {
                try remember(anchor, Anchored(node: node, nodeCount: nodeCount - frame.nodeCountAtStart), at: frame.position)
            }
            try complete(node, isMerge: false)
        default:
            break
        }
    }

    private mutating func open(mapping: Bool, at position: SourcePosition,
                               anchor: UnsafeMutablePointer<yaml_char_t>?) throws(DocumentError) {
        if stack.count >= limits.maxDepth {
            throw error("nesting deeper than \(limits.maxDepth) levels (maxDepth)", at: position)
        }
        try count(1, at: position)
        stack.append(Frame(isMapping: mapping, position: position,
                           anchor: anchor.map { String(cString: $0) }, nodeCountAtStart: nodeCount - 1))
    }

    private mutating func count(_ n: Int, at position: SourcePosition) throws(DocumentError) {
        nodeCount += n
        if nodeCount > limits.maxNodes {
            throw error("document expands to more than \(limits.maxNodes) nodes (maxNodes; an alias bomb?)", at: position)
        }
    }

    private mutating func register(anchor: UnsafeMutablePointer<yaml_char_t>?, node: Node, nodeCount: Int) throws(DocumentError) {
        guard let anchor else { return }
        try remember(String(cString: anchor), Anchored(node: node, nodeCount: nodeCount), at: node.position)
    }

    /// Keeps an anchored node for later aliases (a redefined anchor replaces the earlier one).
    private mutating func remember(_ name: String, _ anchored: Anchored, at position: SourcePosition) throws(DocumentError) {
        if anchors.updateValue(anchored, forKey: name) == nil, anchors.count > limits.maxAnchors {
            throw error("more than \(limits.maxAnchors) anchors in one document (maxAnchors)", at: position)
        }
    }

    /// Hands a finished node to its parent (or makes it the document root).
    private mutating func complete(_ node: Node, isMerge: Bool, keyText: String? = nil) throws(DocumentError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if stack[top].isMapping {
            try stack[top].mapping.accept(node, isMerge: isMerge, keyText: keyText, source: source)
        } else {
            stack[top].items.append(node)
        }
    }

    /// A scalar's value from its tag and style, as go-yaml v2 decodes it.
    private func scalarValue(_ text: String, tag: String?, plain: Bool, at position: SourcePosition) throws(DocumentError) -> Value {
        let yamlTag = "tag:yaml.org,2002:"
        guard let tag, tag != "!" else {
            // Quoted and block scalars are strings; `!` forces a string too.
            return plain && tag == nil ? try resolvedValue(YAMLScalar.resolve(text), text: text, at: position) : .string(text)
        }
        guard tag.hasPrefix(yamlTag) else {
            // Unknown (local) tags: go-yaml keeps the text as a string.
            return .string(text)
        }
        let resolved = YAMLScalar.resolve(text)
        switch tag.dropFirst(yamlTag.count) {
        case "str", "timestamp":
            return .string(text)
        case "binary":
            // go-yaml v2 decodes it: the value is the bytes (as text, as kubectl's JSON carries them).
            guard let bytes = Base64.decode(text) else { throw error("!!binary value contains invalid base64 data", at: position) }
            return .string(String(decoding: bytes, as: UTF8.self))
        case "null":
            guard resolved == .null else { throw error("cannot decode '\(text)' as a !!null", at: position) }
            return .null
        case "bool":
            guard case .bool(let b) = resolved else { throw error("cannot decode '\(text)' as a !!bool", at: position) }
            return .bool(b)
        case "int":
            guard case .int = resolved else { throw error("cannot decode '\(text)' as a !!int", at: position) }
            return try resolvedValue(resolved, text: text, at: position)
        case "float":
            switch resolved {
            case .int, .float: return try resolvedValue(resolved, text: text, at: position)
            default: throw error("cannot decode '\(text)' as a !!float", at: position)
            }
        default:
            return try resolvedValue(resolved, text: text, at: position)
        }
    }

    private func resolvedValue(_ resolved: YAMLScalar.Resolved, text: String, at position: SourcePosition) throws(DocumentError) -> Value {
        switch resolved {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let literal): return .number(Number(literal: literal))
        case .float(let d):
            guard let n = Number.canonical(d) else {
                // The API server's JSON encoder rejects these too.
                throw error("'\(text)' (infinity or NaN) cannot be represented in JSON; quote it to keep a string", at: position)
            }
            return .number(n)
        case .string, .merge: return .string(text)
        }
    }
}

/// An open mapping: explicit members in order, `<<` merges, duplicate detection.
struct MappingState {
    private enum Entry {
        case member(Member)
        case merge([Member])
    }

    private var entries: [Entry] = []
    // Duplicate detection: a linear scan for typical small mappings, a set past 16 keys.
    private var explicitKeys: [String] = []
    private var keySet: Set<String> = []
    private var pendingKey: (key: String, position: SourcePosition)?
    private var pendingMerge: SourcePosition?
    private var hasMerges = false

    /// Whether the next node completes a key (not a value or a merge source).
    var expectsKey: Bool { pendingKey == nil && pendingMerge == nil }

    mutating func accept(_ node: Node, isMerge: Bool, keyText: String? = nil, source: String) throws(DocumentError) {
        if let mergePosition = pendingMerge {
            pendingMerge = nil
            entries.append(.merge(try mergedMembers(node, at: mergePosition, source: source)))
            hasMerges = true
            return
        }
        guard let pending = pendingKey else {
            if isMerge {
                pendingMerge = node.position
                return
            }
            let key: String
            if let keyText { key = keyText } else { key = try keyString(node, source: source) }
            if isDefined(key) {
                throw DocumentError(source: source, position: node.position,
                                    message: "mapping key \"\(key)\" already defined in this mapping")
            }
            explicitKeys.append(key)
            if explicitKeys.count > 16 {
                if keySet.isEmpty { keySet = Set(explicitKeys) } else { keySet.insert(key) }
            }
            pendingKey = (key, node.position)
            return
        }
        pendingKey = nil
        entries.append(.member(Member(key: pending.key, keyPosition: pending.position, value: node)))
    }

    private func isDefined(_ key: String) -> Bool {
        keySet.isEmpty ? explicitKeys.contains(key) : keySet.contains(key)
    }

    /// Members in source order, with `<<` applied as go-yaml v2 applies it: each
    /// entry is set in turn, so a merge overrides keys set before it and keys set
    /// after it override the merge (put `<<` first and explicit keys win, as the
    /// merge-key spec intends). Within a sequence of merges, earlier maps win.
    func finish() -> [Member] {
        var result: [Member] = []
        result.reserveCapacity(entries.count)
        guard hasMerges else {
            for case .member(let m) in entries { result.append(m) }
            return result
        }
        var indexOf: [String: Int] = [:]
        func put(_ m: Member) {
            if let i = indexOf[m.key] {
                result[i] = m
            } else {
                indexOf[m.key] = result.count
                result.append(m)
            }
        }
        for entry in entries {
            switch entry {
            case .member(let m): put(m)
            case .merge(let members): members.forEach(put)
            }
        }
        return result
    }

    private func mergedMembers(_ node: Node, at position: SourcePosition, source: String) throws(DocumentError) -> [Member] {
        switch node.value {
        case .object(let members):
            return members
        case .array(let items):
            var all: [Member] = []
            for item in items {
                guard case .object(let members) = item.value else {
                    throw DocumentError(source: source, position: item.position,
                                        message: "map merge requires a mapping or a sequence of mappings, found \(item.typeNameWithArticle) in the sequence")
                }
                // Earlier maps take precedence over later ones.
                for m in members where !all.contains(where: { $0.key == m.key }) { all.append(m) }
            }
            return all
        default:
            throw DocumentError(source: source, position: node.position,
                                message: "map merge requires a mapping or a sequence of mappings, found \(node.typeNameWithArticle)")
        }
    }

    /// Mapping keys become strings the way sigs.k8s.io/yaml converts them for JSON.
    private func keyString(_ node: Node, source: String) throws(DocumentError) -> String {
        switch node.value {
        case .string(let s): return s
        case .number(let n): return n.literal
        case .bool(let b): return b ? "true" : "false"
        case .null:
            throw DocumentError(source: source, position: node.position,
                                message: "a null mapping key is not supported (Kubernetes rejects it); quote it to use the text as a key")
        case .array, .object:
            throw DocumentError(source: source, position: node.position,
                                message: "mapping keys must be scalars, found \(node.typeNameWithArticle)")
        }
    }
}
