/// The schema walk's path steps (see `SchemaValidator.steps`). The first 16 live inline,
/// so a walk allocates nothing (an array's buffer cost a malloc and a free per request);
/// deeper ones, which no schema reaches today, go to an array.
struct PathSteps {
    static let inlineCapacity = 16
    private var inline: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private var overflow: [Int] = []
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ step: Int) {
        if count < Self.inlineCapacity {
            let offset = count * MemoryLayout<Int>.stride
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: step, toByteOffset: offset, as: Int.self) }
        } else {
            overflow.append(step)
        }
        count += 1
    }

    @inline(__always)
    mutating func removeLast() {
        count -= 1
        if count >= Self.inlineCapacity { overflow.removeLast() }
    }

    /// The steps from the root, in order (built only for a finding's path).
    var all: [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        withUnsafeBytes(of: inline) { bytes in
            for i in 0..<min(count, Self.inlineCapacity) {
                out.append(bytes.load(fromByteOffset: i * MemoryLayout<Int>.stride, as: Int.self))
            }
        }
        out += overflow
        return out
    }
}
