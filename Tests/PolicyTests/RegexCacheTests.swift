import Testing
@testable import Policy

/// The compiled-regex cache is bounded by what its programs hold, not only by their number:
/// patterns of ~150,000 instructions each once held ~4.7 MB apiece, for up to 1,024 of them.
@Suite struct RegexCacheTests {
    @Test func largeProgramsAreNotKept() {
        for i in 0..<20 {
            let pattern = (0..<150).map { j in "\(Character(Unicode.Scalar(UInt8(97 + j % 26))))" + "{1000}" }.joined() + "cache\(i)"
            #expect(UnanchoredRegex(pattern) != nil)
            #expect(UnanchoredRegex.cachedInstructions <= 100_000)
        }
        // Small ones are kept (and found again), within the same bound.
        for i in 0..<2_000 {
            #expect(UnanchoredRegex("^team-\(i)-[a-z]{2,8}$")?.matches("team-\(i)-ab") == true)
            #expect(UnanchoredRegex.cachedInstructions <= 100_000)
        }
    }
}
