/// Strings that the JSON parser hands out instead of building them: names that the
/// caller's inputs repeat (API groups and versions, kinds, resources, well-known keys).
/// A string over 15 bytes is a heap object; a string literal is immortal, so a name found
/// here costs no allocation, copy or release, while building it cost ~450 instructions
/// with its teardown. Strings are values: which storage one uses is invisible. The names
/// come from the caller (`JSONParser.parse(_:vocabulary:)`), which knows its inputs.
///
/// Plain ASCII strings of 16 to 32 bytes only (shorter ones are inline anyway), at
/// most 48, so that the 64-slot table always has an empty slot to end a probe.
public final class JSONVocabulary: Sendable {
    struct Entry: Sendable {
        var count: Int
        var words: (UInt64, UInt64, UInt64, UInt64)  // bytes 0..<8, 8..<16, 16..<24 (or 0), count-8..<count
        var string: String
    }

    let entries: [Entry]
    /// Open addressing by `slot(first:last:)`: 1 + an index into `entries`, 0 for an empty slot.
    private let slots: [UInt8]

    /// The table of `strings`; those that are not plain ASCII of 16 to 32 bytes, or past
    /// the 48th, are left out (the parser then builds them as usual).
    public init(_ strings: [String]) {
        var entries: [Entry] = []
        var slots = [UInt8](repeating: 0, count: 64)
        for string in strings {
            let bytes = Array(string.utf8)
            guard bytes.count >= 16, bytes.count <= 32, bytes.allSatisfy({ $0 < 0x80 }),
                  entries.count < 48, !entries.contains(where: { $0.string == string }) else { continue }
            let words = bytes.withUnsafeBufferPointer { b in
                let base = b.baseAddress.unsafelyUnwrapped
                return (ByteScan.load(base, 0), ByteScan.load(base, 8),
                        b.count > 24 ? ByteScan.load(base, 16) : 0, ByteScan.load(base, b.count - 8))
            }
            entries.append(Entry(count: bytes.count, words: words, string: string))
            var slot = Self.slot(first: words.0, last: words.3)
            while slots[slot] != 0 { slot = (slot + 1) & 63 }
            slots[slot] = UInt8(entries.count)
        }
        self.entries = entries
        self.slots = slots
    }

    @inline(__always)
    static func slot(first: UInt64, last: UInt64) -> Int {
        Int(truncatingIfNeeded: (first &* 0x9E37_79B9_7F4A_7C15 ^ last) &>> 58)
    }

    /// The vocabulary's string equal to the `count` (16 to 32) bytes at `start` of `base`, if any.
    @inline(__always)
    func string(_ base: UnsafePointer<UInt8>, start: Int, count: Int) -> String? {
        let first = ByteScan.load(base, start), last = ByteScan.load(base, start + count - 8)
        var slot = Self.slot(first: first, last: last)
        while true {
            let index = Int(slots[slot])
            if index == 0 { return nil }
            let entry = entries[index - 1]
            if entry.count == count && entry.words.0 == first && entry.words.3 == last
                && entry.words.1 == ByteScan.load(base, start + 8)
                && (count <= 24 || entry.words.2 == ByteScan.load(base, start + 16)) {
                return entry.string
            }
            slot = (slot + 1) & 63
        }
    }
}

extension JSONVocabulary {
    /// No names: every string is built.
    public static let none = JSONVocabulary([])
}
