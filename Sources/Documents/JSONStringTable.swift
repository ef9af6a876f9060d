/// The long strings one JSON parse has built, so that equal ones share storage.
/// A string over 15 bytes is a heap object; Kubernetes objects repeat many
/// (API groups, kinds, resource names), and sharing one saves its allocation, its
/// copy and its release at teardown. Strings are values, so sharing is invisible.
///
/// A short list scanned linearly, kept inline in the scanner (no allocation); the
/// cap bounds the scan on hostile input (strings past it are simply not shared).
/// Entries hold a string's bits without owning it: every string the parser built
/// stays in the tree under construction, so alive, until the parse returns, and
/// the table dies with the scanner. A hit hands out a copy, which retains.
struct JSONStringTable: ~Copyable {
    private struct Entry: BitwiseCopyable {
        var print: UInt64 = 0
        var start = 0
        var count = 0
        var words: (UInt64, UInt64) = (0, 0)
    }

    static let capacity = 16
    private var entries = InlineArray<16, Entry>(repeating: Entry())
    private var count = 0

    /// The string already built for the `count` (over 8) bytes at `start` of `base`,
    /// or the one `make` builds, remembered while there is room.
    @inline(__always)
    mutating func string(_ base: UnsafePointer<UInt8>, start: Int, count: Int, make: () -> String) -> String {
        let print = ByteScan.load(base, start) &* 0x9E37_79B9_7F4A_7C15 ^ ByteScan.load(base, start + count - 8)
        for i in 0..<self.count where entries[i].print == print && entries[i].count == count {
            if ByteScan.equalBytes(base, entries[i].start, start, count: count) {
                return unsafeBitCast(entries[i].words, to: String.self)
            }
        }
        let string = make()
        if self.count < Self.capacity {
            entries[self.count] = Entry(print: print, start: start, count: count,
                                        words: unsafeBitCast(string, to: (UInt64, UInt64).self))
            self.count += 1
        }
        return string
    }
}
