import Foundation

/// The outcome of running a command to completion.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var timedOut: Bool
    public var output: String { stdout + stderr }
}

public enum CommandError: Error, CustomStringConvertible {
    case notFound(String)
    public var description: String {
        switch self {
        case .notFound(let tool): return "\(tool) is not installed (run `make deps` as root)"
        }
    }
}

/// Runs `executable` with `arguments`, feeding `stdin`, and waits at most
/// `timeout` seconds (then kills it and sets `timedOut`).
@discardableResult
public func runCommand(_ executable: String, _ arguments: [String], stdin: String? = nil,
                       environment: [String: String]? = nil, currentDirectory: String? = nil,
                       timeout: Double = 60) throws -> CommandResult {
    let resolved = executable.contains("/") ? executable : (Repo.which(executable) ?? executable)
    guard FileManager.default.isExecutableFile(atPath: resolved) else { throw CommandError.notFound(executable) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: resolved)
    process.arguments = arguments
    if let environment {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let outFile = try TempOutput()
    let errFile = try TempOutput()
    defer { outFile.close(); errFile.close() }
    process.standardOutput = outFile.handle
    process.standardError = errFile.handle
    let inPipe = Pipe()
    process.standardInput = inPipe
    try process.run()
    if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? inPipe.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    while process.isRunning {
        if Date() > deadline {
            timedOut = true
            process.terminate()
            usleep(200_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            break
        }
        usleep(5_000)
    }
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: outFile.read(), stderr: errFile.read(),
                         timedOut: timedOut)
}

/// Output captured through a temporary file, so a chatty child never blocks on a full pipe.
final class TempOutput {
    let path: String
    let handle: FileHandle

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let h = FileHandle(forWritingAtPath: path) else { throw CommandError.notFound(path) }
        handle = h
    }

    func read() -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    func close() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
