import Synchronization
import Foundation

/// A running `esoguard serve` (or any long-lived child) started by a test and
/// stopped by it. Output goes to a log file so the child never blocks on a pipe.
public final class ServerProcess: @unchecked Sendable {
    public let process: Process
    public let logPath: String

    /// Starts `executable arguments` and, when `port` is given, waits until it accepts TCP.
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                currentDirectory: String? = nil, waitForPort port: Int? = nil, timeout: Double = 20) throws {
        process = Process()
        let resolved = executable.contains("/") ? executable : (Repo.which(executable) ?? executable)
        guard FileManager.default.isExecutableFile(atPath: resolved) else { throw CommandError.notFound(executable) }
        if let python = Self.python {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = Self.withSignalsUnblocked + [resolved] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: resolved)
            process.arguments = arguments
        }
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        logPath = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID().uuidString).log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let handle = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        ChildRegistry.add(process.processIdentifier)
        if let port, !waitForPort(port, timeout: timeout) {
            stop()
            throw ServerStartError(log: log)
        }
    }

    /// Runs the child with no signal blocked and SIGPIPE at its default, as a container runtime
    /// or a shell starts a process. Started from one of the test runner's threads, which block
    /// nearly every signal, it would inherit that mask (exec keeps it), and no test could see a
    /// thread of the server that fails to block the signals only its main thread should take.
    /// (Python ignores SIGPIPE and SIGXFSZ itself; ignored signals stay ignored across exec.)
    static let withSignalsUnblocked = [
        "-c", "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); "
            + "signal.signal(signal.SIGPIPE, signal.SIG_DFL); signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
            + "os.execv(sys.argv[1], sys.argv[1:])",
    ]

    /// The system's python3 when there is one (a version manager's shim costs ~70 ms a start).
    public static let python: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        ? "/usr/bin/python3" : Repo.which("python3")

    /// Everything the child printed so far.
    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    public var isRunning: Bool { process.isRunning }

    /// Sends `signal` to the child.
    public func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits up to `timeout` seconds for the child to exit; returns its status or nil.
    public func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// SIGTERM, then SIGKILL after `grace` seconds.
    public func stop(grace: Double = 5) {
        guard process.isRunning else { return }
        signal(SIGTERM)
        if waitForExit(timeout: grace) == nil {
            signal(SIGKILL)
            process.waitUntilExit()
        }
        ChildRegistry.remove(process.processIdentifier)
    }

    deinit { stop(grace: 1) }
}

/// Children still running when the test process exits: servers held in `static let`s are
/// never deinitialised, so without this they outlive `swift test`.
enum ChildRegistry {
    private static let pids = Mutex<Set<Int32>>([])
    private static let installed: Bool = {
        atexit { ChildRegistry.killAll() }
        return true
    }()

    static func add(_ pid: Int32) {
        _ = installed
        pids.withLock { _ = $0.insert(pid) }
    }

    static func remove(_ pid: Int32) { pids.withLock { _ = $0.remove(pid) } }

    static func killAll() {
        for pid in pids.withLock({ $0 }) { kill(pid, SIGKILL) }
    }
}

public struct ServerStartError: Error, CustomStringConvertible {
    public var log: String
    public var description: String { "server did not start; its output:\n\(log)" }
}
