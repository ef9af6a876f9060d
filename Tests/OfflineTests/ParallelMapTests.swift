import Testing
@testable import Offline

@Suite struct ParallelMapTests {
    @Test func keepsInputOrderAcrossThreads() {
        let items = Array(0..<5_000)
        #expect(ParallelMap.map(items) { $0 * $0 } == items.map { $0 * $0 })
        #expect(ParallelMap.map([Int]()) { $0 }.isEmpty)
        #expect(ParallelMap.map(["one"]) { $0.count } == [3])
        #expect(ParallelMap.threadCount >= 1)
    }
}
