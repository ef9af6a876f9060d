import ArgumentParser

struct ManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "manifests", abstract: "Render the webhook configurations.")

    func run() throws {
        throw ValidationError("`esoguard manifests` is not implemented yet")
    }
}
