import Documents

/// A duration with Go's `time.ParseDuration` syntax and limits (`1h30m`, `1.5s`, `-2m`,
/// `300ms`, `0`), as Kubernetes' `metav1.Duration` and ESO decode it.
public struct GoDuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }
    public init(seconds: Int64) { self.nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000).partialValue }

    public static func < (a: GoDuration, b: GoDuration) -> Bool { a.nanoseconds < b.nanoseconds }

    public var isNegative: Bool { nanoseconds < 0 }
    public var seconds: Double { Double(nanoseconds) / 1e9 }

    public var description: String { "\(nanoseconds)ns" }

    /// Parses `text` exactly as Go's `time.ParseDuration`; the error text follows Go's.
    public static func parse(_ text: String) -> Result<GoDuration, DurationError> {
        // ASCII text (nearly every duration) is read in place, without copying its scalars.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Result<GoDuration, DurationError>? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return parse(ASCIIScalars(bytes: bytes), text)
        }
        if let ascii, let result = ascii { return result }
        return parse(Array(text.unicodeScalars), text)
    }

    private static func parse<S: RandomAccessCollection>(_ s: S, _ text: String) -> Result<GoDuration, DurationError>
    where S.Element == Unicode.Scalar, S.Index == Int {
        // Built only for error messages.
        func quoted() -> String { "\"" + text + "\"" }
        var i = s.startIndex
        var negative = false
        if i < s.count, s[i] == "-" || s[i] == "+" {
            negative = s[i] == "-"
            i += 1
        }
        if s.count - i == 1, s[i] == "0" { return .success(GoDuration(nanoseconds: 0)) }
        if i == s.count { return .failure(DurationError("time: invalid duration " + quoted())) }
        let limit: UInt64 = 1 << 63
        var total: UInt64 = 0
        while i < s.count {
            // The next character must be [0-9.].
            guard s[i] == "." || digit(s[i]) != nil else {
                return .failure(DurationError("time: invalid duration " + quoted()))
            }
            // Integer part.
            var v: UInt64 = 0
            let start = i
            while i < s.count, let d = digit(s[i]) {
                if v > (limit - 1) / 10 { return .failure(DurationError("time: invalid duration " + quoted())) }
                v = v * 10 + d
                if v > limit { return .failure(DurationError("time: invalid duration " + quoted())) }
                i += 1
            }
            let pre = i != start
            // Fraction part.
            var f: UInt64 = 0
            var scale: Double = 1
            var post = false
            if i < s.count, s[i] == "." {
                i += 1
                let fstart = i
                var overflow = false
                while i < s.count, let d = digit(s[i]) {
                    if !overflow {
                        if f > (UInt64.max - 9) / 10 / 10 { overflow = true } else {
                            f = f * 10 + d
                            scale *= 10
                        }
                    }
                    i += 1
                }
                post = i != fstart
            }
            if !pre && !post { return .failure(DurationError("time: invalid duration " + quoted())) }
            // Unit.
            let ustart = i
            while i < s.count, s[i] != ".", digit(s[i]) == nil { i += 1 }
            if ustart == i { return .failure(DurationError("time: missing unit in duration " + quoted())) }
            guard let unit = unitNanoseconds(s[ustart..<i]) else {
                var unitText = String.UnicodeScalarView()
                unitText.append(contentsOf: s[ustart..<i])
                return .failure(DurationError("time: unknown unit \"\(String(unitText))\" in duration " + quoted()))
            }
            if v > limit / unit { return .failure(DurationError("time: invalid duration " + quoted())) }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > limit { return .failure(DurationError("time: invalid duration " + quoted())) }
            }
            total += v
            if total > limit { return .failure(DurationError("time: invalid duration " + quoted())) }
        }
        if negative {
            return .success(GoDuration(nanoseconds: total == limit ? Int64.min : -Int64(total)))
        }
        if total > limit - 1 { return .failure(DurationError("time: invalid duration " + quoted())) }
        return .success(GoDuration(nanoseconds: Int64(total)))
    }

    private static func digit(_ c: Unicode.Scalar) -> UInt64? {
        guard c.value >= 48, c.value <= 57 else { return nil }
        return UInt64(c.value - 48)
    }

    /// `ns`, `us` (also `µs`, `μs`), `ms`, `s`, `m`, `h`; matched by scalar, without building a string.
    private static func unitNanoseconds<S: Collection>(_ unit: S) -> UInt64? where S.Element == Unicode.Scalar {
        var scalars = unit.makeIterator()
        guard let first = scalars.next() else { return nil }
        guard let second = scalars.next() else {
            switch first {
            case "s": return 1_000_000_000
            case "m": return 60_000_000_000
            case "h": return 3_600_000_000_000
            default: return nil
            }
        }
        guard second == "s", scalars.next() == nil else { return nil }
        switch first {
        case "n": return 1
        case "u", "\u{00B5}", "\u{03BC}": return 1_000
        case "m": return 1_000_000
        default: return nil
        }
    }
}

/// The bytes of an ASCII string as scalars, bounds-checked like an array.
private struct ASCIIScalars: RandomAccessCollection {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(i: Int) -> Unicode.Scalar {
        precondition(i >= 0 && i < bytes.count, "index out of range")
        return Unicode.Scalar(bytes[i])
    }
}

public struct DurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A refresh interval as ESO accepts it: a Go duration string, or (stores) an integer
/// number of seconds.
public enum RefreshInterval {
    /// Decodes `node`; `allowInteger` admits a JSON integer of seconds (store `refreshInterval`).
    public static func decode(_ node: Node, allowInteger: Bool) -> Result<GoDuration, DurationError> {
        switch node.value {
        case .string(let s):
            if allowInteger, let secs = Int64(s) { return .success(GoDuration(seconds: secs)) }
            return GoDuration.parse(s)
        case .number(let n) where allowInteger:
            guard let secs = Int64(n.literal) else {
                return .failure(DurationError("refresh interval \(n.literal) is not a whole number of seconds"))
            }
            return .success(GoDuration(seconds: secs))
        default:
            return .failure(DurationError("refresh interval must be a duration string such as \"1h\", not \(node.typeName)"))
        }
    }
}
