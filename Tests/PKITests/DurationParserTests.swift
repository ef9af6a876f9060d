import PKI
import Testing

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("720h", 720 * 3600), ("30d", 30 * 86_400), ("1h30m", 5400), ("90s", 90), ("45", 45 * 86_400),
        ("2d12h", 60 * 3600),
    ])
    func parses(text: String, seconds: Int) {
        #expect(DurationParser.seconds(text) == seconds)
    }

    @Test(arguments: ["", "h", "10x", "-5h", "0", "0h", "10h5", "1.5h", "99999999999999999999d"])
    func rejects(text: String) {
        #expect(DurationParser.seconds(text) == nil)
    }
}
