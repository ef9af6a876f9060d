import ArgumentParser
import Glibc
import Install
import Platform

struct ManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifests",
        abstract: "Render the webhook configurations.",
        discussion: """
        Prints a ValidatingWebhookConfiguration and a MutatingWebhookConfiguration \
        (admissionregistration.k8s.io/v1) for kubectl apply -f -. The namespaceSelector skips \
        esoguard's namespace and any --skip-namespace; it does not apply to the cluster-scoped \
        kinds (ClusterSecretStore, ClusterExternalSecret, ClusterPushSecret), which are always checked.
        """
    )

    @Option(help: "Namespace esoguard runs in (never sent to the webhook).")
    var namespace: String = "esoguard-system"

    @Option(help: "Name of esoguard's Service.")
    var service: String = "esoguard"

    @Option(help: "Name of the two configuration objects.")
    var name: String = "esoguard"

    @Option(name: .customLong("ca-bundle"), help: ArgumentHelp("PEM file of the CA that signed the serving certificate (ca.crt).", valueName: "file"))
    var caBundle: String?

    @Option(name: .customLong("cert-manager"),
            help: ArgumentHelp("cert-manager Certificate (NAME or NAMESPACE/NAME) whose CA cainjector injects, instead of --ca-bundle.", valueName: "certificate"))
    var certManager: String?

    @Option(name: .customLong("failure-policy"), help: "Fail or Ignore when the webhook cannot be reached.")
    var failurePolicy: String = "Fail"

    @Option(name: .customLong("timeout-seconds"), help: "How long the API server waits for an answer (1-30).")
    var timeoutSeconds: Int = 5

    @Option(help: "Policy profile the webhook runs: baseline or restricted (restricted requires --failure-policy Fail).")
    var profile: String = "baseline"

    @Option(name: .customLong("skip-namespace"), parsing: .singleValue,
            help: ArgumentHelp("Another namespace whose objects are not sent to the webhook (repeatable).", valueName: "namespace"))
    var skipNamespaces: [String] = []

    func validate() throws {
        if caBundle != nil && certManager != nil {
            throw ValidationError("use either --ca-bundle or --cert-manager, not both")
        }
        guard WebhookOptions.FailurePolicy(rawValue: failurePolicy) != nil else {
            throw ValidationError("--failure-policy must be Fail or Ignore, not '\(failurePolicy)'")
        }
        guard WebhookOptions.Profile(rawValue: profile) != nil else {
            throw ValidationError("--profile must be baseline or restricted, not '\(profile)'")
        }
    }

    func run() throws {
        var options = WebhookOptions()
        options.namespace = namespace
        options.service = service
        options.name = name
        options.failurePolicy = WebhookOptions.FailurePolicy(rawValue: failurePolicy) ?? .fail
        options.profile = WebhookOptions.Profile(rawValue: profile) ?? .baseline
        options.timeoutSeconds = timeoutSeconds
        options.skipNamespaces = skipNamespaces
        if let caBundle {
            options.ca = .bundle(try Self.readFile(caBundle))
        } else if let certManager {
            let parts = certManager.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            options.ca = parts.count == 2 ? .certManager(namespace: parts[0], certificate: parts[1])
                                          : .certManager(namespace: namespace, certificate: certManager)
        }
        do {
            print(ManifestText.stream(try WebhookConfigurations.render(options)), terminator: "")
        } catch let error as InstallError {
            throw ValidationError(error.description)
        }
    }

    /// Reads a small file (a CA bundle), with the OS's reason on failure: a runtime failure
    /// (exit 1, no usage text: it is thrown outside `run()`'s rethrow as a usage error), as
    /// `certs`' unreadable files are; the flags themselves were fine.
    static func readFile(_ path: String) throws -> [UInt8] {
        switch FileContents.read(path: path, limit: 1 << 20) {
        case .success(let bytes): return bytes
        case .failure(.system(let code)):
            throw InstallError("cannot read --ca-bundle \(path): \(FileContents.Failure.describe(code))")
        case .failure(.isDirectory): throw InstallError("cannot read --ca-bundle \(path): it is a directory")
        case .failure(.notRegularFile(let kind)):
            throw InstallError("cannot read --ca-bundle \(path): \(FileContents.Failure.describe(notRegular: kind))")
        case .failure(.tooLarge): throw InstallError("--ca-bundle \(path) is larger than 1 MiB")
        }
    }
}
