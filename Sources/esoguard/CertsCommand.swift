import ArgumentParser

struct CertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certs", abstract: "Create or renew the webhook's CA and serving certificate.")

    func run() throws {
        throw ValidationError("`esoguard certs` is not implemented yet")
    }
}
