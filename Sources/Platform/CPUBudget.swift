import Glibc

/// How many CPUs this process can actually use, for sizing its busy threads.
///
/// Two things limit it below the machine's CPU count:
/// - the CPUs it may run on (its affinity mask: `taskset`, cpusets, the static CPU manager);
/// - its CPU quota (cgroup v2 `cpu.max`, or v1 `cpu.cfs_quota_us`), which is what Kubernetes
///   makes of a container's CPU limit. More busy threads than the quota spend it early in each
///   period and are then throttled for the rest: a limit of 1 CPU on a 16-CPU node with 16 event
///   loops means pauses of up to ~90 ms in every 100 ms period under load.
public struct CPUBudget: Sendable, Equatable, CustomStringConvertible {
    /// CPUs the process may run on.
    public var available: Int
    /// The tightest CPU quota of its cgroup and their ancestors, in CPUs (1.5 = 150 ms per
    /// 100 ms period); nil when there is none.
    public var quota: Double?

    public init(available: Int, quota: Double?) {
        self.available = max(1, available)
        self.quota = quota
    }

    /// Threads worth running: the available CPUs, lowered to the quota rounded up.
    public var count: Int {
        guard let quota, quota > 0 else { return available }
        let rounded = quota.rounded(.up)
        return rounded >= Double(available) ? available : max(1, Int(rounded))
    }

    public var description: String {
        let limit = quota.map { q -> String in
            let rounded = (q * 100).rounded() / 100
            return rounded == rounded.rounded() && rounded < 1e6 ? String(Int(rounded)) : String(rounded)
        } ?? "none"
        return "\(count) (CPUs available \(available), quota \(limit))"
    }

    /// The budget of the running process.
    public static func current() -> CPUBudget {
        let allowed = readSmallFile("/proc/self/status").flatMap(allowedCPUs(status:))
        return CPUBudget(available: allowed ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
                         quota: cgroupQuota(read: readSmallFile))
    }

    /// CPUs in the affinity mask, from `/proc/self/status`'s `Cpus_allowed_list: 0-3,8,10-11`
    /// (Glibc's module does not export `sched_getaffinity`), or nil if absent or unreadable.
    static func allowedCPUs(status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return nil }
        var count = 0
        for range in line.dropFirst("Cpus_allowed_list:".count).trimmed.split(separator: ",") {
            let bounds = range.split(separator: "-")
            guard let low = bounds.first.flatMap({ Int($0) }), let high = bounds.count == 2 ? Int(bounds[1]) : low,
                  bounds.count <= 2, high >= low else { return nil }
            count += high - low + 1
        }
        return count > 0 ? count : nil
    }

    /// The CPU quota from the process's cgroups, found through `/proc/self/cgroup` and
    /// `/proc/self/mountinfo`; `read` returns a file's contents or nil.
    /// A v1 `cpu` hierarchy wins over v2: on hybrid hosts it is the one that holds the controller.
    static func cgroupQuota(read: (String) -> String?) -> Double? {
        guard let membership = read("/proc/self/cgroup"), let mountinfo = read("/proc/self/mountinfo") else { return nil }
        let mounts = CgroupMounts(mountinfo: mountinfo)
        var v1Path: String?
        var v2Path: String?
        for line in membership.split(separator: "\n") {
            // hierarchy-ID:controller-list:cgroup-path
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            if fields[0] == "0" && fields[1].isEmpty {
                v2Path = String(fields[2])
            } else if fields[1].split(separator: ",").contains("cpu") {
                v1Path = String(fields[2])
            }
        }
        if let v1Path, let mount = mounts.v1CPU {
            return tightest(under: mount, path: v1Path) { dir in
                guard let quota = read(dir + "/cpu.cfs_quota_us").flatMap({ Int($0.trimmed) }), quota > 0,
                      let period = read(dir + "/cpu.cfs_period_us").flatMap({ Int($0.trimmed) }), period > 0 else { return nil }
                return Double(quota) / Double(period)
            }
        }
        if let v2Path, let mount = mounts.v2 {
            return tightest(under: mount, path: v2Path) { dir in
                // "max 100000" (no limit) or "150000 100000"
                guard let text = read(dir + "/cpu.max") else { return nil }
                let parts = text.trimmed.split(separator: " ")
                guard parts.count == 2, let quota = Int(parts[0]), quota > 0,
                      let period = Int(parts[1]), period > 0 else { return nil }
                return Double(quota) / Double(period)
            }
        }
        return nil
    }

    /// The smallest limit from the process's cgroup directory up to the mount point. A path
    /// outside the mount's root (another cgroup namespace) is looked up at the mount point only.
    private static func tightest(under mount: CgroupMounts.Mount, path: String, limit: (String) -> Double?) -> Double? {
        var relative = Substring(path)
        if mount.root != "/" {
            relative = relative.hasPrefix(mount.root) ? relative.dropFirst(mount.root.count) : ""
        }
        var components = relative.split(separator: "/").filter { $0 != ".." && $0 != "." }
        var best: Double?
        while true {
            let dir = components.isEmpty ? mount.point : mount.point + "/" + components.joined(separator: "/")
            if let value = limit(dir) { best = min(best ?? value, value) }
            if components.isEmpty { return best }
            components.removeLast()
        }
    }
}

/// Where the cgroup hierarchies are mounted, from `/proc/self/mountinfo`.
struct CgroupMounts {
    struct Mount: Equatable {
        /// The cgroup this mount shows at its mount point ("/" unless the mount is of a subtree).
        var root: String
        var point: String
    }

    var v1CPU: Mount?
    var v2: Mount?

    init(mountinfo: String) {
        for line in mountinfo.split(separator: "\n") {
            // id parent major:minor root mount-point options [optional...] - fstype source super-options
            guard let dash = line.firstRange(of: " - ") else { continue }
            let before = line[..<dash.lowerBound].split(separator: " ")
            let after = line[dash.upperBound...].split(separator: " ")
            guard before.count >= 5, after.count >= 3 else { continue }
            let mount = Mount(root: Self.unescape(before[3]), point: Self.unescape(before[4]))
            if after[0] == "cgroup2", v2 == nil {
                v2 = mount
            } else if after[0] == "cgroup", v1CPU == nil, after[2].split(separator: ",").contains("cpu") {
                v1CPU = mount
            }
        }
    }

    /// mountinfo writes space, tab, newline and backslash in paths as octal escapes.
    static func unescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var bytes: [UInt8] = []
        var utf8 = Array(field.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "\\"), utf8.count >= 3,
               let value = UInt8(String(decoding: utf8.prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A small file's contents (procfs and cgroupfs files), or nil.
func readSmallFile(_ path: String) -> String? {
    guard case .success(let bytes) = FileContents.read(path: path, limit: 1 << 20) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
}

extension StringProtocol where SubSequence == Substring {
    /// Without leading and trailing blanks and newlines.
    fileprivate var trimmed: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return self[first...last]
    }
}
