import Documents
import Foundation
import Install
import Testing

/// Renders through the same text path as `esoguard manifests` and loads it back
/// with the YAML loader, so the checks see what kubectl would see.
func renderAndLoad(_ options: WebhookOptions) throws -> [Node] {
    let text = ManifestText.stream(try WebhookConfigurations.render(options))
    return try YAMLLoader.load(text, source: "manifests").map(\.root)
}

func strings(_ node: Node?) -> [String] { node?.array?.compactMap(\.string) ?? [] }

@Suite struct WebhookConfigurationsTests {
    @Test func defaultsMatchTheInstallContract() throws {
        let docs = try renderAndLoad(WebhookOptions())
        try #require(docs.count == 2)
        let (validating, mutating) = (docs[0], docs[1])
        #expect(validating["apiVersion"]?.string == "admissionregistration.k8s.io/v1")
        #expect(validating["kind"]?.string == "ValidatingWebhookConfiguration")
        #expect(mutating["apiVersion"]?.string == "admissionregistration.k8s.io/v1")
        #expect(mutating["kind"]?.string == "MutatingWebhookConfiguration")
        #expect(validating[path: "metadata", "name"]?.string == "esoguard")
        #expect(validating[path: "metadata", "labels", "esoguard.io/profile"]?.string == "baseline")
        #expect(validating[path: "metadata", "annotations"] == nil)

        for (doc, path, operations) in [(validating, "/validate", ["CREATE", "UPDATE", "DELETE"]),
                                        (mutating, "/mutate", ["CREATE", "UPDATE"])] {
            let hooks = try #require(doc["webhooks"]?.array)
            try #require(hooks.count == 1)
            let hook = hooks[0]
            #expect(hook["name"]?.string?.hasSuffix(".esoguard.io") == true)
            #expect(strings(hook["admissionReviewVersions"]) == ["v1", "v1beta1"])
            #expect(hook["sideEffects"]?.string == "None")
            #expect(hook["timeoutSeconds"]?.int == 5)
            #expect(hook["failurePolicy"]?.string == "Fail")
            #expect(hook["matchPolicy"]?.string == "Equivalent")
            let service = try #require(hook[path: "clientConfig", "service"])
            #expect(service["namespace"]?.string == "esoguard-system")
            #expect(service["name"]?.string == "esoguard")
            #expect(service["path"]?.string == path)
            #expect(service["port"]?.int == 443)
            #expect(hook[path: "clientConfig", "caBundle"] == nil)
            #expect(hook[path: "clientConfig", "url"] == nil)
            let expressions = try #require(hook[path: "namespaceSelector", "matchExpressions"]?.array)
            #expect(expressions.count == 1)
            #expect(expressions.first?["key"]?.string == "kubernetes.io/metadata.name")
            #expect(expressions.first?["operator"]?.string == "NotIn")
            #expect(strings(expressions.first?["values"]) == ["esoguard-system"])
            let rules = try #require(hook["rules"]?.array)
            for rule in rules {
                #expect(strings(rule["apiGroups"]) == ["external-secrets.io"])
                #expect(strings(rule["operations"]) == operations)
                #expect(rule["scope"]?.string == "*")
            }
            let covered = Set(rules.flatMap { rule in
                strings(rule["resources"]).flatMap { r in strings(rule["apiVersions"]).map { "\(r)/\($0)" } }
            })
            #expect(covered == ["externalsecrets/v1", "externalsecrets/v1beta1",
                                "clusterexternalsecrets/v1", "clusterexternalsecrets/v1beta1",
                                "secretstores/v1", "secretstores/v1beta1",
                                "clustersecretstores/v1", "clustersecretstores/v1beta1",
                                "pushsecrets/v1alpha1", "clusterpushsecrets/v1alpha1"])
        }
        #expect(validating[path: "webhooks"]?[0]?["reinvocationPolicy"] == nil)
        #expect(mutating[path: "webhooks"]?[0]?["reinvocationPolicy"]?.string == "IfNeeded")
    }

    @Test func embedsTheCABundleBase64Encoded() throws {
        let pem = "-----BEGIN CERTIFICATE-----\nMIIBdummy\n-----END CERTIFICATE-----\n"
        var options = WebhookOptions()
        options.ca = .bundle(Array(pem.utf8))
        for doc in try renderAndLoad(options) {
            let encoded = try #require(doc["webhooks"]?[0]?[path: "clientConfig", "caBundle"]?.string)
            let decoded = try #require(Data(base64Encoded: encoded))
            #expect(String(decoding: decoded, as: UTF8.self) == pem)
            #expect(doc[path: "metadata", "annotations"] == nil)
        }
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 100])
    func base64MatchesFoundation(length: Int) throws {
        let pem = "-----BEGIN CERTIFICATE-----\n" + String(repeating: "x", count: length) + "\n-----END CERTIFICATE-----\n"
        var options = WebhookOptions()
        options.ca = .bundle(Array(pem.utf8))
        let encoded = try #require(try renderAndLoad(options)[0]["webhooks"]?[0]?[path: "clientConfig", "caBundle"]?.string)
        #expect(encoded == Data(pem.utf8).base64EncodedString())
    }

    @Test func certManagerInjectsInsteadOfABundle() throws {
        var options = WebhookOptions()
        options.ca = .certManager(namespace: "esoguard-system", certificate: "esoguard-serving")
        for doc in try renderAndLoad(options) {
            #expect(doc[path: "metadata", "annotations", "cert-manager.io/inject-ca-from"]?.string == "esoguard-system/esoguard-serving")
            #expect(doc["webhooks"]?[0]?[path: "clientConfig", "caBundle"] == nil)
        }
    }

    @Test func flagsChangeTheirFields() throws {
        var options = WebhookOptions()
        options.namespace = "platform-guard"
        options.service = "guard"
        options.failurePolicy = .ignore
        options.timeoutSeconds = 10
        options.skipNamespaces = ["kube-system", "platform-guard", "flux-system"]
        for doc in try renderAndLoad(options) {
            let hook = try #require(doc["webhooks"]?[0])
            #expect(hook["failurePolicy"]?.string == "Ignore")
            #expect(hook["timeoutSeconds"]?.int == 10)
            #expect(hook[path: "clientConfig", "service", "namespace"]?.string == "platform-guard")
            #expect(hook[path: "clientConfig", "service", "name"]?.string == "guard")
            // Own namespace first, duplicates dropped.
            #expect(strings(hook[path: "namespaceSelector", "matchExpressions"]?[0]?["values"])
                    == ["platform-guard", "kube-system", "flux-system"])
        }
        options.failurePolicy = .fail
        options.profile = .restricted
        #expect(try renderAndLoad(options)[1][path: "metadata", "labels", "esoguard.io/profile"]?.string == "restricted")
    }

    @Test func rejectsUnsafeOrInvalidOptions() {
        var restrictedIgnore = WebhookOptions()
        restrictedIgnore.profile = .restricted
        restrictedIgnore.failurePolicy = .ignore
        #expect { try WebhookConfigurations.render(restrictedIgnore) } throws: { "\($0)".contains("requires --failure-policy Fail") }

        var timeout = WebhookOptions()
        timeout.timeoutSeconds = 31
        #expect { try WebhookConfigurations.render(timeout) } throws: { "\($0)".contains("between 1 and 30") }

        var badNamespace = WebhookOptions()
        badNamespace.skipNamespaces = ["Kube_System"]
        #expect { try WebhookConfigurations.render(badNamespace) } throws: { "\($0)".contains("--skip-namespace 'Kube_System'") }

        var key = WebhookOptions()
        key.ca = .bundle(Array("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n".utf8))
        #expect { try WebhookConfigurations.render(key) } throws: { "\($0)".contains("private key") }

        var notPEM = WebhookOptions()
        notPEM.ca = .bundle(Array("hello".utf8))
        #expect { try WebhookConfigurations.render(notPEM) } throws: { "\($0)".contains("no PEM certificate") }

        var certificate = WebhookOptions()
        certificate.ca = .certManager(namespace: "a/b", certificate: "")
        #expect(throws: InstallError.self) { try WebhookConfigurations.render(certificate) }
    }
}
