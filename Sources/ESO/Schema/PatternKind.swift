/// The regular-expression patterns the ESO CRDs use, checked by hand: compiling a
/// regex per call would cost more than the rest of validation together. Each case
/// matches exactly what Go's RE2 accepts for its pattern (Kubernetes validates CRD
/// patterns with Go regexps: `$` is end of text and `.` excludes newline).
enum PatternKind: String, Sendable, CaseIterable {
    /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`
    case dns1123Subdomain
    /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`
    case dns1123Label
    /// `^[-._a-zA-Z0-9]+$`
    case secretKey
    /// `^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\s]+.*|[^\s]+( [^\s]+){4})$`
    case cronSchedule
    /// `^[a-z0-9-]+$`
    case lowerAlnumDash
    /// `^.*@.*\.iam\.gserviceaccount\.com$`
    case gcpServiceAccountEmail

    /// The pattern as the CRDs spell it, for messages.
    var regex: String {
        switch self {
        case .dns1123Subdomain: return #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#
        case .dns1123Label: return #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"#
        case .secretKey: return #"^[-._a-zA-Z0-9]+$"#
        case .cronSchedule:
            return #"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\s]+.*|[^\s]+( [^\s]+){4})$"#
        case .lowerAlnumDash: return #"^[a-z0-9-]+$"#
        case .gcpServiceAccountEmail: return #"^.*@.*\.iam\.gserviceaccount\.com$"#
        }
    }

    /// What a matching value looks like, for hints.
    var hint: String {
        switch self {
        case .dns1123Subdomain:
            return "use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"
        case .dns1123Label:
            return "use lowercase letters, digits and '-', starting and ending with a letter or digit (at most 63)"
        case .secretKey: return "use only letters, digits, '-', '_' and '.'"
        case .cronSchedule: return "use a 5-field cron expression, a @daily-style macro or \"@every <duration>\""
        case .lowerAlnumDash: return "use only lowercase letters, digits and '-'"
        case .gcpServiceAccountEmail: return "use a service account email ending in .iam.gserviceaccount.com"
        }
    }

    /// Reads the UTF-8 bytes in place (contiguous storage is several times faster to walk
    /// than the UTF-8 view): these run on every matching string of every request.
    func matches(_ s: String) -> Bool {
        if let matched = s.utf8.withContiguousStorageIfAvailable({ matches(bytes: $0) }) { return matched }
        return matches(bytes: Array(s.utf8))
    }

    private func matches<Bytes: Collection<UInt8>>(bytes u: Bytes) -> Bool {
        switch self {
        case .dns1123Subdomain:
            // Labels separated by single dots.
            var previous: UInt8 = UInt8(ascii: ".")
            for c in u {
                if c == UInt8(ascii: ".") {
                    if !Self.isLowerAlnum(previous) { return false }
                } else if c == UInt8(ascii: "-") {
                    if previous == UInt8(ascii: ".") { return false }
                } else if !Self.isLowerAlnum(c) {
                    return false
                }
                previous = c
            }
            return Self.isLowerAlnum(previous)
        case .dns1123Label:
            guard let first = u.first, Self.isLowerAlnum(first) else { return false }
            var last = first
            for c in u {
                if !Self.isLowerAlnum(c), c != UInt8(ascii: "-") { return false }
                last = c
            }
            return Self.isLowerAlnum(last)
        case .secretKey:
            return !u.isEmpty && u.allSatisfy { Self.isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }
        case .lowerAlnumDash:
            return !u.isEmpty && u.allSatisfy { Self.isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
        case .cronSchedule:
            return Self.isCron(Array(u))
        case .gcpServiceAccountEmail:
            let suffix = ".iam.gserviceaccount.com".utf8
            let count = u.count
            if u.contains(UInt8(ascii: "\n")) || count < suffix.count + 1 { return false }
            if !u.dropFirst(count - suffix.count).elementsEqual(suffix) { return false }
            return u.prefix(count - suffix.count).contains(UInt8(ascii: "@"))
        }
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    private static func isAlnum(_ c: UInt8) -> Bool {
        isLowerAlnum(c) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
    }

    /// RE2's `\s`: `[\t\n\f\r ]`.
    private static func isSpace(_ c: UInt8) -> Bool {
        c == 9 || c == 10 || c == 12 || c == 13 || c == 32
    }

    private static func isCron(_ u: [UInt8]) -> Bool {
        let macros = ["@annually", "@yearly", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]
        if macros.contains(where: { Array($0.utf8) == u }) { return true }
        let every = Array("@every ".utf8)
        if u.count > every.count, Array(u.prefix(every.count)) == every {
            // `[^\s]+.*`: one non-space, then anything but a newline.
            let rest = u.dropFirst(every.count)
            if let first = rest.first, !isSpace(first), !rest.contains(10) { return true }
        }
        // `[^\s]+( [^\s]+){4}`: five non-empty fields separated by single spaces.
        let fields = u.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard fields.count == 5 else { return false }
        return fields.allSatisfy { !$0.isEmpty && !$0.contains(where: isSpace) }
    }
}
