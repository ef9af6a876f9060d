import Glibc
import Testing
@testable import Platform

@Suite struct FileDescriptorBudgetTests {
    @Test func connectionsFitWhatTheLimitLeaves() {
        let budget = FileDescriptorBudget(limit: 1024, reserved: 50)
        #expect(budget.connections(requested: 4096) == 974)
        #expect(budget.connections(requested: 100) == 100)
        #expect(FileDescriptorBudget(limit: 40, reserved: 50).connections(requested: 4096) == 0)
    }

    /// Lowers this process's soft limit by one below the hard limit (harmless: the hard
    /// limit is far above what tests open), then checks that it is raised back.
    @Test func raisesTheSoftLimitToTheHardOne() throws {
        var limit = rlimit()
        try #require(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0)
        try #require(limit.rlim_max != rlim_t.max && limit.rlim_max > 4096, "hard limit \(limit.rlim_max)")
        var lowered = limit
        lowered.rlim_cur = limit.rlim_max - 1
        try #require(setrlimit(Int32(RLIMIT_NOFILE.rawValue), &lowered) == 0)
        #expect(FileDescriptorBudget.raiseSoftLimit() == Int(limit.rlim_max))
        var after = rlimit()
        _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &after)
        #expect(after.rlim_cur == limit.rlim_max)
    }

    @Test func reservesTheOpenDescriptorsTheLoopsAndTheSpare() throws {
        let open = try #require(ProcessStats.openFileDescriptors())
        let budget = FileDescriptorBudget.current(loops: 2, perLoop: 3)
        // Other tests open and close files meanwhile: allow for some.
        #expect(abs(budget.reserved - (Int(open) + 6 + FileDescriptorBudget.spare)) <= 16, "\(budget), open \(open)")
        #expect(budget.limit > budget.reserved)
    }
}
