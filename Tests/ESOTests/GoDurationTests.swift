import ESO
import Testing

struct GoDurationTests {
    @Test(arguments: [
        ("0", Int64(0)), ("1h", 3_600_000_000_000), ("1h30m", 5_400_000_000_000), ("1.5s", 1_500_000_000),
        ("-2m", -120_000_000_000), ("+5s", 5_000_000_000), ("300ms", 300_000_000), ("10us", 10_000),
        ("10µs", 10_000), ("10μs", 10_000), ("7ns", 7), (".5s", 500_000_000), ("5.s", 5_000_000_000),
        ("1h0m0s", 3_600_000_000_000), ("-0", 0), ("2562047h47m16.854775807s", Int64.max),
        ("-2562047h47m16.854775808s", Int64.min), ("1.h", 3_600_000_000_000),
    ])
    func parsesLikeGo(text: String, nanoseconds: Int64) throws {
        let d = try GoDuration.parse(text).get()
        #expect(d.nanoseconds == nanoseconds)
    }

    @Test(arguments: ["", "1", "h", "1x", ".s", "-", "1h 2m", "2562047h47m16.854775808s", "1e3s", "--1s", " 1s"])
    func rejectsLikeGo(text: String) {
        #expect(throws: DurationError.self) { try GoDuration.parse(text).get() }
    }

    @Test func errorMessagesFollowGo() {
        #expect(GoDuration.parse("1").failureMessage == #"time: missing unit in duration "1""#)
        #expect(GoDuration.parse("5d").failureMessage == #"time: unknown unit "d" in duration "5d""#)
        #expect(GoDuration.parse("x").failureMessage == #"time: invalid duration "x""#)
    }
}

extension Result where Failure == DurationError {
    var failureMessage: String? {
        if case .failure(let e) = self { return e.message }
        return nil
    }
}
