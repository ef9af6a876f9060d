import Documents
import ESO

/// `refreshInterval`: bounds on how often ESO polls the provider. Very short intervals
/// hammer the provider (rate limits, cost) for every object; very long ones delay
/// rotation. `mutate: clamp` rewrites the interval to the nearest bound instead of denying.
/// An absent interval counts as ESO's default, 1h; `0` (sync once) passes unless `allowZero: false`.
public struct RefreshIntervalCheck: Check {
    public static let name = "refreshInterval"
    public static let kinds: Set<String> = ["ExternalSecret", "ClusterExternalSecret", "PushSecret", "ClusterPushSecret"]
    public static let mutations: Set<String> = ["clamp"]

    var lower: (GoDuration, String)?
    var upper: (GoDuration, String)?
    var allowZero: Bool

    public init(_ p: inout Parameters) throws {
        if let d = try p.duration("min") { lower = (d, try p.string("min") ?? "") }
        if let d = try p.duration("max") { upper = (d, try p.string("max") ?? "") }
        allowZero = try p.bool("allowZero") ?? true
        if lower == nil && upper == nil { throw p.error("\(p.path): give min, max or both (Go durations such as 1m or 24h)") }
        if let lo = lower, let hi = upper, lo.0 > hi.0 { throw p.error("\(p.path): min \(lo.1) is greater than max \(hi.1)") }
    }

    private enum Outcome { case ok, tooShort, tooLong, zero }

    private func judge(_ d: GoDuration) -> Outcome {
        if d.nanoseconds == 0 { return allowZero ? .ok : .zero }
        if let lo = lower, d < lo.0 { return .tooShort }
        if let hi = upper, d > hi.0 { return .tooLong }
        return .ok
    }

    /// The interval field: its node (nil when absent), path and JSON Pointer.
    private struct IntervalField {
        var node: Node?
        var spec: Node
        var kind: String
        var path: String {
            switch kind {
            case "ClusterExternalSecret": return "spec.externalSecretSpec.refreshInterval"
            case "ClusterPushSecret": return "spec.pushSecretSpec.refreshInterval"
            default: return "spec.refreshInterval"
            }
        }
        var pointer: String { "/" + path.replacing(".", with: "/") }
    }

    /// From the object's `spec` (`CheckContext.spec` when judging).
    private func interval(spec objectSpec: Node?, kind: String) -> IntervalField? {
        let spec: Node?
        switch kind {
        case "ClusterExternalSecret": spec = objectSpec?["externalSecretSpec"]
        case "ClusterPushSecret": spec = objectSpec?["pushSecretSpec"]
        default: spec = objectSpec
        }
        guard let spec else { return nil }
        return IntervalField(node: spec.member("refreshInterval"), spec: spec, kind: kind)
    }

    private func value(_ node: Node?) -> GoDuration? {
        guard let node else { return GoDuration(seconds: 3600) }
        if let s = node.string, let quick = Self.simpleDuration(s) { return quick }
        return try? RefreshInterval.decode(node, allowInteger: false).get()
    }

    /// The common spellings (`1h`, `15m`, `30s`) without the general parser; nil otherwise.
    static func simpleDuration(_ s: String) -> GoDuration? {
        var value: Int64 = 0
        var digits = 0
        var unit: Int64 = 0
        for b in s.utf8 {
            if unit != 0 { return nil }
            if b >= 0x30 && b <= 0x39 {
                guard digits < 9 else { return nil }
                value = value * 10 + Int64(b - 0x30)
                digits += 1
            } else if digits > 0 {
                switch b {
                case UInt8(ascii: "h"): unit = 3600
                case UInt8(ascii: "m"): unit = 60
                case UInt8(ascii: "s"): unit = 1
                default: return nil
                }
            } else {
                return nil
            }
        }
        guard unit != 0 else { return nil }
        return GoDuration(seconds: value * unit)
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let field = interval(spec: c.spec, kind: c.kind), let d = value(field.node) else { return [] }
        let outcome = judge(d)
        if case .ok = outcome { return [] }
        let shown = field.node?.string ?? "1h (default)"
        let position = field.node?.position ?? field.spec.position
        switch outcome {
        case .ok: return []
        case .zero:
            return [Violation("\(field.path) is 0 (sync once), which policy does not allow", path: field.path, at: position,
                              hint: "set an interval" + (lower.map { " of at least \($0.1)" } ?? ""))]
        case .tooShort:
            return [Violation("\(field.path) \(shown) is shorter than the minimum \(lower?.1 ?? "")", path: field.path, at: position,
                              hint: "set refreshInterval to \(lower?.1 ?? "") or longer")]
        case .tooLong:
            return [Violation("\(field.path) \(shown) is longer than the maximum \(upper?.1 ?? "")", path: field.path, at: position,
                              hint: "set refreshInterval to \(upper?.1 ?? "") or shorter")]
        }
    }

    public func mutate(_ object: inout Node, mutation: String, context: CheckContext) -> [PatchOperation] {
        guard let field = interval(spec: object.member("spec"), kind: context.kind), let d = value(field.node) else { return [] }
        let target: String
        switch judge(d) {
        case .tooShort, .zero: guard let lo = lower else { return [] }; target = lo.1
        case .tooLong: guard let hi = upper else { return [] }; target = hi.1
        case .ok: return []
        }
        let op: PatchOperation.Op = field.node == nil ? .add : .replace
        let newValue = Node.string(target)
        switch context.kind {
        case "ClusterExternalSecret": object["spec"]?["externalSecretSpec"]?["refreshInterval"] = newValue
        case "ClusterPushSecret": object["spec"]?["pushSecretSpec"]?["refreshInterval"] = newValue
        default: object["spec"]?["refreshInterval"] = newValue
        }
        return [PatchOperation(op: op, path: field.pointer, value: newValue)]
    }
}
