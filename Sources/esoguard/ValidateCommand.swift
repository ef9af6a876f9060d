import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Validate ESO manifests offline.")

    func run() throws {
        throw ValidationError("`esoguard validate` is not implemented yet")
    }
}
