import ArgumentParser
import Offline

extension ReportFormat: ExpressibleByArgument {}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate ESO manifests offline.",
        discussion: """
            Checks ExternalSecret, ClusterExternalSecret, SecretStore, ClusterSecretStore, PushSecret and \
            ClusterPushSecret manifests with ESO's own admission rules and the CRD schemas, and flags \
            plaintext v1 Secrets. With --policies, also applies a policy directory with the same engine \
            as the admission webhook; Namespaces and ClusterSecretStores in the input serve as cluster state.

            Exit status: 0 no errors; 1 at least one error (with --policies, an enforce-mode violation); \
            2 an input or policy file cannot be read or parsed.
            """
    )

    @Option(help: "Output format: text, json, sarif or junit.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Apply the policies in this directory, as the webhook does.", valueName: "dir"))
    var policies: String?

    @Argument(help: ArgumentHelp("Files or directories (recursively *.yaml, *.yml, *.json); - reads stdin.",
                                 valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or directory, or - for stdin.") }
    }

    func run() throws {
        var validator = ManifestValidator()
        if let policies {
            do {
                validator = try ManifestValidator(policyDirectory: policies)
            } catch {
                StandardStreams.writeError("\(error)\n")
                throw ExitCode(ExitStatus.inputError.rawValue)
            }
        }
        let report = validator.validate(paths: paths)
        StandardStreams.writeError(TextReporter.diagnostics(report))
        StandardStreams.writeOutput(format.render(report))
        throw ExitCode(report.exitStatus.rawValue)
    }
}
