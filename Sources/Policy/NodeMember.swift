import Documents

extension Node {
    /// `self[key]` (the first member named `key`), comparing key lengths before contents:
    /// most keys of an object differ in length from the one wanted, and `==` on unequal
    /// strings is a library call. For the lookups every request makes, with literal ASCII keys
    /// only: `Node`'s subscript cannot take the shortcut, because Swift's `==` is canonical
    /// equivalence and a key like "\u{212A}ind" (KELVIN SIGN) equals "Kind" at another length.
    func member(_ key: String) -> Node? {
        guard case .object(let members) = value else { return nil }
        let length = key.utf8.count
        // Indices rather than `for m in members`: reading a key in place does not copy
        // (retain and release) every member passed over.
        for i in members.indices where members[i].key.utf8.count == length && members[i].key == key {
            return members[i].value
        }
        return nil
    }
}
