import Glibc

/// The running process as the kernel accounts for it, read from `/proc/self` when asked:
/// what Prometheus' standard `process_*` metrics report.
public enum ProcessStats {
    /// User plus system CPU time, in seconds.
    public static func cpuSeconds() -> Double? {
        guard let fields = statFields(), fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
            return nil
        }
        return (user + system) / ticksPerSecond
    }

    /// When the process started, in seconds since the Unix epoch.
    public static func startTimeSeconds() -> Double? {
        guard let fields = statFields(), fields.count > 19, let ticks = Double(fields[19]),
              let boot = readSmallFile("/proc/stat").flatMap(bootTime(procStat:)) else { return nil }
        return boot + ticks / ticksPerSecond
    }

    /// Resident set size, in bytes.
    public static func residentBytes() -> Double? { statm(field: 1) }

    /// Virtual memory size, in bytes.
    public static func virtualBytes() -> Double? { statm(field: 0) }

    /// Open file descriptors (the entries of `/proc/self/fd`, less the one reading it).
    public static func openFileDescriptors() -> Double? {
        entries(of: "/proc/self/fd").map { Double(max(0, $0 - 1)) }
    }

    /// How many entries a directory has, not counting "." and "..".
    static func entries(of path: String) -> Int? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let isDot = withUnsafeBytes(of: entry.pointee.d_name) { name in
                name[0] == UInt8(ascii: ".") && (name[1] == 0 || (name[1] == UInt8(ascii: ".") && name[2] == 0))
            }
            if !isDot { count += 1 }
        }
        return count
    }

    /// The soft limit on open file descriptors.
    public static func maxFileDescriptors() -> Double? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        return limit.rlim_cur == rlim_t.max ? nil : Double(limit.rlim_cur)   // rlim_t.max: RLIM_INFINITY
    }

    /// The fields of `/proc/self/stat` from the third (state) on: the second (the command
    /// name, in parentheses) may itself hold spaces and parentheses, so split after its last ")".
    static func statFields(_ text: String? = readSmallFile("/proc/self/stat")) -> [Substring]? {
        guard let text, let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }

    /// `btime` from `/proc/stat`: the boot time in seconds since the epoch.
    static func bootTime(procStat: String) -> Double? {
        procStat.split(separator: "\n").first { $0.hasPrefix("btime ") }.flatMap { Double($0.dropFirst(6)) }
    }

    private static func statm(field: Int) -> Double? {
        guard let text = readSmallFile("/proc/self/statm") else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > field, let pages = Double(fields[field]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE)))
    }

    private static var ticksPerSecond: Double { Double(sysconf(Int32(_SC_CLK_TCK))) }
}
