import Testing
@testable import Transport

@Suite struct TurnYieldTests {
    /// The decisions a fresh policy makes for a sequence of turns (busy or idle, at a time).
    private func decisions(_ turns: [(busy: Bool, at: UInt64)]) -> [Bool] {
        var policy = TurnYield()
        return turns.map { policy.shouldYield(afterTurnWithWork: $0.busy, at: $0.at) }
    }

    @Test func aBusyTurnYieldsAtMostOncePerInterval() {
        let start: UInt64 = 1_000_000_000, interval = TurnYield.interval
        let yielded = decisions([
            (true, start),
            (true, start + 1),                       // within the interval: keeps the CPU
            (true, start + interval - 1),
            (true, start + interval),                // the interval has passed
            (true, start + interval + 10),           // it counts from the last yield
        ])
        #expect(yielded == [true, false, false, true, false])
    }

    @Test func anIdleTurnNeverYieldsNorUsesUpTheNextOne() {
        let start: UInt64 = 5_000_000_000
        #expect(decisions([(false, start), (false, start + TurnYield.interval), (true, start + TurnYield.interval + 1)])
                == [false, false, true])
    }
}
