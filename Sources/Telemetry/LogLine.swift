import Glibc

/// Formats log lines; separate from `Logger` so tests can check the exact text.
public enum LogLine {
    /// Renders one line, newline included. Fields are written in key order so
    /// lines are stable and easy to grep.
    public static func render(time: String, level: LogLevel, label: String, message: String,
                              fields: [String: String], format: LogFormat) -> String {
        let keys = fields.keys.sorted()
        var out = ""
        out.reserveCapacity(96 + message.utf8.count)
        switch format {
        case .json:
            out += "{\"time\":\"\(time)\",\"level\":\"\(level.rawValue)\",\"logger\":"
            appendJSONString(label, to: &out)
            out += ",\"msg\":"
            appendJSONString(message, to: &out)
            for key in keys {
                out += ","
                appendJSONString(key, to: &out)
                out += ":"
                appendJSONString(bounded(fields[key] ?? ""), to: &out)
            }
            out += "}\n"
        case .text:
            out += "\(time) \(level.rawValue.uppercased()) [\(label)] "
            out += escapeText(message, quoteIfSpaced: false)
            for key in keys {
                out += " \(key)=" + escapeText(bounded(fields[key] ?? ""), quoteIfSpaced: true)
            }
            out += "\n"
        }
        return out
    }

    /// Longest field value written whole. Values such as a review's uid or an error that
    /// quotes its input come from clients: one request must not write megabytes to the log.
    public static let maxFieldBytes = 1024

    static func bounded(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.count > maxFieldBytes else { return value }
        var end = utf8.index(utf8.startIndex, offsetBy: maxFieldBytes)
        // Back to the start of a character's bytes: never cut a UTF-8 sequence in two.
        while end > utf8.startIndex && utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: utf8[..<end], as: UTF8.self) + "… (\(utf8.count) bytes)"
    }

    /// UTC time as RFC 3339 with milliseconds, e.g. `2026-11-23T18:10:00.123Z`.
    public static func timestamp() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return rfc3339(seconds: Int64(ts.tv_sec), millis: Int(ts.tv_nsec) / 1_000_000)
    }

    /// Unix seconds as RFC 3339 UTC, e.g. `2026-11-23T18:10:00Z` (with `millis`, `...:00.123Z`):
    /// how certificate dates are logged and reported.
    public static func rfc3339(seconds unix: Int64, millis: Int? = nil) -> String {
        var seconds = time_t(unix)
        var tm = Glibc.tm()
        gmtime_r(&seconds, &tm)
        let fraction = millis.map { ".\(pad($0, 3))" } ?? ""
        return "\(pad(Int(tm.tm_year) + 1900, 4))-\(pad(Int(tm.tm_mon) + 1, 2))-\(pad(Int(tm.tm_mday), 2))T"
            + "\(pad(Int(tm.tm_hour), 2)):\(pad(Int(tm.tm_min), 2)):\(pad(Int(tm.tm_sec), 2))\(fraction)Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func appendJSONString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Text values stay on one line: control characters are escaped, and values
    /// with spaces or quotes are quoted.
    private static func escapeText(_ s: String, quoteIfSpaced: Bool) -> String {
        var needsQuotes = false
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            case "\"": out += quoteIfSpaced ? "\\\"" : "\""; needsQuotes = true
            case " ", "=": out.unicodeScalars.append(scalar); needsQuotes = true
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return quoteIfSpaced && (needsQuotes || out.isEmpty) ? "\"\(out)\"" : out
    }
}
