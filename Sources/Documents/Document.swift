/// One document of a source: a YAML stream holds several, JSON holds one.
public struct Document: Sendable {
    /// Where the text came from: a file path, `-` for stdin, `<request>` for admission.
    public var source: String
    /// 0-based index of this document within its stream.
    public var index: Int
    public var root: Node

    public init(source: String, index: Int = 0, root: Node) {
        self.source = source
        self.index = index
        self.root = root
    }
}

/// A parse or limit error with a position in the source text.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var position: SourcePosition
    public var message: String

    public init(source: String, position: SourcePosition, message: String) {
        self.source = source
        self.position = position
        self.message = message
    }

    /// `file:line:col: message`, as compilers print.
    public var description: String {
        position.isKnown ? "\(source):\(position.line):\(position.column): \(message)" : "\(source): \(message)"
    }
}

/// Bounds on what a loader accepts, so hostile input fails fast with a clear error.
public struct DocumentLimits: Sendable, Hashable {
    /// Maximum nesting of arrays and objects.
    public var maxDepth: Int
    /// Maximum input size in bytes.
    public var maxBytes: Int
    /// Maximum length of one string scalar, in bytes.
    public var maxStringBytes: Int
    /// Maximum number of nodes: produced after YAML alias expansion (billion laughs), or
    /// built from JSON (values left out by `JSONOmissions` do not count).
    public var maxNodes: Int
    /// Maximum number of documents in one YAML stream.
    public var maxDocuments: Int
    /// Maximum number of distinct anchors in one YAML document: each is kept until the
    /// document ends (900,000 anchored scalars took 254 MB where the same nodes took 60).
    public var maxAnchors: Int

    public init(maxDepth: Int = 128, maxBytes: Int = 32 << 20, maxStringBytes: Int = 8 << 20,
                maxNodes: Int = 1_000_000, maxDocuments: Int = 10_000, maxAnchors: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
        self.maxStringBytes = maxStringBytes
        self.maxNodes = maxNodes
        self.maxDocuments = maxDocuments
        self.maxAnchors = maxAnchors
    }

    public static let `default` = DocumentLimits()
}
