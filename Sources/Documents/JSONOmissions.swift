/// Members the JSON parser checks but leaves out of the tree, named by key path: for a
/// caller that reads a few fields of a large envelope and would otherwise build, and
/// then free, nodes for all the others (an AdmissionReview's `request.resource`,
/// `requestKind`, `options`, …).
///
/// An omitted value is still checked as JSON (syntax, UTF-8, escapes, nesting depth and
/// string length, with the same errors and positions), so a body is accepted or refused
/// as without omissions, except for one thing: duplicate keys *inside* an omitted value
/// are not looked for, since nothing reads them. A repeated omitted key is still a
/// duplicate.
public struct JSONOmissions: Sendable {
    struct Entry: Sendable {
        var key: String
        var print: UInt64
        /// nil: the key's value is omitted; otherwise the omissions inside its object.
        var nested: JSONOmissions?
        var isOmitted: Bool { nested == nil }
    }

    private(set) var entries: [Entry] = []
    /// The `KeyPrint.bit` of every entry's print: most keys miss them all.
    private var printBits: UInt64 = 0

    /// `omit`: keys whose values are left out of this object; `within`: keys whose
    /// object values have omissions of their own. Keys are plain ASCII, at most 64 in all.
    public init(omit: [String] = [], within: KeyValuePairs<String, JSONOmissions> = [:]) {
        for key in omit { add(key, nested: nil) }
        for (key, omissions) in within { add(key, nested: omissions) }
        precondition(entries.count <= 64, "JSONOmissions: at most 64 keys per object")
    }

    private mutating func add(_ key: String, nested: JSONOmissions?) {
        precondition(!key.isEmpty && key.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C },
                     "JSONOmissions: keys are plain ASCII")
        precondition(!entries.contains { $0.key == key }, "JSONOmissions: key \(key) named twice")
        let print = Array(key.utf8).withUnsafeBufferPointer { KeyPrint.of($0, isASCII: true) }
        entries.append(Entry(key: key, print: print, nested: nested))
        printBits |= KeyPrint.bit(print)
    }

    /// The entry for a key read with the given print. Keys without a print (escaped or
    /// non-ASCII) are compared as strings, as the duplicate check does.
    @inline(__always)
    func entry(for key: String, print: UInt64) -> Int? {
        if printBits & KeyPrint.bit(print) == 0 && print != KeyPrint.unknown { return nil }
        for i in entries.indices where entries[i].print == print || print == KeyPrint.unknown {
            if entries[i].key == key { return i }
        }
        return nil
    }
}
