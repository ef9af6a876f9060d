import ESO
import Synchronization

/// A namespace or name regex with Go's `regexp.MatchString` semantics, over ESO's RE2
/// implementation: unanchored search (`team-a` matches `xteam-abc`), Go's syntax, and
/// linear-time matching, so a hostile pattern in a tenant's object cannot stall admission.
public struct UnanchoredRegex: Sendable {
    private let regex: GoRegex
    private let memo: Memo
    public var pattern: String { regex.pattern }

    /// Results per input: the same few namespace names are matched on every request.
    private final class Memo: Sendable {
        let results = Mutex<[String: Bool]>([:])
    }
    /// Computed once per compiled pattern (see `probes`).
    public let matchesEverything: Bool

    /// nil when the pattern does not compile with Go's rules. Compiled patterns are
    /// cached: the same store conditions are judged on every request that uses them.
    public init?(_ pattern: String) {
        guard case .compiled(let r) = Self.lookup(pattern) else { return nil }
        self = r
    }

    private init(regex: GoRegex) {
        self.regex = regex
        self.memo = Memo()
        self.matchesEverything = Self.probes.allSatisfy { regex.matches($0) }
    }

    /// Go's compile error for `pattern`, or nil when it compiles.
    public static func error(in pattern: String) -> String? {
        if case .failed(let message) = lookup(pattern) { return message }
        return nil
    }

    private enum Entry: Sendable {
        case compiled(UnanchoredRegex)
        case failed(String)
    }

    /// Bounded in entries and in compiled instructions (~24 bytes each), and cleared when
    /// full, so hostile patterns cannot grow it: bounded by entries alone, 1,024 patterns of
    /// 200,000 instructions each could hold gigabytes. Large programs are not kept at all.
    private struct Cache {
        var entries: [String: Entry] = [:]
        var instructions = 0
    }
    private static let cache = Mutex(Cache())
    private static let cacheLimit = 1024
    private static let cacheInstructionLimit = 100_000

    /// What the cache holds now, in compiled instructions (for tests).
    static var cachedInstructions: Int { cache.withLock { $0.instructions } }

    private static func lookup(_ pattern: String) -> Entry {
        if let hit = cache.withLock({ $0.entries[pattern] }) { return hit }
        let entry: Entry
        let size: Int
        switch GoRegex.compile(pattern) {
        case .success(let regex):
            entry = .compiled(UnanchoredRegex(regex: regex))
            size = regex.instructionCount
        case .failure(let e):
            entry = .failed(e.description)
            // Refused for this review's regex budget, not for the pattern: not an answer to keep.
            if RegexBudget.current.exhausted { return entry }
            size = 1
        }
        guard pattern.utf8.count <= 4096, size <= cacheInstructionLimit / 8 else { return entry }
        cache.withLock {
            if $0.entries.count >= cacheLimit || $0.instructions + size > cacheInstructionLimit {
                $0.entries.removeAll(keepingCapacity: true)
                $0.instructions = 0
            }
            $0.entries[pattern] = entry
            $0.instructions += size
        }
        return entry
    }

    /// Unanchored match, like Go's `MatchString`.
    public func matches(_ s: String) -> Bool {
        guard s.utf8.count <= 253 else { return regex.matches(s) }
        if let hit = memo.results.withLock({ $0[s] }) { return hit }
        let result = regex.matches(s)
        memo.results.withLock {
            if $0.count >= 256 { $0.removeAll(keepingCapacity: true) }
            $0[s] = result
        }
        return result
    }

    /// Names that any sensible namespace regex should not all match: when a regex
    /// matches every one of them it is treated as match-all.
    private static let probes = ["", "a", "kube-system", "default", "zz-esoguard-probe-9q", "0", "-", "team-a.b_c"]

    // `matchesEverything`: true when the regex, searched unanchored, admits every probe
    // name: `.*`, `^.*$`, ``, `.?`, `a|`.

    /// True when the whole pattern is anchored at both ends (`^…$`) with no top-level
    /// alternation escaping the anchors (`^a|b$` is not anchored).
    public static func isAnchored(_ pattern: String) -> Bool {
        let chars = Array(pattern.utf8)
        let caret = UInt8(ascii: "^"), dollar = UInt8(ascii: "$"), backslash = UInt8(ascii: "\\")
        guard chars.first == caret || pattern.hasPrefix("\\A") else { return false }
        guard chars.last == dollar || pattern.hasSuffix("\\z") else { return false }
        // `\$` at the end is a literal dollar.
        if chars.last == dollar {
            var backslashes = 0
            var i = chars.count - 2
            while i >= 0, chars[i] == backslash { backslashes += 1; i -= 1 }
            if backslashes % 2 == 1 { return false }
        }
        var depth = 0, inClass = false, escaped = false
        for c in chars {
            if escaped { escaped = false; continue }
            switch c {
            case backslash: escaped = true
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "(") where !inClass: depth += 1
            case UInt8(ascii: ")") where !inClass: depth -= 1
            case UInt8(ascii: "|") where !inClass && depth == 0: return false
            default: break
            }
        }
        return true
    }
}
