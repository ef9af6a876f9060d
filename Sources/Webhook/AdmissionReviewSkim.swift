/// A strict JSON syntax check that also picks out the raw tokens of
/// `apiVersion` and `request.uid`, without building a tree. Used by the echo
/// responder; the real responder parses the whole review.
enum AdmissionReviewSkim {
    struct Fields {
        var apiVersion: [UInt8]?
        var uid: [UInt8]?
    }

    static let maxDepth = 128

    /// Nil when `bytes` is not one JSON value (surrounding whitespace allowed).
    static func scan(_ bytes: [UInt8]) -> Fields? {
        bytes.withUnsafeBufferPointer { p in
            var scanner = Scanner(p: p)
            var fields = Fields()
            scanner.skipSpace()
            guard scanner.value(depth: 0, path: .root, fields: &fields) else { return nil }
            scanner.skipSpace()
            return scanner.i == p.count ? fields : nil
        }
    }

    enum Path { case root, request, other }

    struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        var i = 0

        init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

        mutating func skipSpace() {
            while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int, path: Path, fields: inout Fields) -> Bool {
            guard depth < maxDepth, i < p.count else { return false }
            switch p[i] {
            case 0x7B: return object(depth: depth, path: path, fields: &fields)
            case 0x5B:
                i += 1
                skipSpace()
                if i < p.count, p[i] == 0x5D { i += 1; return true }
                while true {
                    guard value(depth: depth + 1, path: .other, fields: &fields) else { return false }
                    skipSpace()
                    guard i < p.count else { return false }
                    if p[i] == 0x2C { i += 1; skipSpace(); continue }
                    if p[i] == 0x5D { i += 1; return true }
                    return false
                }
            case 0x22: return string() != nil
            case 0x74: return literal("true")
            case 0x66: return literal("false")
            case 0x6E: return literal("null")
            default: return number()
            }
        }

        mutating func object(depth: Int, path: Path, fields: inout Fields) -> Bool {
            i += 1
            skipSpace()
            if i < p.count, p[i] == 0x7D { i += 1; return true }
            while true {
                guard i < p.count, p[i] == 0x22, let keyRange = string() else { return false }
                let key = p[(keyRange.lowerBound + 1)..<(keyRange.upperBound - 1)]
                skipSpace()
                guard i < p.count, p[i] == 0x3A else { return false }
                i += 1
                skipSpace()
                let valueStart = i
                let childPath: Path = (path == .root && key.elementsEqual("request".utf8)) ? .request : .other
                guard value(depth: depth + 1, path: childPath, fields: &fields) else { return false }
                if p[valueStart] == 0x22 {
                    if path == .root && key.elementsEqual("apiVersion".utf8) { fields.apiVersion = Array(p[valueStart..<i]) }
                    if path == .request && key.elementsEqual("uid".utf8) { fields.uid = Array(p[valueStart..<i]) }
                }
                skipSpace()
                guard i < p.count else { return false }
                if p[i] == 0x2C { i += 1; skipSpace(); continue }
                if p[i] == 0x7D { i += 1; return true }
                return false
            }
        }

        /// Returns the token's range, quotes included.
        mutating func string() -> Range<Int>? {
            let start = i
            i += 1
            while i < p.count {
                let b = p[i]
                if b == 0x22 { i += 1; return start..<i }
                if b < 0x20 { return nil }
                if b == 0x5C {
                    i += 1
                    guard i < p.count else { return nil }
                    switch p[i] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 1
                    case 0x75:
                        guard i + 4 < p.count else { return nil }
                        for j in 1...4 where !isHex(p[i + j]) { return nil }
                        i += 5
                    default: return nil
                    }
                    continue
                }
                i += 1
            }
            return nil
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= p.count else { return false }
            let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
            for j in 0..<n where p[i + j] != w[j] { return false }
            i += n
            return true
        }

        mutating func number() -> Bool {
            let start = i
            if i < p.count, p[i] == 0x2D { i += 1 }
            guard i < p.count, isDigit(p[i]) else { return false }
            if p[i] == 0x30 { i += 1 } else { while i < p.count, isDigit(p[i]) { i += 1 } }
            if i < p.count, p[i] == 0x2E {
                i += 1
                guard i < p.count, isDigit(p[i]) else { return false }
                while i < p.count, isDigit(p[i]) { i += 1 }
            }
            if i < p.count, p[i] == 0x65 || p[i] == 0x45 {
                i += 1
                if i < p.count, p[i] == 0x2B || p[i] == 0x2D { i += 1 }
                guard i < p.count, isDigit(p[i]) else { return false }
                while i < p.count, isDigit(p[i]) { i += 1 }
            }
            return i > start
        }

        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
    }
}
