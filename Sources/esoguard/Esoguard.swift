import ArgumentParser

/// The `esoguard` command: one binary for the webhook, offline validation,
/// policy tests, certificates and install manifests.
@main
struct Esoguard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "esoguard",
        abstract: "Admission webhook and offline validator for External Secrets Operator resources.",
        version: "0.1.0",
        subcommands: [
            ServeCommand.self,
            ValidateCommand.self,
            TestCommand.self,
            CertsCommand.self,
            ManifestsCommand.self,
        ]
    )
}
