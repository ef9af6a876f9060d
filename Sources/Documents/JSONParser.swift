/// Strict RFC 8259 JSON parser into `Node`s with positions. It is on the hot path
/// of every admission request, so it works on raw bytes: no per-character
/// `String` work, strings are sliced out of the buffer whole when they need no
/// unescaping. Numbers keep their literal text; duplicate keys, lone surrogates,
/// invalid UTF-8 and trailing data are errors.
public enum JSONParser {
    /// Parses one JSON value. `omitting` names members to check but leave out of the
    /// tree (see `JSONOmissions`); strings found in `vocabulary` share its storage.
    public static func parse(_ bytes: [UInt8], source: String = "<input>",
                             limits: DocumentLimits = .default,
                             omitting omissions: JSONOmissions? = nil,
                             vocabulary: JSONVocabulary = .none) throws(DocumentError) -> Node {
        if bytes.count > limits.maxBytes {
            throw DocumentError(source: source, position: .unknown,
                                message: "input is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes (maxBytes)")
        }
        let result: Result<Node, DocumentError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONScanner(buffer, source: source, limits: limits, vocabulary: vocabulary)
            do throws(DocumentError) {
                return .success(try parser.parseDocument(omitting: omissions))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func parse(_ text: String, source: String = "<input>",
                             limits: DocumentLimits = .default) throws(DocumentError) -> Node {
        try parse(Array(text.utf8), source: source, limits: limits)
    }

    /// The JSON text as a one-document stream, for callers that treat YAML and JSON alike.
    public static func document(_ bytes: [UInt8], source: String = "<input>",
                                limits: DocumentLimits = .default) throws(DocumentError) -> Document {
        Document(source: source, root: try parse(bytes, source: source, limits: limits))
    }
}

private extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let minus = UInt8(ascii: "-")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let newline = UInt8(ascii: "\n")
}

struct JSONScanner: ~Copyable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    private let limits: DocumentLimits
    private var index = 0
    private var depth = 0
    /// Values built so far, against `limits.maxNodes`: a tree holds some 100 bytes per value,
    /// 30 times what its text takes for `[0,0,…]`.
    private var nodes = 0
    // Columns count characters: non-ASCII only occurs inside strings, where the
    // scanner adds up continuation bytes to subtract from the byte offset.
    private var line = 1
    // The offset of column 0: the line's start, less one, plus the continuation bytes
    // passed on the line, kept as one number so that a position costs one subtraction.
    private var columnBase = -1
    private var scratch: [UInt8] = []
    // Elements of the open containers; members with their keys' prints.
    private var items = ScratchStack<Node>()
    private var members = ScratchStack<PrintedMember>()
    private let smallStrings = SmallASCII.isSupported
    private var longStrings = JSONStringTable()
    /// Keys of omitted members: not in the tree, but `longStrings` may describe them, so
    /// they must live as long as the strings in the tree do.
    private var omittedKeys: [String] = []
    private let vocabulary: JSONVocabulary

    init(_ bytes: UnsafeBufferPointer<UInt8>, source: String, limits: DocumentLimits, vocabulary: JSONVocabulary) {
        self.bytes = bytes
        self.source = source
        self.limits = limits
        self.vocabulary = vocabulary
    }

