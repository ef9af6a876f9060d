import ArgumentParser
import PKI

struct CertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certs",
        abstract: "Create or renew the webhook's CA and serving certificate.",
        discussion: """
        Writes ca.crt, ca.key, tls.crt and tls.key (keys mode 0600) into --out, atomically. \
        A valid set is left alone. The serving certificate is reissued by the same CA when it \
        expires within --renew-before or its names changed, so the caBundle stays valid. The CA \
        is replaced only when it is missing, broken or itself near expiry; then the webhook \
        configurations' caBundle must be updated (esoguard manifests --ca-bundle DIR/ca.crt).
        """
    )

    @Option(help: "Directory for ca.crt, ca.key, tls.crt, tls.key (created if missing).")
    var out: String

    @Option(help: "Name of the webhook's Kubernetes Service.")
    var service: String

    @Option(help: "Namespace of the Service.")
    var namespace: String

    @Option(help: "Lifetime of a new serving certificate, in days.")
    var days: Int = 365

    @Option(name: .customLong("ca-days"), help: "Lifetime of a new CA, in days.")
    var caDays: Int = 3650

    @Option(name: .customLong("renew-before"),
            help: "Renew a certificate expiring within this duration: 720h, 30d, 1h30m, or a number of days.")
    var renewBefore: String = "720h"

    /// A value that does not parse is a usage error, as ArgumentParser's own (`--days x`) and
    /// serve's `--listen` are: thrown from `run()`, the usage shown was the root command's.
    func validate() throws { _ = try renewBeforeSeconds() }

    func renewBeforeSeconds() throws -> Int {
        guard let seconds = DurationParser.seconds(renewBefore) else {
            throw ValidationError("--renew-before '\(renewBefore)' is not a positive duration such as 720h, 30d, 1h30m or 30 (days)")
        }
        return seconds
    }

    func run() throws {
        let request = CertificateRequest(service: service, namespace: namespace, days: days, caDays: caDays,
                                         renewBeforeSeconds: try renewBeforeSeconds())
        let directory = CertificateDirectory(path: out)
        // A PKIError is a runtime failure (exit 1, its message, no usage text).
        let outcome = try directory.ensure(request)
        let caFile = directory.file(CertificateDirectory.caCertificateFile)
        let tlsFile = directory.file(CertificateDirectory.certificateFile)
        let caUntil = CertificateDirectory.timestamp(outcome.caNotAfter)
        let tlsUntil = CertificateDirectory.timestamp(outcome.servingNotAfter)
        switch outcome.ca {
        case .kept: print("\(caFile): valid until \(caUntil), kept")
        case .created: print("\(caFile): new CA, valid until \(caUntil)")
        case .renewed(let reason):
            print("\(caFile): new CA (\(reason)), valid until \(caUntil)")
            print("note: the CA changed; update the webhook configurations' caBundle, e.g. esoguard manifests --ca-bundle \(caFile) ... | kubectl apply -f -")
        }
        switch outcome.serving {
        case .kept: print("\(tlsFile): valid until \(tlsUntil), kept (certificates are valid; nothing to do)")
        case .created: print("\(tlsFile): new serving certificate, valid until \(tlsUntil)")
        case .renewed(let reason): print("\(tlsFile): renewed (\(reason)), valid until \(tlsUntil)")
        }
    }
}
