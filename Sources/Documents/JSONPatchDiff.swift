extension JSONPatch {
    /// A patch that turns `original` into `modified`: the mutating webhook edits a
    /// copy of the object and returns the difference. Objects are compared member
    /// by member (so only what changed is sent); arrays of equal length element by
    /// element, otherwise replaced whole (Kubernetes list order matters, and
    /// index-shifting patches are fragile).
    public static func diff(from original: Node, to modified: Node) -> JSONPatch {
        var operations: [Operation] = []
        diff(original, modified, at: .root, into: &operations)
        return JSONPatch(operations)
    }

    private static func diff(_ a: Node, _ b: Node, at path: JSONPointer, into ops: inout [Operation]) {
        switch (a.value, b.value) {
        case (.object(let old), .object(let new)):
            var newKeys = Set<String>()
            newKeys.reserveCapacity(new.count)
            for m in new { newKeys.insert(m.key) }
            for m in old where !newKeys.contains(m.key) {
                ops.append(.remove(path: path.appending(m.key)))
            }
            for m in new {
                if let previous = old.first(where: { $0.key == m.key }) {
                    diff(previous.value, m.value, at: path.appending(m.key), into: &ops)
                } else {
                    ops.append(.add(path: path.appending(m.key), value: m.value))
                }
            }
        case (.array(let old), .array(let new)) where old.count == new.count:
            for i in old.indices {
                diff(old[i], new[i], at: path.appending(i), into: &ops)
            }
        default:
            if a != b { ops.append(.replace(path: path, value: b)) }
        }
    }
}
