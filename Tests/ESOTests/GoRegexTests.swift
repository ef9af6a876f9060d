import ESO
import Testing

struct GoRegexTests {
    @Test(arguments: [
        "team-a", "^team-(a|b)$", "^prod-.*", "[a-z0-9]+", "[^a-z]", "[]a]", "[a-]", "\\d{2,3}", "a{0}", "a{2,}",
        "(?i)TEAM", "(?i:x)y", "(?:a|b)+?", "(?P<name>x)", "(?<name>x)", "\\.", "\\Qa.b\\E", "\\x41\\x{263a}",
        "\\pL+", "\\p{Greek}", "[[:alpha:]]", "[[:^digit:]]", "\\bword\\b", "\\Astart", "end\\z", "(?m)^x$",
        "(?s).", "a|", "()", "\\0", "\\012", "[\\d\\-x]", "x*?", "a{1000}", "^*", "\\_", "{", "a{", "a{,5}", "(?U)a+", "(?)", "(?i-m:x)",
        // Nested repeats multiplying to at most 1000 copies are fine in Go.
        "(a{10}){100}", "((a{2}){2}){250}", "(a{0}){1000}", "(a*){1000}", "(a+){1000}", "(a{2,}){500}", "(a{1000}b{1000}){1}",
    ])
    func compilesWhatGoCompiles(pattern: String) {
        if case .failure(let e) = GoRegex.compile(pattern) { Issue.record("\(pattern): \(e)") }
    }

    @Test(arguments: [
        ("(?=x)", "invalid or unsupported Perl syntax"), ("(?!x)", "invalid or unsupported Perl syntax"),
        ("(?<=x)", "invalid or unsupported Perl syntax"), ("(?<!x)", "invalid or unsupported Perl syntax"),
        ("(a)\\1", "invalid escape sequence"), ("a**", "invalid nested repetition operator"),
        ("a*+", "invalid nested repetition operator"), ("a++", "invalid nested repetition operator"),
        ("*a", "missing argument to repetition operator"), ("(", "missing closing )"), (")", "unexpected )"),
        ("[a", "missing closing ]"), ("[z-a]", "invalid character class range"), ("a{1001}", "invalid repeat count"),
        ("a{3,2}", "invalid repeat count"), ("\\Z", "invalid escape sequence"), ("\\", "trailing backslash at end of expression"),
        ("\\q", "invalid escape sequence"), ("(?#c)", "invalid or unsupported Perl syntax"), ("(?P=n)", "invalid or unsupported Perl syntax"),
        ("(?P<>x)", "invalid named capture"), ("(?i-)", "invalid or unsupported Perl syntax"), ("(?-)", "invalid or unsupported Perl syntax"), ("x{2}{3}", "invalid nested repetition operator"), ("[[:foo:]]", ""),
        ("\\p{}", "invalid character class range"), ("(?i", "missing closing )"), ("{2}", "missing argument to repetition operator"),
        // Go's repeatIsValid: nested counts multiply past 1000 (each count alone is fine).
        ("(a{0,1000}){50}", "invalid repeat count"), ("(a{10}){101}", "invalid repeat count"), ("((a{2}){2}){251}", "invalid repeat count"),
        ("(a{2}|b{3}){400}", "invalid repeat count"), ("(a{2,}){501}", "invalid repeat count"),
    ])
    func rejectsWhatGoRejects(pattern: String, code: String) {
        switch GoRegex.compile(pattern) {
        case .success:
            // `[[:foo:]]` is a plain class in Go ('[', ':', 'f', 'o') followed by ']' : accepted.
            if !code.isEmpty { Issue.record("\(pattern) compiled; Go rejects it with \(code)") }
        case .failure(let e):
            if code.isEmpty { Issue.record("\(pattern) rejected: \(e)") } else { #expect(e.code == code, "\(pattern)") }
            if pattern == "(a{0,1000}){50}" { #expect(e.expr == "{50}") }
        }
    }

    @Test(arguments: [
        ("team-a", "team-a", true), ("team-a", "xteam-abc", true), ("^team-a$", "xteam-abc", false),
        ("^team-(a|b)$", "team-b", true), ("^team-(a|b)$", "team-c", false), ("a.c", "a\nc", false),
        ("(?s)a.c", "a\nc", true), ("^b", "a\nb", false), ("(?m)^b", "a\nb", true), ("a$", "a\n", false),
        ("\\d{2,3}", "x12", true), ("^\\d{2,3}$", "1234", false), ("(?i)PROD", "my-prod", true),
        ("[^a-z]", "abc", false), ("[^a-z]", "ab1", true), ("\\bns\\b", "my-ns", true), ("\\bns\\b", "myns", false),
        ("(a*)*b", String(repeating: "a", count: 5000), false), ("", "anything", true), ("^$", "", true),
        ("x*", "", true), ("a|b|c", "zzc", true), ("[[:upper:]]", "abc", false), ("\\pL", "1ä", true),
        ("(?i)[a-c]", "B", true), ("\\Qa.b\\E", "axb", false), ("\\Qa.b\\E", "a.b", true), ("a{2}", "a", false),
        ("^(?:kube-|openshift-)", "kube-system", true), ("^(?:kube-|openshift-)", "default", false),
    ])
    func matchesUnanchoredLikeMatchString(pattern: String, input: String, expected: Bool) throws {
        let re = try GoRegex.compile(pattern).get()
        #expect(re.matches(input) == expected, "\(pattern) on \(input)")
    }

    @Test func hugeExpansionIsRejectedNotBuilt() {
        #expect(throws: RegexError.self) { try GoRegex.compile("((a{1000}){1000}){1000}").get() }
    }
}

struct GoRegexHostileInputTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000)
        #expect(throws: RegexError.self) { try GoRegex.compile(deep).get() }
        let ok = String(repeating: "(", count: 50) + "a" + String(repeating: ")", count: 50)
        #expect((try? GoRegex.compile(ok).get())?.matches("xa") == true)
    }

    @Test func longInputsMatchInLinearTime() throws {
        let re = try GoRegex.compile("(x+x+)+y").get()  // catastrophic for backtracking engines
        #expect(!re.matches(String(repeating: "x", count: 20_000)))
    }
}
