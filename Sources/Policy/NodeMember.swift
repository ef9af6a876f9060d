import Documents

extension Node {
    /// `self[key]` (the first member named `key`), comparing key lengths before contents:
    /// most keys of an object differ in length from the one wanted, and `==` on unequal
    /// strings is a library call. For the lookups every request makes.
    func member(_ key: String) -> Node? {
        guard case .object(let members) = value else { return nil }
        let length = key.utf8.count
        for m in members where m.key.utf8.count == length && m.key == key { return m.value }
        return nil
    }
}
