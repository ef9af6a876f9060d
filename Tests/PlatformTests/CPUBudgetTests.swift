import Testing
@testable import Platform

/// CPU budgets from the files a process sees in a container, on a host, and on hybrid
/// cgroup v1/v2 machines: each case is the real layout of `/proc/self/cgroup`,
/// `/proc/self/mountinfo` and the cgroup files.
@Suite struct CPUBudgetTests {
    static let v2Mount = "30 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n"
    static let v1Mounts = """
        25 24 0:22 / /sys/fs/cgroup ro,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755
        26 25 0:23 / /sys/fs/cgroup/unified rw,nosuid,nodev,noexec,relatime shared:10 - cgroup2 cgroup2 rw,nsdelegate
        31 25 0:28 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:15 - cgroup cgroup rw,cpu,cpuacct
        32 25 0:29 / /sys/fs/cgroup/cpuset rw,nosuid,nodev,noexec,relatime shared:16 - cgroup cgroup rw,cpuset

        """

    static func quota(_ files: [String: String]) -> Double? {
        CPUBudget.cgroupQuota { files[$0] }
    }

    @Test func aKubernetesContainerOnCgroupV2() {
        // A cgroup namespace: the container sees its own cgroup as "/".
        #expect(Self.quota(["/proc/self/cgroup": "0::/\n", "/proc/self/mountinfo": Self.v2Mount,
                            "/sys/fs/cgroup/cpu.max": "100000 100000\n"]) == 1)
        #expect(Self.quota(["/proc/self/cgroup": "0::/\n", "/proc/self/mountinfo": Self.v2Mount,
                            "/sys/fs/cgroup/cpu.max": "max 100000\n"]) == nil)
    }

    @Test func theTightestLimitOnThePathWins() {
        // No cgroup namespace: the full path, with limits on the pod and none on the container.
        let files = ["/proc/self/cgroup": "0::/kubepods.slice/pod1.slice/cri-abc.scope\n",
                     "/proc/self/mountinfo": Self.v2Mount,
                     "/sys/fs/cgroup/kubepods.slice/cpu.max": "800000 100000",
                     "/sys/fs/cgroup/kubepods.slice/pod1.slice/cpu.max": "150000 100000",
                     "/sys/fs/cgroup/kubepods.slice/pod1.slice/cri-abc.scope/cpu.max": "max 100000"]
        #expect(Self.quota(files) == 1.5)
    }

    @Test func cgroupV1CPUHierarchyOnAHybridHost() {
        let files = ["/proc/self/cgroup": "5:cpuset:/\n4:cpu,cpuacct:/docker/abc\n0::/docker/abc\n",
                     "/proc/self/mountinfo": Self.v1Mounts,
                     "/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "50000\n",
                     "/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us": "100000\n",
                     "/sys/fs/cgroup/unified/docker/abc/cpu.max": "max 100000"]
        #expect(Self.quota(files) == 0.5)
        var unlimited = files
        unlimited["/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us"] = "-1\n"
        #expect(Self.quota(unlimited) == nil)
    }

    @Test func aMountOfTheContainersOwnSubtree() {
        // Older runtimes bind-mount the container's cgroup: mount root /docker/abc at the mount point.
        let mountinfo = "40 35 0:28 /docker/abc /sys/fs/cgroup/cpu rw,nosuid - cgroup cgroup rw,cpuacct,cpu\n"
        let files = ["/proc/self/cgroup": "3:cpuacct,cpu:/docker/abc\n", "/proc/self/mountinfo": mountinfo,
                     "/sys/fs/cgroup/cpu/cpu.cfs_quota_us": "200000", "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000"]
        #expect(Self.quota(files) == 2)
    }

    @Test func missingOrMalformedFilesMeanNoQuota() {
        #expect(Self.quota([:]) == nil)
        #expect(Self.quota(["/proc/self/cgroup": "0::/\n", "/proc/self/mountinfo": Self.v2Mount]) == nil)
        #expect(Self.quota(["/proc/self/cgroup": "0::/\n", "/proc/self/mountinfo": Self.v2Mount,
                            "/sys/fs/cgroup/cpu.max": "lots"]) == nil)
        #expect(Self.quota(["/proc/self/cgroup": "garbage", "/proc/self/mountinfo": "also garbage"]) == nil)
    }

    @Test func escapedMountPoints() {
        #expect(CgroupMounts.unescape("/sys/fs/cgroup/with\\040space") == "/sys/fs/cgroup/with space")
        let mounts = CgroupMounts(mountinfo: "30 23 0:26 / /cg\\0402 rw - cgroup2 cgroup2 rw\n")
        #expect(mounts.v2 == CgroupMounts.Mount(root: "/", point: "/cg 2"))
    }

    @Test(arguments: [("Cpus_allowed_list:\t0-3,8,10-11\n", 7), ("Name:\tx\nCpus_allowed_list:\t1\n", 1),
                      ("Cpus_allowed_list:\t0-63\n", 64), ("Cpus_allowed_list:\t3-1\n", nil), ("Name:\tx\n", nil)])
    func allowedCPUsFromProcStatus(status: String, count: Int?) {
        #expect(CPUBudget.allowedCPUs(status: status) == count)
    }

    @Test func theQuotaRoundsUpAndNeverExceedsTheCPUs() {
        #expect(CPUBudget(available: 16, quota: 1).count == 1)
        #expect(CPUBudget(available: 16, quota: 1.5).count == 2)
        #expect(CPUBudget(available: 16, quota: 0.05).count == 1)
        #expect(CPUBudget(available: 2, quota: 8).count == 2)
        #expect(CPUBudget(available: 4, quota: nil).count == 4)
        #expect(CPUBudget(available: 16, quota: 1.5).description == "2 (CPUs available 16, quota 1.5)")
        #expect(CPUBudget(available: 16, quota: 1).description == "1 (CPUs available 16, quota 1)")
        #expect(CPUBudget(available: 4, quota: nil).description == "4 (CPUs available 4, quota none)")
    }
}
