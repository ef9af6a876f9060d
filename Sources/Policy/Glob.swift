/// A shell-style pattern for names: `*` matches any run of characters, `?` one
/// character; everything else is literal. Kubernetes names never contain `*`/`?`.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let chars: [UInt8]
    private let shape: Shape

    /// Common patterns matched without the general algorithm (it runs per request).
    private enum Shape: Sendable, Hashable {
        case literal, everything, prefix(String), general
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        self.chars = Array(pattern.utf8)
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?")
        let wild = chars.filter { $0 == star || $0 == question }
        if wild.isEmpty {
            shape = .literal
        } else if pattern == "*" {
            shape = .everything
        } else if wild == [star], chars.last == star {
            shape = .prefix(String(pattern.dropLast()))
        } else {
            shape = .general
        }
    }

    public var description: String { pattern }

    /// True when `name` matches the whole pattern.
    public func matches(_ name: String) -> Bool {
        switch shape {
        case .literal: return name == pattern
        case .everything: return true
        case .prefix(let p): return name.hasPrefix(p)
        case .general: break
        }
        let s = Array(name.utf8)
        // Iterative matcher with single-star backtracking: linear for typical patterns, never recursive.
        var p = 0, i = 0, starP = -1, starI = 0
        while i < s.count {
            if p < chars.count, chars[p] == UInt8(ascii: "?") || (chars[p] == s[i] && chars[p] != UInt8(ascii: "*")) {
                p += 1; i += 1
            } else if p < chars.count, chars[p] == UInt8(ascii: "*") {
                starP = p; starI = i; p += 1
            } else if starP >= 0 {
                p = starP + 1; starI += 1; i = starI
            } else {
                return false
            }
        }
        while p < chars.count, chars[p] == UInt8(ascii: "*") { p += 1 }
        return p == chars.count
    }
}

extension Array where Element == Glob {
    /// True when any pattern matches `name`.
    public func anyMatches(_ name: String) -> Bool { contains { $0.matches(name) } }
}
