import Documents

/// A policy file that cannot be used, with where the problem is.
public struct PolicyLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition
    public var message: String

    public init(file: String, position: SourcePosition, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `file:line:col: message`, as compilers print.
    public var description: String {
        position.isKnown ? "\(file):\(position.line):\(position.column): \(message)" : "\(file): \(message)"
    }
}

/// Every error found while loading a policy directory (the loader reports them all, not just the first).
public struct PolicyLoadErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [PolicyLoadError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
