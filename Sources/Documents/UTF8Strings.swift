extension String {
    /// A string from bytes the parser has already checked to be valid UTF-8.
    ///
    /// ASCII of up to 15 bytes becomes a small (inline, unallocated) string, and
    /// the stdlib only checks the high bits for it rather than validating again
    /// as `String(decoding:as:)` does. Anything else takes `String(decoding:as:)`:
    /// the stdlib has no public constructor that skips its own validation.
    @inline(__always)
    init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if isASCII && bytes.count <= 15 {
            self.init(unsafeUninitializedCapacity: bytes.count) { buffer in
                buffer.initialize(fromContentsOf: bytes)
            }
        } else {
            self.init(decoding: bytes, as: UTF8.self)
        }
    }
}
