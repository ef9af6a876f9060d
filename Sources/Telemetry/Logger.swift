import Glibc

/// A structured logger writing one line per event to stderr.
///
/// Each line goes out in a single `write(2)`, so lines from several threads
/// never interleave (stderr writes up to PIPE_BUF are atomic on pipes, and
/// files opened O_APPEND are appended whole).
public struct Logger: Sendable {
    public let label: String
    public let level: LogLevel
    public let format: LogFormat
    private let sink: LogSink

    public init(label: String, level: LogLevel = .info, format: LogFormat = .json) {
        self.init(label: label, level: level, format: format, sink: .stderr)
    }

    /// A logger writing to `sink`; tests capture lines this way.
    public init(label: String, level: LogLevel = .info, format: LogFormat = .json, sink: LogSink) {
        self.label = label
        self.level = level
        self.format = format
        self.sink = sink
    }

    public func with(label: String) -> Logger {
        Logger(label: label, level: level, format: format, sink: sink)
    }

    public func isEnabled(_ level: LogLevel) -> Bool { level >= self.level }

    public func debug(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> [String: String] = [:]) {
        log(.debug, message(), fields())
    }

    public func info(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> [String: String] = [:]) {
        log(.info, message(), fields())
    }

    public func warning(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> [String: String] = [:]) {
        log(.warning, message(), fields())
    }

    public func error(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> [String: String] = [:]) {
        log(.error, message(), fields())
    }

    public func log(_ level: LogLevel, _ message: @autoclosure () -> String, _ fields: @autoclosure () -> [String: String] = [:]) {
        guard isEnabled(level) else { return }
        let line = LogLine.render(time: LogLine.timestamp(), level: level, label: label,
                                  message: message(), fields: fields(), format: format)
        sink.write(line)
    }
}

/// Where log lines go.
public struct LogSink: Sendable {
    let write: @Sendable (String) -> Void

    public init(_ write: @escaping @Sendable (String) -> Void) { self.write = write }

    func write(_ line: String) { write(line) }

    public static let stderr = LogSink { line in
        var line = line
        line.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(2, base + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}
