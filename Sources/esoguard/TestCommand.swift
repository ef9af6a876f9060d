import ArgumentParser
import Offline

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run policy test suites.",
        discussion: """
            Runs every esoguard-test.yaml under the given directory (or the given suite file): each case's \
            object goes through the policies with the admission engine, and its outcome (allowed, each \
            rule's result, the patch, the warning count) is compared with the case's expectations.

            Exit status: 0 every case passed; 1 a case failed; 2 a suite or its policies cannot be loaded.
            """
    )

    @Argument(help: ArgumentHelp("A directory of suites (searched recursively) or one suite file.", valueName: "dir"))
    var path: String

    func run() throws {
        let report = PolicyTestRunner().run(path)
        StandardStreams.writeError(report.diagnostics())
        StandardStreams.writeOutput(report.render())
        throw ExitCode(report.exitStatus.rawValue)
    }
}
