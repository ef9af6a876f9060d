extension Number {
    /// The literal Go's encoding/json writes for a float64 (what the API server
    /// stores for a YAML float): shortest round-trip digits, plain notation for
    /// 1e-6 ≤ |x| < 1e21, otherwise `1e+21` / `1.5e-7`. Nil for NaN and infinities,
    /// which JSON cannot represent.
    public static func canonical(_ value: Double) -> Number? {
        guard value.isFinite else { return nil }
        if value == 0 { return Number(literal: value.sign == .minus ? "-0" : "0") }
        let (digits, exponent) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        if magnitude < 1e-6 || magnitude >= 1e21 {
            var s = String(digits.first ?? "0")
            if digits.count > 1 { s += "." + digits.dropFirst() }
            let e = exponent - 1
            s += e < 0 ? "e-" : "e+"
            let ae = abs(e)
            // Go prints at least two exponent digits, then json trims `e-07` to `e-7`.
            s += (ae < 10 && e >= 0) ? "0\(ae)" : "\(ae)"
            return Number(literal: sign + s)
        }
        // Plain: value = 0.digits × 10^exponent.
        var s: String
        if exponent <= 0 {
            s = "0." + String(repeating: "0", count: -exponent) + digits
        } else if exponent >= digits.count {
            s = digits + String(repeating: "0", count: exponent - digits.count)
        } else {
            let cut = digits.index(digits.startIndex, offsetBy: exponent)
            s = digits[..<cut] + "." + digits[cut...]
        }
        return Number(literal: sign + s)
    }

    /// Go's `strconv.FormatFloat(v, 'g', -1, 64)`: plain notation for exponents
    /// -4…5, otherwise `1e+06` / `1.5e-05` (at least two exponent digits).
    static func goShortestG(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let sign = value < 0 ? "-" : ""
        let (digits, exponent) = shortestDigits(abs(value))
        let exp = exponent - 1
        if exp < -4 || exp >= 6 {
            var s = String(digits.first ?? "0")
            if digits.count > 1 { s += "." + digits.dropFirst() }
            let ae = abs(exp)
            return sign + s + (exp < 0 ? "e-" : "e+") + (ae < 10 ? "0\(ae)" : "\(ae)")
        }
        if exponent <= 0 { return sign + "0." + String(repeating: "0", count: -exponent) + digits }
        if exponent >= digits.count { return sign + digits + String(repeating: "0", count: exponent - digits.count) }
        let cut = digits.index(digits.startIndex, offsetBy: exponent)
        return sign + digits[..<cut] + "." + digits[cut...]
    }

    /// Shortest round-trip decimal digits of a positive finite value (from the
    /// stdlib's description) and the exponent `e` with value = 0.d1d2… × 10^e.
    static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = value.description  // "123.45", "1e-07", "1.5e+300"
        var mantissa = Substring(text)
        var exp10 = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp10 = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = Substring(mantissa)
        var fracPart = Substring("")
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var exponent = intPart.count + exp10
        while digits.hasPrefix("0") { digits.removeFirst(); exponent -= 1 }
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.isEmpty { digits = "0"; exponent = 1 }
        return (digits, exponent)
    }
}
