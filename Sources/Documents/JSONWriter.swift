/// Serialises a `Node` as JSON: keys in source order, numbers as their literals,
/// compact by default. Output is valid UTF-8 and round-trips through `JSONParser`.
public struct JSONWriter: Sendable {
    public struct Options: Sendable, Hashable {
        /// Indent nested values by this many spaces, one member per line; 0 is compact.
        public var indent: Int
        /// Escape `<`, `>`, `&` as `\u003c`… (what Go's encoding/json does by default);
        /// off by default: Kubernetes reads either form.
        public var escapeHTML: Bool

        public init(indent: Int = 0, escapeHTML: Bool = false) {
            self.indent = indent
            self.escapeHTML = escapeHTML
        }

        public static let compact = Options()
        public static let pretty = Options(indent: 2)
    }

    public var options: Options

    public init(options: Options = .compact) {
        self.options = options
    }

    public func bytes(_ node: Node) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(node, into: &out)
        return out
    }

    public func string(_ node: Node) -> String {
        String(decoding: bytes(node), as: UTF8.self)
    }

    /// Appends the JSON text of `node` to `out` (for callers assembling a larger response).
    public func write(_ node: Node, into out: inout [UInt8]) {
        write(node, into: &out, level: 0)
        if options.indent > 0 { out.append(UInt8(ascii: "\n")) }
    }

    /// Convenience: compact JSON bytes.
    public static func encode(_ node: Node) -> [UInt8] { JSONWriter().bytes(node) }

    /// Convenience: compact JSON text.
    public static func string(_ node: Node) -> String { JSONWriter().string(node) }

    private func write(_ node: Node, into out: inout [UInt8], level: Int) {
        switch node.value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .number(let n):
            // Valid JSON numbers end in a digit; `Number(Double.nan)` and infinities do not.
            if let last = n.literal.utf8.last, last >= UInt8(ascii: "0"), last <= UInt8(ascii: "9") {
                appendUTF8(n.literal, to: &out)
            } else {
                append("null", to: &out)
            }
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { append("[]", to: &out); return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, level: level + 1)
                write(item, into: &out, level: level + 1)
            }
            newline(&out, level: level)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { append("{}", to: &out); return }
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, level: level + 1)
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                if options.indent > 0 { out.append(UInt8(ascii: " ")) }
                write(member.value, into: &out, level: level + 1)
            }
            newline(&out, level: level)
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private func newline(_ out: inout [UInt8], level: Int) {
        guard options.indent > 0 else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * options.indent))
    }

    @inline(__always)
    private func append(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inline(__always)
    private func appendUTF8(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends `s` as a JSON string literal, quotes included: the bytes
    /// `write(.string(s), into:)` appends, without wrapping it in a Node.
    public func write(string s: String, into out: inout [UInt8]) {
        writeString(s, into: &out)
    }

    private func writeString(_ s: String, into out: inout [UInt8]) {
        var s = s
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            // Copy runs that need no escaping whole; find their ends a word at a time.
            var runStart = 0
            while true {
                let stop = nextEscape(base, count: utf8.count, from: runStart)
                if runStart < stop { out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: stop - runStart)) }
                if stop == utf8.count { break }
                appendEscape(base[stop], to: &out)
                runStart = stop + 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Offset of the first byte at or after `start` that needs escaping, or `count`.
    @inline(__always)
    private func nextEscape(_ base: UnsafePointer<UInt8>, count: Int, from start: Int) -> Int {
        var i = start
        let html = options.escapeHTML
        while i + 8 <= count {
            let w = ByteScan.load(base, i)
            var stops = ByteScan.equal(w, UInt8(ascii: "\"")) | ByteScan.equal(w, UInt8(ascii: "\\")) | ByteScan.control(w)
            if html {
                stops |= ByteScan.equal(w, UInt8(ascii: "<")) | ByteScan.equal(w, UInt8(ascii: ">"))
                    | ByteScan.equal(w, UInt8(ascii: "&"))
            }
            if stops != 0 { return i + stops.trailingZeroBitCount &>> 3 }
            i += 8
        }
        while i < count {
            let c = base[i]
            if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\")
                || (html && (c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "&"))) {
                return i
            }
            i += 1
        }
        return count
    }

    private func appendEscape(_ c: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch c {
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            // \u00XX, lower-case hex: control characters and, with escapeHTML, < > &.
            let high = c >> 4, low = c & 0xF
            out.append(UInt8(ascii: "u"))
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "0"))
            out.append(high < 10 ? UInt8(ascii: "0") + high : UInt8(ascii: "a") + high - 10)
            out.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
        }
    }
}

extension Node {
    /// Compact JSON text of this node.
    public var jsonString: String { JSONWriter.string(self) }
}
