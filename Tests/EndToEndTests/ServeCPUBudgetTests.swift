import Foundation
import Testing
import TestSupport

/// `esoguard serve` sizes its event loops to the CPUs it may use: the affinity mask set by
/// taskset, and the CPU quota of the cgroup it runs in (what a Kubernetes CPU limit becomes).
@Suite(.serialized) struct ServeCPUBudgetTests {
    /// Starts `prefix... esoguard serve` and returns the "serving" log line.
    static func servingLine(_ prefix: [String]) throws -> String {
        let server = try AdmissionServer(prefix: prefix, logFormat: "json")
        return server.logLine("serving") ?? server.server.log
    }

    @Test func tasksetLimitsTheLoopsToItsCPUs() throws {
        let line = try Self.servingLine(["taskset", "-c", "0"])
        #expect(line.contains("\"event_loops\":\"1\""), "\(line)")
        #expect(line.contains("CPUs available 1"), "\(line)")
    }

    /// A cgroup v1 `cpu` hierarchy we may write to (root on a host that mounts one), or nil.
    static let writableCPUCgroup: String? = {
        let base = "/sys/fs/cgroup/cpu"
        guard getuid() == 0, FileManager.default.fileExists(atPath: base + "/cpu.cfs_quota_us") else { return nil }
        let dir = base + "/esoguard-test-\(getpid())"
        guard mkdir(dir, 0o755) == 0 || errno == EEXIST,
              FileManager.default.isWritableFile(atPath: dir + "/cpu.cfs_quota_us") else { return nil }
        return dir
    }()

    @Test(.enabled(if: writableCPUCgroup != nil, "needs root and a cgroup v1 cpu hierarchy (a CI VM has both)"))
    func aCPUQuotaLimitsTheLoops() throws {
        let dir = try #require(Self.writableCPUCgroup)
        defer { rmdir(dir) }
        try "100000".write(toFile: dir + "/cpu.cfs_period_us", atomically: false, encoding: .utf8)
        try "50000".write(toFile: dir + "/cpu.cfs_quota_us", atomically: false, encoding: .utf8)
        // The shell moves itself into the cgroup, then becomes esoguard (exec keeps the pid).
        let line = try Self.servingLine(["/bin/sh", "-c", "echo $$ > \(dir)/cgroup.procs && exec \"$@\"", "sh"])
        #expect(line.contains("\"event_loops\":\"1\""), "\(line)")
        #expect(line.contains("quota 0.5"), "\(line)")
    }
}
