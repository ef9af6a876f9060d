/// Builds a String from pieces with one allocation: the body runs once to measure and
/// once to copy. String interpolation costs about three times as much per piece
/// (callgrind), and messages are built for every finding of every request.
public struct TextBuilder {
    // Inlinable (with what it touches) so other modules' messages avoid a call per piece.
    @usableFromInline let buffer: UnsafeMutableBufferPointer<UInt8>?
    @usableFromInline var count = 0

    @usableFromInline init(buffer: UnsafeMutableBufferPointer<UInt8>?) { self.buffer = buffer }

    /// The text `body` appends; `body` must append the same pieces each time it runs.
    @inlinable
    public static func build(_ body: (inout TextBuilder) -> Void) -> String {
        var measure = TextBuilder(buffer: nil)
        body(&measure)
        let capacity = measure.count
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = TextBuilder(buffer: buffer)
            body(&writer)
            return writer.count
        }
    }

    /// Disfavoured so that a literal argument is a StaticString (no String to make and
    /// inspect per piece: about half the cost, callgrind).
    @inlinable @_disfavoredOverload
    public mutating func append(_ s: String) {
        guard let buffer else { count += s.utf8.count; return }
        // Read in place: `withUTF8` needs a mutable copy, a retain and a release per piece.
        if s.utf8.withContiguousStorageIfAvailable({ copy($0, into: buffer) }) == nil {
            var s = s
            s.withUTF8 { copy($0, into: buffer) }
        }
    }

    @inlinable
    public mutating func append(_ s: StaticString) {
        let bytes = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
        guard let buffer else { count += bytes.count; return }
        copy(bytes, into: buffer)
    }

    /// Decimal digits, like `String(n)`.
    @inlinable
    public mutating func append(_ n: Int) {
        if n < 0 { append("-") }
        var magnitude = n.magnitude
        var digits = 1
        var scale: UInt = 1
        while magnitude / scale >= 10 { scale *= 10; digits += 1 }
        guard let buffer else { count += digits; return }
        // Never past the measured capacity, even if `body` misbehaves.
        guard count + digits <= buffer.count else { return }
        for _ in 0..<digits {
            buffer[count] = UInt8(ascii: "0") + UInt8(magnitude / scale)
            magnitude %= scale
            scale /= 10
            count += 1
        }
    }

    @inlinable
    mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        guard !bytes.isEmpty, let base = buffer.baseAddress, let source = bytes.baseAddress,
              count + bytes.count <= buffer.count else { return }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }
}
