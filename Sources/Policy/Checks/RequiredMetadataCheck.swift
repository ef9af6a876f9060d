import Documents

/// `requiredMetadata`: labels/annotations every object must carry (owner, cost centre,
/// data classification) so secrets can be traced to a team. Each is a list of keys, or
/// a map of key to a glob the value must match.
public struct RequiredMetadataCheck: Check {
    public static let name = "requiredMetadata"
    public static let kinds: Set<String> = ESOKinds.all

    var labels: [(key: String, value: Glob?)]
    var annotations: [(key: String, value: Glob?)]

    public init(_ p: inout Parameters) throws {
        labels = try Self.read(&p, "labels")
        annotations = try Self.read(&p, "annotations")
        if labels.isEmpty && annotations.isEmpty { throw p.error("\(p.path): give labels, annotations or both") }
    }

    static func read(_ p: inout Parameters, _ key: String) throws -> [(key: String, value: Glob?)] {
        guard let node = p.raw(key) else { return [] }
        if let items = node.array {
            return try items.map { item in
                guard let s = item.string else { throw p.error("\(p.path).\(key) must list keys as strings", at: item.position) }
                return (s, nil)
            }
        }
        if let members = node.members {
            return try members.map { m in
                guard let s = m.value.string else { throw p.error("\(p.path).\(key).\(m.key) must be a string glob", at: m.value.position) }
                return (m.key, Glob(s))
            }
        }
        throw p.error("\(p.path).\(key) must be a list of keys or a map of key to value glob", at: node.position)
    }

    public func check(_ c: CheckContext) -> Violations {
        var out = Violations()
        for (field, wanted) in [("labels", labels), ("annotations", annotations)] {
            let present = c.object["metadata"]?[field]
            for (key, glob) in wanted {
                let value = present?[key]?.string
                let path = "metadata.\(field)[\(key)]"
                if value == nil {
                    out.append(Violation("\(field == "labels" ? "label" : "annotation") \(key) is required", path: path,
                                         at: present?.position ?? c.object.position,
                                         hint: "add \(key)" + (glob.map { " with a value matching \"\($0.pattern)\"" } ?? "") + " to metadata.\(field)"))
                } else if let glob, let value, !glob.matches(value) {
                    out.append(Violation("\(field == "labels" ? "label" : "annotation") \(key)=\"\(value)\" does not match \"\(glob.pattern)\"",
                                         path: path, at: present?[key]?.position ?? c.object.position,
                                         hint: "set \(key) to a value matching \"\(glob.pattern)\""))
                }
            }
        }
        return out
    }
}
