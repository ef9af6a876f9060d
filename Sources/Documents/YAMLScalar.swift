/// Plain-scalar resolution as Kubernetes does it: sigs.k8s.io/yaml decodes with
/// go-yaml v2, whose `resolve.go` follows YAML 1.1. Matching it means a manifest
/// means the same thing to esoguard as to the API server (`on` is `true`,
/// `0777` is 511, `1_000` is 1000, `08` is the float 8).
enum YAMLScalar {
    /// What a scalar resolves to before it becomes a `Value`.
    enum Resolved: Equatable {
        case null
        case bool(Bool)
        case int(String)       // canonical decimal literal
        case float(Double)
        case string
        case merge
    }

    private static let booleans: [String: Bool] = [
        "y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
        "true": true, "True": true, "TRUE": true,
        "on": true, "On": true, "ON": true,
        "n": false, "N": false, "no": false, "No": false, "NO": false,
        "false": false, "False": false, "FALSE": false,
        "off": false, "Off": false, "OFF": false,
    ]
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let specialFloats: [String: Double] = [
        ".nan": .nan, ".NaN": .nan, ".NAN": .nan,
        ".inf": .infinity, ".Inf": .infinity, ".INF": .infinity,
        "+.inf": .infinity, "+.Inf": .infinity, "+.INF": .infinity,
        "-.inf": -.infinity, "-.Inf": -.infinity, "-.INF": -.infinity,
    ]

    /// Resolves an untagged plain scalar, following go-yaml v2's `resolve()`:
    /// the first byte picks a family, anything else is a string.
    static func resolve(_ text: String) -> Resolved {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            if let b = booleans[text] { return .bool(b) }
            if nulls.contains(text) { return .null }
            return .string
        case UInt8(ascii: "."):
            if let f = specialFloats[text] { return .float(f) }
            // go-yaml hands the text to strconv.ParseFloat without its regexp here.
            if matchesFloat(Array(text.utf8)), let d = Double(text), d.isFinite { return .float(d) }
            return .string
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let f = specialFloats[text] { return .float(f) }
            if text == "<<" { return .merge }
            return resolveNumber(text)
        case UInt8(ascii: "<"):
            return text == "<<" ? .merge : .string
        default:
            return .string
        }
    }

    /// Int (ParseInt/ParseUint with base 0 after removing `_`), then YAML-style float.
    private static func resolveNumber(_ text: String) -> Resolved {
        // Timestamps (`2001-12-14`) stay strings: go-yaml v2 returns their text for
        // interface{} targets; none of them parses as a number below either.
        var plain = Array(text.utf8)
        plain.removeAll { $0 == UInt8(ascii: "_") }
        if let literal = parseGoInteger(plain) { return .int(literal) }
        if matchesFloat(plain), let d = Double(String(decoding: plain, as: UTF8.self)), d.isFinite {
            return .float(d)
        }
        return .string
    }

    /// strconv.ParseInt(s, 0, 64) or ParseUint(s, 0, 64): optional sign, then
    /// `0x`/`0o`/`0b` prefixes (any case), a leading `0` meaning octal, or decimal.
    /// Returns the value as a decimal literal.
    static func parseGoInteger(_ bytes: [UInt8]) -> String? {
        var i = 0
        var negative = false
        var signed = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            signed = true
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < bytes.count else { return nil }
        var radix: UInt64 = 10
        if bytes[i] == UInt8(ascii: "0"), i + 1 < bytes.count {
            switch bytes[i + 1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; i += 2
            case UInt8(ascii: "o"): radix = 8; i += 2
            case UInt8(ascii: "b"): radix = 2; i += 2
            default: radix = 8; i += 1
            }
            guard i < bytes.count else { return nil }
        }
        var magnitude: UInt64 = 0
        while i < bytes.count {
            let c = bytes[i]
            let digit: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: radix)
            let (m2, o2) = m1.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            magnitude = m2
            i += 1
        }
        if negative {
            // ParseInt: down to Int64.min; ParseUint rejects any sign-prefixed negative.
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == 0 ? "0" : "-" + String(magnitude)
        }
        // ParseUint (past Int64.max) takes no sign at all.
        if signed && magnitude > UInt64(Int64.max) { return nil }
        return String(magnitude)
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$` (go-yaml's yamlStyleFloat).
    static func matchesFloat(_ b: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; _ = digits() }
        }
        if i < b.count, b[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }
}
