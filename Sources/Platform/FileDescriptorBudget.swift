import Glibc

/// How many client connections the process's open-file limit (`RLIMIT_NOFILE`) leaves room for.
///
/// Every connection is a descriptor. Container runtimes commonly start processes with a soft
/// limit of 1024 and a much higher hard limit, which is below the default `--max-connections`
/// (4096). Past the limit, `accept` fails with EMFILE while the connection stays queued in the
/// kernel, so the client waits out its own timeout instead of being turned away. So the soft
/// limit is raised to the hard one at start-up (Go's runtime does the same), and the connection
/// limit is lowered to what remains, leaving `spare` descriptors for reloads, metrics and logs.
public struct FileDescriptorBudget: Sendable, Equatable {
    /// The soft limit in force (after `raiseSoftLimit`).
    public var limit: Int
    /// Descriptors already open, and those the server opens for itself besides connections.
    public var reserved: Int

    public init(limit: Int, reserved: Int) {
        self.limit = limit
        self.reserved = reserved
    }

    /// Descriptors kept free for everything that is not a connection (certificate and policy
    /// reloads, /proc reads for metrics) once the server runs.
    public static let spare = 32

    /// Connections that fit: `requested`, lowered to what the limit leaves (at least 0).
    public func connections(requested: Int) -> Int {
        max(0, min(requested, limit - reserved))
    }

    /// The budget of the running process: raises its soft limit to the hard one, then counts
    /// the descriptors open now plus `perLoop` for each of `loops` event loops plus `spare`.
    public static func current(loops: Int, perLoop: Int) -> FileDescriptorBudget {
        let limit = raiseSoftLimit() ?? Int.max
        let open = ProcessStats.openFileDescriptors().map { Int($0) } ?? 0
        return FileDescriptorBudget(limit: limit, reserved: open + loops * perLoop + spare)
    }

    /// Raises the soft `RLIMIT_NOFILE` to the hard limit; returns the soft limit in force
    /// afterwards (unchanged when raising fails), or nil when it is unlimited or unreadable.
    @discardableResult
    public static func raiseSoftLimit() -> Int? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur == rlim_t.max ? nil : Int(clamping: limit.rlim_cur)
    }
}
