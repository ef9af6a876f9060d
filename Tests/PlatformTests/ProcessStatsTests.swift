import Foundation
import Testing
@testable import Platform

@Suite struct ProcessStatsTests {
    /// The command name is in parentheses and may hold spaces and parentheses itself.
    @Test func statFieldsStartAfterTheCommandName() throws {
        let line = "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 120 0 0 0 37 12 0 0 20 0 3 0 98765 1000 300\n"
        let fields = try #require(ProcessStats.statFields(line))
        #expect(fields[0] == "S")
        #expect(fields[11] == "37" && fields[12] == "12")   // utime, stime
        #expect(fields[19] == "98765")                     // starttime
        #expect(ProcessStats.statFields("no parenthesis") == nil)
    }

    @Test func bootTimeFromProcStat() {
        #expect(ProcessStats.bootTime(procStat: "cpu  1 2 3\nintr 5\nbtime 1795400000\nprocesses 7\n") == 1_795_400_000)
        #expect(ProcessStats.bootTime(procStat: "cpu  1 2 3\n") == nil)
    }

    /// This test process, as the kernel sees it.
    @Test func readsTheRunningProcess() throws {
        let cpu = try #require(ProcessStats.cpuSeconds())
        #expect(cpu >= 0)
        let resident = try #require(ProcessStats.residentBytes())
        #expect(resident > 1_000_000)
        #expect(try #require(ProcessStats.virtualBytes()) >= resident)
        let start = try #require(ProcessStats.startTimeSeconds())
        let now = Date().timeIntervalSince1970
        #expect(start <= now + 1 && start > now - 3600, "start \(start), now \(now)")
        #expect(try #require(ProcessStats.maxFileDescriptors()) > 0)
        // Tests run in parallel and open files of their own: only a floor is certain here.
        #expect(try #require(ProcessStats.openFileDescriptors()) >= 3)
    }

    @Test func countsDirectoryEntriesWithoutDotAndDotDot() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entries-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(ProcessStats.entries(of: dir) == 0)
        for name in ["a", ".hidden", "..x"] { _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: nil) }
        #expect(ProcessStats.entries(of: dir) == 3)
        #expect(ProcessStats.entries(of: dir + "/missing") == nil)
    }
}
