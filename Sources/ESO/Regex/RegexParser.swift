/// Parses Go RE2 syntax (Perl flags, as `regexp.Compile` uses) and rejects what Go
/// rejects: backreferences, lookarounds, possessive or nested quantifiers, `\Z`, bad
/// escapes, repeat counts over 1000, unbalanced brackets.
struct RegexParser {
    private struct Flags {
        var fold = false
        var multiLine = false
        var dotNewline = false
    }

    private let s: [Unicode.Scalar]
    private let text: String
    private var i = 0
    private var depth = 0

    init(_ text: String) {
        self.text = text
        s = Array(text.unicodeScalars)
    }

    static func parse(_ text: String) -> Result<RegexNode, RegexError> {
        var p = RegexParser(text)
        do {
            var flags = Flags()
            let node = try p.parseAlternation(&flags)
            if p.i < p.s.count { throw p.err("unexpected )", text) }
            return .success(node)
        } catch let e as RegexError {
            return .failure(e)
        } catch {
            return .failure(RegexError(code: "invalid regexp", expr: text))
        }
    }

    private func err(_ code: String, _ expr: String) -> RegexError { RegexError(code: code, expr: expr) }

    private func slice(_ from: Int, _ to: Int) -> String {
        String(String.UnicodeScalarView(s[max(0, from)..<min(to, s.count)]))
    }

