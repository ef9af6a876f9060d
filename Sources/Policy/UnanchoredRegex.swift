import ESO

/// A namespace or name regex with Go's `regexp.MatchString` semantics, over ESO's RE2
/// implementation: unanchored search (`team-a` matches `xteam-abc`), Go's syntax, and
/// linear-time matching, so a hostile pattern in a tenant's object cannot stall admission.
public struct UnanchoredRegex: Sendable {
    private let regex: GoRegex
    public var pattern: String { regex.pattern }

    /// nil when the pattern does not compile with Go's rules.
    public init?(_ pattern: String) {
        guard case .success(let regex) = GoRegex.compile(pattern) else { return nil }
        self.regex = regex
    }

    /// Go's compile error for `pattern`, or nil when it compiles.
    public static func error(in pattern: String) -> String? {
        if case .failure(let e) = GoRegex.compile(pattern) { return e.description }
        return nil
    }

    /// Unanchored match, like Go's `MatchString`.
    public func matches(_ s: String) -> Bool { regex.matches(s) }

    /// Names that any sensible namespace regex should not all match: when a regex
    /// matches every one of them it is treated as match-all.
    private static let probes = ["", "a", "kube-system", "default", "zz-esoguard-probe-9q", "0", "-", "team-a.b_c"]

    /// True when the regex, searched unanchored, admits every probe name: `.*`, `^.*$`, ``, `.?`, `a|`.
    public var matchesEverything: Bool { Self.probes.allSatisfy(matches) }

    /// True when the whole pattern is anchored at both ends (`^…$`) with no top-level
    /// alternation escaping the anchors (`^a|b$` is not anchored).
    public static func isAnchored(_ pattern: String) -> Bool {
        let chars = Array(pattern)
        guard chars.first == "^" || pattern.hasPrefix("\\A") else { return false }
        guard chars.last == "$" || pattern.hasSuffix("\\z") else { return false }
        // `\$` at the end is a literal dollar.
        if chars.last == "$" {
            var backslashes = 0
            var i = chars.count - 2
            while i >= 0, chars[i] == "\\" { backslashes += 1; i -= 1 }
            if backslashes % 2 == 1 { return false }
        }
        var depth = 0, inClass = false, escaped = false
        for c in chars {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return false
            default: break
            }
        }
        return true
    }
}
