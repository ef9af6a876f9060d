import Documents
import Foundation
import Testing
import TestSupport

/// `esoguard manifests` flags, end to end: the printed YAML is loaded back
/// and checked, and bad flags fail with a message and a non-zero exit.
@Suite struct DeployManifestsCommandTests {
    static func render(_ arguments: [String]) throws -> [Node] {
        let result = try Deploy.esoguard(["manifests"] + arguments)
        try #require(result.status == 0, "esoguard manifests \(arguments): \(result.stderr)")
        return try YAMLLoader.load(result.stdout, source: "manifests").map(\.root)
    }

    @Test func flagsReachEveryField() throws {
        let dir = try TempDir("manifests-cli")
        defer { dir.remove() }
        let certs = try Deploy.esoguard(["certs", "--out", dir.path, "--service", "guard", "--namespace", "platform"])
        try #require(certs.status == 0)
        let docs = try Self.render(["--namespace", "platform", "--service", "guard", "--ca-bundle", dir.file("ca.crt"),
                                    "--failure-policy", "Fail", "--timeout-seconds", "7", "--profile", "restricted",
                                    "--skip-namespace", "kube-system", "--skip-namespace", "flux-system"])
        #expect(docs.map { $0["kind"]?.string } == ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"])
        let ca = try String(contentsOfFile: dir.file("ca.crt"), encoding: .utf8)
        for doc in docs {
            #expect(doc[path: "metadata", "labels", "esoguard.io/profile"]?.string == "restricted")
            let hook = try #require(doc["webhooks"]?[0])
            #expect(hook["timeoutSeconds"]?.int == 7)
            #expect(hook[path: "clientConfig", "service", "namespace"]?.string == "platform")
            #expect(hook[path: "clientConfig", "service", "name"]?.string == "guard")
            #expect(Deploy.base64(hook[path: "clientConfig", "caBundle"]) == ca)
            #expect(Deploy.strings(hook[path: "namespaceSelector", "matchExpressions"]?[0]?["values"])
                    == ["platform", "kube-system", "flux-system"])
        }
    }

    @Test func certManagerAnnotation() throws {
        for (flag, expected) in [("esoguard-serving", "esoguard-system/esoguard-serving"), ("certs/serving", "certs/serving")] {
            for doc in try Self.render(["--cert-manager", flag]) {
                #expect(doc[path: "metadata", "annotations", "cert-manager.io/inject-ca-from"]?.string == expected)
                #expect(doc["webhooks"]?[0]?[path: "clientConfig", "caBundle"] == nil)
            }
        }
    }

    @Test(arguments: [
        (["--ca-bundle", "/nonexistent/ca.crt"], "cannot read --ca-bundle /nonexistent/ca.crt"),
        (["--ca-bundle", "/etc/hostname", "--cert-manager", "x"], "either --ca-bundle or --cert-manager"),
        (["--failure-policy", "fail"], "--failure-policy must be Fail or Ignore"),
        (["--profile", "strict"], "--profile must be baseline or restricted"),
        (["--profile", "restricted", "--failure-policy", "Ignore"], "requires --failure-policy Fail"),
        (["--timeout-seconds", "0"], "between 1 and 30"),
        (["--skip-namespace", "Bad_NS"], "--skip-namespace 'Bad_NS' is not a valid Kubernetes name"),
    ])
    func badFlagsFailClearly(arguments: [String], message: String) throws {
        let result = try Deploy.esoguard(["manifests"] + arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty, "nothing may be printed for kubectl apply to pick up")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