    private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func parseAlternation(_ flags: inout Flags) throws -> RegexNode {
        var branches: [RegexNode] = [try parseConcat(&flags)]
        while peek == "|" {
            i += 1
            branches.append(try parseConcat(&flags))
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func parseConcat(_ flags: inout Flags) throws -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek, c != "|", c != ")" {
            let start = i
            // A quantifier with nothing before it.
            if c == "*" || c == "+" || c == "?" {
                throw err("missing argument to repetition operator", String(c))
            }
            if c == "{", let _ = repeatCount(at: i) {
                let end = repeatEnd(at: i)
                throw err("missing argument to repetition operator", slice(i, end))
            }
            guard let atom = try parseAtom(&flags) else { continue }
            var node = atom
            var quantified = false
            let opStart = i
            while let q = peek {
                var min = 0
                var max: Int?
                var end = i + 1
                switch q {
                case "*": min = 0; max = nil
                case "+": min = 1; max = nil
                case "?": min = 0; max = 1
                case "{":
                    guard let count = repeatCount(at: i) else { break }
                    if count.min > 1000 || (count.max ?? 0) > 1000 || (count.max.map { $0 < count.min } ?? false) {
                        throw err("invalid repeat count", slice(i, repeatEnd(at: i)))
                    }
                    min = count.min
                    max = count.max
                    end = repeatEnd(at: i)
                default: break
                }
                if q == "{", repeatCount(at: i) == nil { break }
                if q != "*", q != "+", q != "?", q != "{" { break }
                if quantified {
                    throw err("invalid nested repetition operator", slice(opStart, end))
                }
                node = .repetition(node, min: min, max: max)
                // Go rejects repeats whose nesting multiplies past 1000 copies (`(a{0,1000}){50}`):
                // its compiled program would be huge.
                if q == "{", min >= 2 || (max ?? 0) >= 2, !Self.repeatIsValid(node, 1000) {
                    throw err("invalid repeat count", slice(i, end))
                }
                i = end
                if peek == "?" { i += 1 }  // lazy: same language, same answer for a match test
                quantified = true
            }
            _ = start
            items.append(node)
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .concat(items)
    }

    /// Go's `repeatIsValid`: the repeat counts nested in `node`, multiplied, stay within `n`
    /// copies of the innermost thing. (`*`, `+` and `?` count 0 or 1: never a limit.)
    static func repeatIsValid(_ node: RegexNode, _ n: Int) -> Bool {
        var n = n
        switch node {
        case .repetition(let sub, let min, let max):
            if max == 0 { return true }
            let m = max ?? min
            if m > n { return false }
            if m > 0 { n /= m }
            return repeatIsValid(sub, n)
        case .concat(let subs), .alternate(let subs):
            return subs.allSatisfy { repeatIsValid($0, n) }
        default:
            return true
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` starting at `at`, or nil when it is a literal brace.
    private func repeatCount(at: Int) -> (min: Int, max: Int?)? {
        var j = at + 1
        func number() -> Int? {
            let start = j
            var v = 0
            while j < s.count, let d = digit(s[j]) {
                v = v > 100_000 ? v : v * 10 + d
                j += 1
            }
            return j > start ? v : nil
        }
        guard let min = number() else { return nil }
        var max: Int? = min
        if j < s.count, s[j] == "," {
            j += 1
            max = number()
        }
        guard j < s.count, s[j] == "}" else { return nil }
        return (min, max)
    }

    private func repeatEnd(at: Int) -> Int {
        var j = at
        while j < s.count, s[j] != "}" { j += 1 }
        return j + 1
    }

    private static func hex(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 48...57: return Int(c.value - 48)
        case 65...70: return Int(c.value - 55)
        case 97...102: return Int(c.value - 87)
        default: return nil
        }
    }

    private func digit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
    }

    /// One atom; nil for a flag group that only changed flags.
    private mutating func parseAtom(_ flags: inout Flags) throws -> RegexNode? {
        guard let c = peek else { return .empty }
        switch c {
        case "(":
            return try parseGroup(&flags)
        case "[":
            return .set(try parseClass(flags))
        case ".":
            i += 1
            return .any(newline: flags.dotNewline)
        case "^":
            i += 1
            return .assertion(flags.multiLine ? .beginLine : .beginText)
        case "$":
            i += 1
            return .assertion(flags.multiLine ? .endLine : .endText)
        case "\\":
            return try parseEscapeAtom(flags)
        default:
            i += 1
            return .literal(c, fold: flags.fold)
        }
    }

    private mutating func parseGroup(_ flags: inout Flags) throws -> RegexNode? {
        let start = i
        i += 1
        depth += 1
        defer { depth -= 1 }
        // Go allows 1000; 250 keeps the recursive parser safe on small thread stacks.
        if depth > 250 { throw err("expression nests too deeply", text) }
        var inner = flags
        if peek == "?" {
            i += 1
            // Named captures: (?P<name>re) and (?<name>re).
            if peek == "P" || (peek == "<" && i + 1 < s.count && s[i + 1] != "=" && s[i + 1] != "!") {
                if peek == "P" { i += 1 }
                guard peek == "<" else { throw err("invalid or unsupported Perl syntax", slice(start, i + 1)) }
                i += 1
                let nameStart = i
                while let c = peek, c != ">" {
                    guard c.properties.isAlphabetic || c == "_" || digit(c) != nil else {
                        throw err("invalid named capture", slice(start, i + 1))
                    }
                    i += 1
                }
                if peek != ">" || i == nameStart { throw err("invalid named capture", slice(start, i + 1)) }
                i += 1
            } else {
                // Flags: (?flags) or (?flags:re). Lookarounds and the rest are unsupported.
                var sign = true
                var sawFlag = false
                var sawDash = false
                while true {
                    guard let c = peek else { throw err("missing closing )", text) }
                    switch c {
                    case "i": inner.fold = sign
                    case "m": inner.multiLine = sign
                    case "s": inner.dotNewline = sign
                    case "U": break
                    case "-":
                        if sawDash { throw err("invalid or unsupported Perl syntax", slice(start, i + 1)) }
                        sawDash = true
                        sign = false
                        sawFlag = false
                        i += 1
                        continue
                    case ")", ":":
                        // `(?:` and even `(?)` are fine; a `-` must be followed by a flag.
                        if sawDash, !sawFlag { throw err("invalid or unsupported Perl syntax", slice(start, i + 1)) }
                        i += 1
                        if c == ")" {
                            flags = inner  // applies to the rest of the enclosing group
                            return nil
                        }
                        let node = try parseAlternation(&inner)
                        guard peek == ")" else { throw err("missing closing )", slice(start, s.count)) }
                        i += 1
                        return node
                    default:
                        throw err("invalid or unsupported Perl syntax", slice(start, i + 1))
                    }
                    sawFlag = true
                    i += 1
                }
            }
        }
        let node = try parseAlternation(&inner)
        guard peek == ")" else { throw err("missing closing )", slice(start, s.count)) }
        i += 1
        return node
    }

    private mutating func parseEscapeAtom(_ flags: Flags) throws -> RegexNode {
        let start = i
        guard i + 1 < s.count else { throw err("trailing backslash at end of expression", "") }
        let c = s[i + 1]
        switch c {
        case "A": i += 2; return .assertion(.beginText)
        case "z": i += 2; return .assertion(.endText)
        case "b": i += 2; return .assertion(.wordBoundary)
        case "B": i += 2; return .assertion(.notWordBoundary)
        case "Q":
            i += 2
            var lits: [RegexNode] = []
            while i < s.count {
                if s[i] == "\\", i + 1 < s.count, s[i + 1] == "E" {
                    i += 2
                    break
                }
                lits.append(.literal(s[i], fold: flags.fold))
                i += 1
            }
            return lits.isEmpty ? .empty : .concat(lits)
        default:
            if let set = try perlOrUnicodeClass() { return .set(setWithFold(set, flags)) }
            let scalar = try parseEscapedScalar(start)
            return .literal(scalar, fold: flags.fold)
        }
    }

    private func setWithFold(_ set: CharSet, _ flags: Flags) -> CharSet {
        var out = set
        out.fold = flags.fold
        return out
    }

    /// `\d \D \s \S \w \W \pX \p{Name} \PX` at `i` (a backslash); nil when not one.
    private mutating func perlOrUnicodeClass() throws -> CharSet? {
        guard i + 1 < s.count else { return nil }
        let c = s[i + 1]
        var set = CharSet()
        switch c {
        case "d", "D":
            set.ranges = [48...57]
        case "s", "S":
            set.ranges = [9...10, 12...13, 32...32]
        case "w", "W":
            set.ranges = [48...57, 65...90, 95...95, 97...122]
        case "p", "P":
            let start = i
            i += 2
            var name = ""
            guard let n = peek else { throw err("invalid character class range", slice(start, i)) }
            if n == "{" {
                i += 1
                while let ch = peek, ch != "}" { name.unicodeScalars.append(ch); i += 1 }
                guard peek == "}" else { throw err("invalid character class range", slice(start, i)) }
                i += 1
            } else {
                name = String(n)
                i += 1
            }
            var negated = c == "P"
            if name.hasPrefix("^") {
                negated.toggle()
                name.removeFirst()
            }
            guard UnicodeClass.isKnown(name) else { throw err("invalid character class range", slice(start, i)) }
            set.categories = [(name, negated)]
            return set
        default:
            return nil
        }
        set.negated = c == "D" || c == "S" || c == "W"
        i += 2
        return set
    }

    /// A literal escape at `i` (a backslash): control letters, hex, octal, punctuation.
    private mutating func parseEscapedScalar(_ start: Int) throws -> Unicode.Scalar {
        i += 1
        guard let c = peek else { throw err("trailing backslash at end of expression", "") }
        i += 1
        switch c {
        case "a": return "\u{07}"
        case "f": return "\u{0C}"
        case "t": return "\t"
        case "n": return "\n"
        case "r": return "\r"
        case "v": return "\u{0B}"
        case "x":
            var value: UInt32 = 0
            if peek == "{" {
                i += 1
                var count = 0
                while let h = peek, let d = Self.hex(h) {
                    value = value > 0x10FFFF ? value : value * 16 + UInt32(d)
                    count += 1
                    i += 1
                }
                guard peek == "}", count > 0, value <= 0x10FFFF else {
                    throw err("invalid escape sequence", slice(start, i + 1))
                }
                i += 1
            } else {
                for _ in 0..<2 {
                    guard let h = peek, let d = Self.hex(h) else { throw err("invalid escape sequence", slice(start, i + 1)) }
                    value = value * 16 + UInt32(d)
                    i += 1
                }
            }
            guard let scalar = Unicode.Scalar(value) else { throw err("invalid escape sequence", slice(start, i)) }
            return scalar
        case "1"..."7":
            // A lone digit would be a backreference, which RE2 does not support.
            guard let n = peek, ("0"..."7").contains(n) else { throw err("invalid escape sequence", slice(start, i)) }
            fallthrough
        case "0":
            var value = c.value - 48
            var digits = 0
            while digits < 2, let n = peek, ("0"..."7").contains(n) {
                value = value * 8 + (n.value - 48)
                digits += 1
                i += 1
            }
            return Unicode.Scalar(value) ?? "\0"
        default:
            if c.isASCII, !(c.properties.isAlphabetic || ("0"..."9").contains(c)) { return c }
            throw err("invalid escape sequence", slice(start, i))
        }
    }

    private mutating func parseClass(_ flags: Flags) throws -> CharSet {
        let start = i
        i += 1
        var set = CharSet()
        set.fold = flags.fold
        if peek == "^" {
            set.negated = true
            i += 1
        }
        var first = true
        while true {
            guard let c = peek else { throw err("missing closing ]", slice(start, s.count)) }
            if c == "]", !first { i += 1; break }
            first = false
            // [:alpha:] ASCII classes.
            if c == "[", i + 1 < s.count, s[i + 1] == ":" {
                if let (named, end) = asciiClass(at: i) {
                    set.categories += named.categories
                    set.ranges += named.negated ? complement(named.ranges) : named.ranges
                    i = end
                    continue
                }
            }
            if c == "\\", let sub = try perlOrUnicodeClass() {
                if sub.negated {
                    set.ranges += complement(sub.ranges)
                } else {
                    set.ranges += sub.ranges
                }
                set.categories += sub.categories
                continue
            }
            let lo = try classScalar()
            if peek == "-", i + 1 < s.count, s[i + 1] != "]" {
                i += 1
                let rangeStart = i
                if peek == "\\", i + 1 < s.count, "dDsSwWpP".unicodeScalars.contains(s[i + 1]) {
                    throw err("invalid character class range", slice(start, i + 2))
                }
                let hi = try classScalar()
                if hi.value < lo.value { throw err("invalid character class range", slice(rangeStart - 2, i)) }
                set.ranges.append(lo.value...hi.value)
            } else {
                set.ranges.append(lo.value...lo.value)
            }
        }
        return set
    }

    private mutating func classScalar() throws -> Unicode.Scalar {
        guard let c = peek else { throw err("missing closing ]", text) }
        if c == "\\" { return try parseEscapedScalar(i) }
        i += 1
        return c
    }

    private func asciiClass(at: Int) -> (CharSet, Int)? {
        var j = at + 2
        var negated = false
        if j < s.count, s[j] == "^" { negated = true; j += 1 }
        var name = ""
        while j < s.count, s[j] != ":" { name.unicodeScalars.append(s[j]); j += 1 }
        guard j + 1 < s.count, s[j] == ":", s[j + 1] == "]" else { return nil }
        let table: [String: [ClosedRange<UInt32>]] = [
            "alnum": [48...57, 65...90, 97...122], "alpha": [65...90, 97...122], "ascii": [0...127],
            "blank": [9...9, 32...32], "cntrl": [0...31, 127...127], "digit": [48...57],
            "graph": [33...126], "lower": [97...122], "print": [32...126],
            "punct": [33...47, 58...64, 91...96, 123...126], "space": [9...13, 32...32],
            "upper": [65...90], "word": [48...57, 65...90, 95...95, 97...122], "xdigit": [48...57, 65...70, 97...102],
        ]
        guard let ranges = table[name] else { return nil }
        var set = CharSet()
        set.ranges = ranges
        set.negated = negated
        return (set, j + 2)
    }

    private func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var out: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if r.lowerBound > next { out.append(next...(r.lowerBound - 1)) }
            next = max(next, r.upperBound + 1)
        }
        if next <= 0x10FFFF { out.append(next...0x10FFFF) }
        return out
    }
}
