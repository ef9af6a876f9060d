/// Tests on eight bytes at once (SWAR), for the JSON scanner and writer. Each returns
/// a word with the high bit set in every flagged byte; the lowest flagged byte is
/// always exact (a borrow can only flag bytes above a real match), so
/// `trailingZeroBitCount / 8` is the offset of the first match.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Bytes equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Bytes below 0x20: the control characters JSON strings must escape.
    @inline(__always)
    static func control(_ word: UInt64) -> UInt64 {
        (word &- ones &* 0x20) & ~word & highs
    }

    /// The 8 bytes at `offset`, first byte lowest.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

extension ByteScan {
    /// Whether the `count` (at least 8) bytes at offsets `a` and `b` of `base` are equal,
    /// a word at a time; the last word overlaps the one before it.
    @inline(__always)
    static func equalBytes(_ base: UnsafePointer<UInt8>, _ a: Int, _ b: Int, count: Int) -> Bool {
        var i = 0
        while i + 8 < count {
            if load(base, a + i) != load(base, b + i) { return false }
            i += 8
        }
        return load(base, a + count - 8) == load(base, b + count - 8)
    }
}