    mutating func parseDocument(omitting omissions: JSONOmissions? = nil) throws(DocumentError) -> Node {
        // A UTF-8 byte order mark is tolerated, as Go's decoder does not but most tools do.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            columnBase = 2  // editors do not show it: columns start after it
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("empty input, expected a JSON value") }
        let node: Node
        if let omissions, bytes[index] == .openBrace {
            node = try parseObject(position, omitting: omissions)
        } else {
            node = try parseValue()
        }
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describe(bytes[index])) after the JSON value")
        }
        return node
    }

    // MARK: Positions and errors

    private var position: SourcePosition {
        SourcePosition(line: line, column: index - columnBase)
    }

    private func error(_ message: String) -> DocumentError {
        DocumentError(source: source, position: position, message: message)
    }

    private func error(_ message: String, at position: SourcePosition) -> DocumentError {
        DocumentError(source: source, position: position, message: message)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            let c = bytes[index]
            if c > 0x20 { return }  // every token starts above the space
            if c == 0x20 || c == 0x09 || c == 0x0D {
                index += 1
            } else if c == .newline {
                index += 1
                line += 1
                columnBase = index - 1
                skipIndentation()
            } else {
                return
            }
        }
    }

    /// Pretty-printed JSON indents every line: skip its spaces a word at a time.
    @inline(__always)
    private mutating func skipIndentation() {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        while index + 8 <= bytes.count {
            let other = loadWord(at: index) ^ spaces
            if other != 0 {
                index += other.trailingZeroBitCount &>> 3
                return
            }
            index += 8
        }
    }

    /// The 8 bytes at `i`; the caller checks `i + 8 <= bytes.count` (so the buffer is not empty).
    @inline(__always)
    private func loadWord(at i: Int) -> UInt64 {
        ByteScan.load(bytes.baseAddress.unsafelyUnwrapped, i)
    }

    // MARK: Values

    private mutating func parseValue() throws(DocumentError) -> Node {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        let start = position
        try countNode(start)
        switch bytes[index] {
        case .openBrace: return try parseObject(start)
        case .openBracket: return try parseArray(start)
        case .quote: return Node(.string(try parseString().string), at: start)
        case .minus, .zero ... .nine: return Node(.number(try parseNumber()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return Node(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return Node(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return Node(.null, at: start)
        case let byte: throw error("unexpected \(describe(byte)), expected a value")
        }
    }

    /// Checks the value at `index` as `parseValue` would and moves past it, building nothing.
    private mutating func skipValue() throws(DocumentError) {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[index] {
        case .openBrace: try skipObject(position)
        case .openBracket: try skipArray(position)
        case .quote: if plainString() == nil { _ = try parseAnyString(keep: false) }
        case .minus, .zero ... .nine: try scanNumber()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        case let byte: throw error("unexpected \(describe(byte)), expected a value")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(DocumentError) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count {
            guard index + i < bytes.count, bytes[index + i] == expected[i] else {
                throw error("invalid literal, expected '\(word)'")
            }
        }
        index += count
    }

    @inline(__always)
    private mutating func enter(_ start: SourcePosition) throws(DocumentError) {
        depth += 1
        if depth > limits.maxDepth { throw tooDeep(start) }
    }

    @inline(__always)
    private mutating func countNode(_ start: SourcePosition) throws(DocumentError) {
        nodes &+= 1
        if nodes > limits.maxNodes { throw tooMany(start) }
    }

    @inline(never)
    private func tooMany(_ start: SourcePosition) -> DocumentError {
        error("more than \(limits.maxNodes) values (maxNodes)", at: start)
    }

    @inline(never)
    private func tooDeep(_ start: SourcePosition) -> DocumentError {
        error("nesting deeper than \(limits.maxDepth) levels (maxDepth)", at: start)
    }

    private mutating func parseArray(_ start: SourcePosition) throws(DocumentError) -> Node {
        if try opensEmpty(.closeBracket, start) { return Node(.array([]), at: start) }
        let base = items.count
        repeat {
            skipWhitespace()
            items.push(try parseValue())
        } while try !closes(.closeBracket, start)
        depth -= 1
        return Node(.array(items.popArray(from: base)), at: start)
    }

    private mutating func skipArray(_ start: SourcePosition) throws(DocumentError) {
        if try opensEmpty(.closeBracket, start) { return }
        repeat {
            skipWhitespace()
            try skipValue()
        } while try !closes(.closeBracket, start)
        depth -= 1
    }

    private mutating func parseObject(_ start: SourcePosition) throws(DocumentError) -> Node {
        if try opensEmpty(.closeBrace, start) { return Node(.object([]), at: start) }
        var seen = KeysSeen(base: members.count)
        repeat {
            try expectKey(start)
            let keyPosition = position
            let (key, print) = try parseString()
            try checkNewKey(key, print, at: keyPosition, &seen)
            try expectColon()
            skipWhitespace()
            let value = try parseValue()
            members.push(PrintedMember(member: Member(key: key, keyPosition: keyPosition, value: value), print: print))
        } while try !closes(.closeBrace, start)
        depth -= 1
        return Node(.object(members.popArray(from: seen.base) { $0.member }), at: start)
    }

    /// `parseObject` for an object with omissions: a path apart, so that the common
    /// one pays nothing for them.
    private mutating func parseObject(_ start: SourcePosition, omitting omissions: JSONOmissions) throws(DocumentError) -> Node {
        try countNode(start)
        if try opensEmpty(.closeBrace, start) { return Node(.object([]), at: start) }
        var seen = KeysSeen(base: members.count)
        var omitted: UInt64 = 0  // one bit per entry of `omissions` met here
        repeat {
            try expectKey(start)
            let keyPosition = position
            let (key, print) = try parseString()
            let entry = omissions.entry(for: key, print: print)
            if let entry, omissions.entries[entry].isOmitted {
                // Not in `members`: the entry's bit stands in for the duplicate check.
                if omitted & (1 &<< entry) != 0 { throw error("duplicate key \(quotedExcerpt(key)) in object", at: keyPosition) }
                omitted |= 1 &<< entry
                if key.utf8.count > 15 { omittedKeys.append(key) }  // a long one may be in `longStrings`
                try expectColon()
                skipWhitespace()
                try skipValue()
                continue
            }
            try checkNewKey(key, print, at: keyPosition, &seen)
            try expectColon()
            skipWhitespace()
            let value: Node
            if let entry, let nested = omissions.entries[entry].nested, index < bytes.count, bytes[index] == .openBrace {
                value = try parseObject(position, omitting: nested)
            } else {
                value = try parseValue()
            }
            members.push(PrintedMember(member: Member(key: key, keyPosition: keyPosition, value: value), print: print))
        } while try !closes(.closeBrace, start)
        depth -= 1
        return Node(.object(members.popArray(from: seen.base) { $0.member }), at: start)
    }

    /// What the duplicate check knows about the keys of the object being parsed, whose
    /// members start at `base` in `members`.
    struct KeysSeen {
        var base: Int
        var printBits: UInt64 = 0  // one bit per key print seen (see `KeyPrint.bit`)
        var unknownKeys = false
        var keySet: Set<String>? = nil  // built only for large objects
    }

    /// Throws when `key` is already a key of the object. Small objects, the usual kind,
    /// scan their earlier keys, and only when a bit of the prints seen so far says one
    /// may be equal; objects of 16 keys and more switch to a set.
    @inline(__always)
    private func checkNewKey(_ key: String, _ print: UInt64, at keyPosition: SourcePosition,
                             _ seen: inout KeysSeen) throws(DocumentError) {
        if members.count - seen.base < 16 {
            let bit = KeyPrint.bit(print)
            if seen.printBits & bit != 0 || print == KeyPrint.unknown || seen.unknownKeys {
                for i in seen.base..<members.count where KeyPrint.mayEqual(members[i].print, print) {
                    let m = members[i].member
                    if m.key == key {
                        throw error("duplicate key \(quotedExcerpt(key)) in object (first at \(m.keyPosition))", at: keyPosition)
                    }
                }
            }
            seen.printBits |= bit
            if print == KeyPrint.unknown { seen.unknownKeys = true }
        } else {
            if seen.keySet == nil {
                var set = Set<String>(minimumCapacity: 32)
                for i in seen.base..<members.count { set.insert(members[i].member.key) }
                seen.keySet = set
            }
            if seen.keySet?.insert(key).inserted == false {
                throw error("duplicate key \(quotedExcerpt(key)) in object", at: keyPosition)
            }
        }
    }

    private mutating func skipObject(_ start: SourcePosition) throws(DocumentError) {
        if try opensEmpty(.closeBrace, start) { return }
        repeat {
            try expectKey(start)
            if plainString() == nil { _ = try parseAnyString(keep: false) }
            try expectColon()
            skipWhitespace()
            try skipValue()
        } while try !closes(.closeBrace, start)
        depth -= 1
    }

    /// Before a member: whitespace, then the key's opening quote.
    @inline(__always)
    private mutating func expectKey(_ start: SourcePosition) throws(DocumentError) {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input in an object started at \(start)") }
        guard bytes[index] == .quote else {
            throw error("unexpected \(describe(bytes[index])) in an object, expected a string key")
        }
    }

    @inline(__always)
    private mutating func expectColon() throws(DocumentError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == .colon else {
            if index >= bytes.count { throw error("unexpected end of input, expected ':' after key") }
            throw error("unexpected \(describe(bytes[index])), expected ':' after key")
        }
        index += 1
    }

    /// At an array's or object's opening bracket: enters it, and returns true (having left
    /// it again) when `close` follows at once.
    @inline(__always)
    private mutating func opensEmpty(_ close: UInt8, _ start: SourcePosition) throws(DocumentError) -> Bool {
        try enter(start)
        index += 1
        skipWhitespace()
        guard index < bytes.count, bytes[index] == close else { return false }
        index += 1
        depth -= 1
        return true
    }

    /// After an element or a member's value: true at `close` (']' or '}'), false past a ','.
    @inline(__always)
    private mutating func closes(_ close: UInt8, _ start: SourcePosition) throws(DocumentError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input in \(container(close)) started at \(start)") }
        let c = bytes[index]
        index += 1
        if c == .comma { return false }
        if c == close { return true }
        index -= 1
        throw error("unexpected \(describe(c)) in \(container(close)), expected ',' or '\(Character(Unicode.Scalar(close)))'")
    }

    private func container(_ close: UInt8) -> String { close == .closeBracket ? "an array" : "an object" }

    // MARK: Numbers

    private mutating func parseNumber() throws(DocumentError) -> Number {
        let start = index
        try scanNumber()
        return Number(literal: string(from: start, to: index, isASCII: true))
    }

    /// Moves past the number literal at `index`, checking its grammar and length.
    private mutating func scanNumber() throws(DocumentError) {
        let start = index
        if bytes[index] == .minus { index += 1 }
        guard index < bytes.count, bytes[index] >= .zero, bytes[index] <= .nine else {
            throw error("invalid number: expected a digit")
        }
        if bytes[index] == .zero {
            index += 1
            if index < bytes.count, bytes[index] >= .zero, bytes[index] <= .nine {
                throw error("invalid number: leading zeros are not allowed")
            }
        } else {
            while index < bytes.count, bytes[index] >= .zero, bytes[index] <= .nine { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digits = index
            while index < bytes.count, bytes[index] >= .zero, bytes[index] <= .nine { index += 1 }
            if index == digits { throw error("invalid number: expected a digit after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == .minus { index += 1 }
            let digits = index
            while index < bytes.count, bytes[index] >= .zero, bytes[index] <= .nine { index += 1 }
            if index == digits { throw error("invalid number: expected a digit in the exponent") }
        }
        if index - start > limits.maxStringBytes {
            throw error("number literal of \(index - start) bytes is over the limit of \(limits.maxStringBytes) bytes (maxStringBytes)")
        }
    }

    // MARK: Strings

    /// Parses the string at `index` (its opening quote); also returns its key print.
    /// Inlined into its two callers with only the common case, plain ASCII: the
    /// whole of `parseAnyString` was too big for the compiler to inline for keys.
    @inline(__always)
    private mutating func parseString() throws(DocumentError) -> (string: String, print: UInt64) {
        if let r = plainString() {
            return (string(from: r.lowerBound, to: r.upperBound, isASCII: true),
                    KeyPrint.of(UnsafeBufferPointer(rebasing: bytes[r]), isASCII: true))
        }
        return try parseAnyString()
    }

    /// The common string at `index` (its opening quote): plain ASCII, no escapes, within
    /// the length limit. Moves past it and returns the range of its bytes, or returns nil
    /// with `index` unchanged for `parseAnyString` to take.
    @inline(__always)
    private mutating func plainString() -> Range<Int>? {
        let quote = index
        index += 1
        let highBits = scanPlainRun()
        if highBits == 0, index < bytes.count, bytes[index] == .quote, index - quote - 1 <= limits.maxStringBytes {
            index += 1
            return quote + 1 ..< index - 1
        }
        index = quote  // scanning moved nothing else
        return nil
    }

    /// `parseString` for every case: non-ASCII, escapes, errors.
    @inline(never)
    /// `keep: false` (an omitted value) checks the string as usual but builds nothing: above
    /// all, a discarded string must not enter `longStrings`, whose entries stay valid only
    /// while their strings stay in the tree being built.
    private mutating func parseAnyString(keep: Bool = true) throws(DocumentError) -> (string: String, print: UInt64) {
        let startPosition = position
        index += 1
        let start = index
        // Fast path: no escapes. Stop at the closing quote, a backslash or a control byte.
        let highBits = scanPlainRun()
        guard index < bytes.count else {
            throw error("unterminated string started at \(startPosition)", at: startPosition)
        }
        let ascii = highBits == 0
        if bytes[index] == .quote {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
            try checkLength(slice.count, startPosition)
            if !ascii { try validateUTF8(slice, offset: start) }
            let end = index
            index += 1
            guard keep else { return ("", KeyPrint.unknown) }
            return (string(from: start, to: end, isASCII: ascii), KeyPrint.of(slice, isASCII: ascii))
        }
        return (try parseEscapedString(from: start, ascii: ascii, startPosition: startPosition), KeyPrint.unknown)
    }

    /// The checked bytes from `start` to `end` as a string: short ASCII is built
    /// from two loaded words (see `SmallASCII`), the rest by the stdlib.
    @inline(__always)
    private mutating func string(from start: Int, to end: Int, isASCII: Bool) -> String {
        let count = end - start
        guard isASCII && count <= 15 && smallStrings else {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if count > 15 {
                if isASCII, count <= 32, let known = vocabulary.string(bytes.baseAddress.unsafelyUnwrapped, start: start, count: count) {
                    return known
                }
                return longStrings.string(bytes.baseAddress.unsafelyUnwrapped, start: start, count: count) {
                    String(validatedUTF8: slice, isASCII: isASCII)
                }
            }
            return String(validatedUTF8: slice, isASCII: isASCII)
        }
        var low: UInt64 = 0, high: UInt64 = 0
        if start + 16 <= bytes.count {
            low = loadWord(at: start)
            high = loadWord(at: start + 8)
        } else {
            for i in 0..<count {
                if i < 8 { low |= UInt64(bytes[start + i]) &<< (i &* 8) }
                else { high |= UInt64(bytes[start + i]) &<< ((i &- 8) &* 8) }
            }
        }
        low &= count >= 8 ? UInt64.max : ~(UInt64.max &<< (count &* 8))
        high &= count <= 8 ? 0 : ~(UInt64.max &<< ((count &- 8) &* 8))
        return SmallASCII.make(low: low, high: high, count: count)
    }

    /// The rest of a string with escapes or control bytes, from `start`, whose bytes
    /// up to `index` the plain scan passed.
    private mutating func parseEscapedString(from start: Int, ascii: Bool,
                                             startPosition: SourcePosition) throws(DocumentError) -> String {
        // Copy what was scanned, then unescape into the scratch buffer.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        if !ascii { try validateUTF8(UnsafeBufferPointer(rebasing: bytes[start..<index]), offset: start) }
        var segment = index
        while true {
            guard index < bytes.count else {
                throw error("unterminated string started at \(startPosition)", at: startPosition)
            }
            let c = bytes[index]
            if c == .quote {
                try flushSegment(from: segment)
                index += 1
                break
            }
            if c < 0x20 {
                throw error(c == .newline ? "unescaped newline in a string (use \\n)"
                                          : "unescaped control character 0x\(String(c, radix: 16)) in a string")
            }
            if c == .backslash {
                try flushSegment(from: segment)
                try parseEscape()
                segment = index
                try checkLength(scratch.count, startPosition)
                continue
            }
            index += 1
        }
        try checkLength(scratch.count, startPosition)
        // Escaped strings are rare: the stdlib's validating constructor is fine here.
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Advances `index` to the first '"', '\\' or control byte (or the end) and
    /// returns the high bits of the bytes passed over (0 when they are all ASCII).
    @inline(__always)
    private mutating func scanPlainRun() -> UInt64 {
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            let w = loadWord(at: index)
            let stops = ByteScan.equal(w, .quote) | ByteScan.equal(w, .backslash) | ByteScan.control(w)
            if stops != 0 {
                let passed = stops.trailingZeroBitCount &>> 3
                high |= w & ~(UInt64.max &<< (passed &* 8))
                index += passed
                return high & ByteScan.highs
            }
            high |= w
            index += 8
        }
        while index < bytes.count {
            let c = bytes[index]
            if c == .quote || c == .backslash || c < 0x20 { break }
            high |= UInt64(c)
            index += 1
        }
        return high & ByteScan.highs
    }

    @inline(__always)
    private func checkLength(_ count: Int, _ start: SourcePosition) throws(DocumentError) {
        if count > limits.maxStringBytes {
            throw error("string of more than \(limits.maxStringBytes) bytes (maxStringBytes)", at: start)
        }
    }

    private mutating func flushSegment(from segment: Int) throws(DocumentError) {
        guard segment < index else { return }
        let slice = UnsafeBufferPointer(rebasing: bytes[segment..<index])
        try validateUTF8(slice, offset: segment)
        scratch.append(contentsOf: slice)
    }

    private mutating func parseEscape() throws(DocumentError) {
        index += 1  // the backslash
        guard index < bytes.count else { throw error("unterminated escape sequence") }
        let c = bytes[index]
        index += 1
        switch c {
        case .quote: scratch.append(.quote)
        case .backslash: scratch.append(.backslash)
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                // A high surrogate must be followed by an escaped low surrogate.
                guard index + 1 < bytes.count, bytes[index] == .backslash, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("lone high surrogate \\u\(String(scalar, radix: 16, uppercase: true)) in a string")
                }
                index += 2
                let low = try hex4()
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw error("high surrogate not followed by a low surrogate (\\u\(String(low, radix: 16, uppercase: true)))")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw error("lone low surrogate \\u\(String(scalar, radix: 16, uppercase: true)) in a string")
            }
            appendUTF8(scalar)
        default:
            index -= 1
            throw error("invalid escape '\\\(Character(Unicode.Scalar(c)))' in a string")
        }
    }

    private mutating func appendUTF8(_ v: UInt32) {
        switch v {
        case 0..<0x80:
            scratch.append(UInt8(v))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | v >> 6))
            scratch.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | v >> 12))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | v >> 18))
            scratch.append(UInt8(0x80 | v >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        }
    }

    private mutating func hex4() throws(DocumentError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unterminated \\u escape") }
            let c = bytes[index]
            let digit: UInt32
            switch c {
            case .zero ... .nine: digit = UInt32(c - .zero)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in a \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Strict UTF-8 (no overlongs, surrogates or values past U+10FFFF); also
    /// counts continuation bytes so columns stay in characters.
    private mutating func validateUTF8(_ s: UnsafeBufferPointer<UInt8>, offset: Int) throws(DocumentError) {
        var i = 0
        while i < s.count {
            let b0 = s[i]
            if b0 < 0x80 { i += 1; continue }
            let need: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: throw invalidUTF8(at: offset + i)
            }
            guard i + need < s.count else {
                throw invalidUTF8(at: offset + i)
            }
            let b1 = s[i + 1]
            guard b1 >= lower && b1 <= upper else { throw invalidUTF8(at: offset + i) }
            for k in stride(from: 2, through: need, by: 1) {
                guard s[i + k] & 0xC0 == 0x80 else { throw invalidUTF8(at: offset + i) }
            }
            columnBase += need
            i += need + 1
        }
    }

    private func invalidUTF8(at byteOffset: Int) -> DocumentError {
        let pos = SourcePosition(line: line, column: byteOffset - columnBase)
        return DocumentError(source: source, position: pos,
                             message: "invalid UTF-8 byte sequence (byte 0x\(String(bytes[byteOffset], radix: 16, uppercase: true)) at offset \(byteOffset))")
    }
}

/// A member of an object being parsed, with its key's print for the duplicate check.
struct PrintedMember {
    var member: Member
    var print: UInt64
}

/// A cheap summary of an object key for the duplicate check: ASCII keys with
/// different prints differ. Swift's `==` on strings is canonical equivalence
/// (U+212A KELVIN SIGN equals "K"), so non-ASCII and unescaped keys get
/// `unknown` and are always compared as strings.
enum KeyPrint {
    static let unknown: UInt64 = 0

    @inline(__always)
    static func of(_ key: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> UInt64 {
        guard isASCII, let first = key.first, let last = key.last else { return isASCII ? 1 : unknown }
        return 1 << 63 | UInt64(truncatingIfNeeded: key.count) << 16 | UInt64(first) << 8 | UInt64(last)
    }

    /// One of 64 bits picked by a print: keys whose bits differ have different
    /// prints, so when a key's bit is not yet set no earlier key can equal it
    /// (unless a print is `unknown`).
    @inline(__always)
    static func bit(_ print: UInt64) -> UInt64 {
        1 &<< ((print &* 0x9E37_79B9_7F4A_7C15) &>> 58)
    }

    @inline(__always)
    static func mayEqual(_ a: UInt64, _ b: UInt64) -> Bool {
        a == b || a == unknown || b == unknown
    }
}
