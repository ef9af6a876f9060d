/// The parsed form of a Go (RE2) regular expression.
indirect enum RegexNode: Sendable {
    case empty
    case literal(Unicode.Scalar, fold: Bool)
    /// `.`; `newline` is true under the `s` flag.
    case any(newline: Bool)
    case set(CharSet)
    case assertion(RegexAssertion)
    case concat([RegexNode])
    case alternate([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?)
}

enum RegexAssertion: Sendable {
    case beginText, endText, beginLine, endLine, wordBoundary, notWordBoundary
}

/// A character class: inclusive scalar ranges, possibly negated and case-folded.
struct CharSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var negated = false
    var fold = false
    /// Unicode general categories or scripts by name (`\pL`, `\p{Greek}`).
    var categories: [(name: String, negated: Bool)] = []

    func contains(_ c: Unicode.Scalar) -> Bool {
        var hit = rawContains(c)
        if !hit, fold {
            for v in [c.properties.lowercaseMapping, c.properties.uppercaseMapping] {
                if let s = v.unicodeScalars.first, v.unicodeScalars.count == 1, s != c, rawContains(s) {
                    hit = true
                    break
                }
            }
        }
        return hit != negated
    }

    private func rawContains(_ c: Unicode.Scalar) -> Bool {
        for r in ranges where r.contains(c.value) { return true }
        for cat in categories where UnicodeClass.matches(cat.name, c) != cat.negated { return true }
        return false
    }
}

/// A syntax error, worded like Go's `regexp/syntax` errors.
public struct RegexError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var expr: String
    public var description: String { "error parsing regexp: \(code): `\(expr)`" }
}

enum UnicodeClass {
    /// Whether `name` is a class Go knows; general categories are checked exactly,
    /// any other alphabetic name is taken as a script (Swift exposes no script property).
    static func isKnown(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" }
    }

    static func matches(_ name: String, _ c: Unicode.Scalar) -> Bool {
        let gc = c.properties.generalCategory
        switch name {
        case "Any": return true
        case "L": return [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(gc)
        case "Lu": return gc == .uppercaseLetter
        case "Ll": return gc == .lowercaseLetter
        case "Lt": return gc == .titlecaseLetter
        case "Lm": return gc == .modifierLetter
        case "Lo": return gc == .otherLetter
        case "M": return [.nonspacingMark, .spacingMark, .enclosingMark].contains(gc)
        case "N": return [.decimalNumber, .letterNumber, .otherNumber].contains(gc)
        case "Nd": return gc == .decimalNumber
        case "Nl": return gc == .letterNumber
        case "No": return gc == .otherNumber
        case "P": return [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                          .initialPunctuation, .finalPunctuation, .otherPunctuation].contains(gc)
        case "S": return [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol].contains(gc)
        case "Z": return [.spaceSeparator, .lineSeparator, .paragraphSeparator].contains(gc)
        case "Zs": return gc == .spaceSeparator
        case "C": return [.control, .format, .surrogate, .privateUse, .unassigned].contains(gc)
        case "Cc": return gc == .control
        case "Latin": return c.properties.isAlphabetic && (c.value < 0x250 || (0x1E00...0x1EFF).contains(c.value))
        case "Greek": return (0x370...0x3FF).contains(c.value) || (0x1F00...0x1FFF).contains(c.value)
        case "Cyrillic": return (0x400...0x52F).contains(c.value)
        case "Han": return (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value)
        default: return false
        }
    }
}
