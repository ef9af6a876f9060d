import ArgumentParser

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Run policy test suites.")

    func run() throws {
        throw ValidationError("`esoguard test` is not implemented yet")
    }
}
