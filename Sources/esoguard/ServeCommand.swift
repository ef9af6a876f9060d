import ArgumentParser

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTPS admission webhook.")

    func run() throws {
        throw ValidationError("`esoguard serve` is not implemented yet")
    }
}
