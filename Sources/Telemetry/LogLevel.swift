/// How important a log line is; lines below the logger's level are dropped.
public enum LogLevel: String, Sendable, Comparable, CaseIterable {
    case debug, info, warning, error

    private var rank: Int {
        switch self {
        case .debug: return 0
        case .info: return 1
        case .warning: return 2
        case .error: return 3
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rank < rhs.rank }
}

/// The shape of a log line: one JSON object, or `key=value` text for humans.
public enum LogFormat: String, Sendable, CaseIterable {
    case json, text
}
