extension String {
    /// A string from bytes the parser has already checked to be valid UTF-8.
    ///
    /// ASCII of up to 15 bytes becomes a small (inline, unallocated) string, and
    /// the stdlib only checks the high bits for it rather than validating again
    /// as `String(decoding:as:)` does. Longer ASCII is copied unchecked: bytes
    /// below 0x80 are valid UTF-8 whatever they are. Anything else takes
    /// `String(decoding:as:)`, which validates again.
    @inline(__always)
    init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if isASCII && bytes.count <= 15 {
            self.init(unsafeUninitializedCapacity: bytes.count) { buffer in
                buffer.initialize(fromContentsOf: bytes)
            }
        } else if isASCII {
            self.init(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: true))
        } else {
            self.init(decoding: bytes, as: UTF8.self)
        }
    }
}

/// Small ASCII strings built straight from their bytes. A string of up to 15
/// bytes lives inline in the two words of `String`; the stdlib's constructors
/// reach that form through a closure and checks that cost ~100 instructions, the
/// JSON scanner builds it from two words it loads anyway.
///
/// The layout (64-bit, little-endian: bytes in order, the last byte holding
/// 0xE0 | count) is the stdlib's ABI on these platforms; `isSupported` checks it
/// against the stdlib once, and callers use the stdlib's constructors otherwise.
enum SmallASCII {
    static let isSupported: Bool = {
        #if _pointerBitWidth(_64) && _endian(little)
        let sample = Array("0123456789abcde".utf8)
        for count in 0...15 {
            let expected = sample.withUnsafeBufferPointer { all in
                String(unsafeUninitializedCapacity: count) { $0.initialize(fromContentsOf: all[0..<count]) }
            }
            var (low, high): (UInt64, UInt64) = (0, 0)
            for (i, byte) in sample[0..<count].enumerated() {
                if i < 8 { low |= UInt64(byte) << (8 * i) } else { high |= UInt64(byte) << (8 * (i - 8)) }
            }
            guard words(of: expected) == (low, high | (0xE0 | UInt64(count)) << 56) else { return false }
        }
        return true
        #else
        return false
        #endif
    }()

    /// The string of the `count` (at most 15) ASCII bytes held in `low` then `high`,
    /// first byte lowest; bytes past `count` must be zero. Only when `isSupported`.
    @inline(__always)
    static func make(low: UInt64, high: UInt64, count: Int) -> String {
        var words = (low, high | (0xE0 | UInt64(truncatingIfNeeded: count)) &<< 56)
        // Moved out rather than bit-cast: a cast copies, which costs a retain call. The
        // unprotected form spares every caller a stack-protector check: nothing is
        // written through the pointer.
        return _withUnprotectedUnsafeMutablePointer(to: &words) {
            $0.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
        }
    }

    static func words(of string: String) -> (UInt64, UInt64) {
        unsafeBitCast(string, to: (UInt64, UInt64).self)
    }
}
