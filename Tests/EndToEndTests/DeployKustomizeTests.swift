import Documents
import Foundation
import Testing
import TestSupport

/// Renders deploy/ with the real `kubectl kustomize` and checks what a
/// platform team relies on: hardening, availability, least privilege, wiring.
@Suite struct DeployKustomizeTests {
    static let overlays = ["deploy/overlays/cert-manager", "deploy/overlays/self-signed"]

    @Test(arguments: overlays)
    func webhookDeploymentIsHardenedAndAvailable(overlay: String) throws {
        let docs = try Deploy.kustomize(Repo.path(overlay))
        let deployment = try #require(Deploy.object(docs, kind: "Deployment", name: "esoguard"))
        #expect(deployment[path: "metadata", "namespace"]?.string == "esoguard-system")
        #expect(deployment[path: "spec", "replicas"]?.int == 2)
        #expect(deployment[path: "spec", "strategy", "rollingUpdate", "maxUnavailable"]?.int == 0)
        let pod = try #require(deployment[path: "spec", "template", "spec"])
        #expect(pod["serviceAccountName"]?.string == "esoguard")
        let grace = try #require(pod["terminationGracePeriodSeconds"]?.int)
        #expect(pod[path: "securityContext", "runAsNonRoot"]?.bool == true)
        #expect((pod[path: "securityContext", "runAsUser"]?.int ?? 0) > 0)
        #expect(pod[path: "securityContext", "seccompProfile", "type"]?.string == "RuntimeDefault")
        let antiAffinity = pod[path: "affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution"]?[0]
        #expect(antiAffinity?[path: "podAffinityTerm", "topologyKey"]?.string == "kubernetes.io/hostname")

        let containers = try #require(pod["containers"]?.array)
        try #require(containers.count == 1)
        let container = containers[0]
        #expect(container["image"]?.string == "esoguard:0.1.0")
        let security = try #require(container["securityContext"])
        #expect(security["readOnlyRootFilesystem"]?.bool == true)
        #expect(security["allowPrivilegeEscalation"]?.bool == false)
        #expect(security["runAsNonRoot"]?.bool == true)
        #expect(Deploy.strings(security[path: "capabilities", "drop"]) == ["ALL"])
        #expect(security[path: "capabilities", "add"] == nil)
        #expect(security["privileged"]?.bool != true)

        for (probe, path) in [("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")] {
            let get = try #require(container[path: probe, "httpGet"], "\(probe) missing")
            #expect(get["path"]?.string == path)
            #expect(get["scheme"]?.string == "HTTPS")
            #expect(get["port"]?.string == "https")
        }
        #expect(container["ports"]?[0]?["containerPort"]?.int == 8443)
        #expect(container["ports"]?[0]?["name"]?.string == "https")
        for field in ["requests", "limits"] {
            #expect(container[path: "resources", field, "memory"] != nil, "resources.\(field).memory")
            #expect(container[path: "resources", field, "cpu"] != nil, "resources.\(field).cpu")
        }

        // The serve flags, and a grace period that covers preStop + the server's drain.
        let args = Deploy.strings(container["args"])
        #expect(args.first == "serve")
        let flags = Dictionary(args.dropFirst().compactMap { arg -> (String, String)? in
            guard let eq = arg.firstIndex(of: "=") else { return nil }
            return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
        }, uniquingKeysWith: { a, _ in a })
        #expect(flags["--listen"] == ":8443")   // both families: IPv4, IPv6 and dual-stack clusters
        #expect(flags["--tls-cert"] == "/etc/esoguard/tls/tls.crt")
        #expect(flags["--tls-key"] == "/etc/esoguard/tls/tls.key")
        #expect(flags["--policies"] == "/etc/esoguard/policies")
        let drain = Int(flags["--shutdown-grace"] ?? "") ?? 0
        let preStop = Int(Deploy.strings(container[path: "lifecycle", "preStop", "exec", "command"]).last ?? "") ?? 0
        #expect(drain > 0 && preStop > 0)
        #expect(grace >= drain + preStop + 5, "terminationGracePeriodSeconds \(grace) must cover preStop \(preStop)s + drain \(drain)s")

        // Volumes: the TLS Secret and the generated policies ConfigMap, both mounted read-only.
        let mounts = try #require(container["volumeMounts"]?.array)
        #expect(mounts.allSatisfy { $0["readOnly"]?.bool == true })
        let volumes = try #require(pod["volumes"]?.array)
        let tls = volumes.first { $0["name"]?.string == "tls" }
        #expect(tls?[path: "secret", "secretName"]?.string == "esoguard-tls")
        let policies = try #require(volumes.first { $0["name"]?.string == "policies" }?[path: "configMap", "name"]?.string)
        let configMap = try #require(Deploy.object(docs, kind: "ConfigMap", name: policies),
                                     "the Deployment mounts ConfigMap \(policies), which the overlay does not render")
        #expect(configMap[path: "metadata", "namespace"]?.string == "esoguard-system")
        #expect(configMap[path: "metadata", "labels", "esoguard.io/profile"]?.string == "baseline")
        let policyFiles = try FileManager.default.contentsOfDirectory(atPath: Repo.path("policies/baseline"))
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(Set(configMap["data"]?.keys ?? []) == Set(policyFiles))
    }

    @Test(arguments: overlays)
    func availabilityAndNetworkObjects(overlay: String) throws {
        let docs = try Deploy.kustomize(Repo.path(overlay))
        let selector = try #require(Deploy.object(docs, kind: "Deployment", name: "esoguard")?[path: "spec", "selector", "matchLabels"])

        let pdb = try #require(Deploy.object(docs, kind: "PodDisruptionBudget", name: "esoguard"))
        #expect(pdb[path: "spec", "minAvailable"]?.int == 1)
        #expect(pdb[path: "spec", "selector", "matchLabels"] == selector)

        let service = try #require(Deploy.object(docs, kind: "Service", name: "esoguard"))
        #expect(service[path: "metadata", "namespace"]?.string == "esoguard-system")
        #expect(service[path: "spec", "selector"] == selector)
        #expect(service[path: "spec", "ports"]?[0]?["port"]?.int == 443)
        #expect(service[path: "spec", "ports"]?[0]?["targetPort"]?.string == "https")

        let policy = try #require(Deploy.object(docs, kind: "NetworkPolicy", name: "esoguard"))
        #expect(policy[path: "spec", "podSelector", "matchLabels"] == selector)
        #expect(Set(Deploy.strings(policy[path: "spec", "policyTypes"])) == ["Ingress", "Egress"])
        let ingress = try #require(policy[path: "spec", "ingress"]?.array)
        #expect(ingress.count == 1)
        #expect(ingress[0]["ports"]?.array?.compactMap { $0["port"]?.int } == [8443])
        let egressPorts = Set(policy[path: "spec", "egress"]?.array?.flatMap { $0["ports"]?.array?.compactMap { $0["port"]?.int } ?? [] } ?? [])
        #expect(egressPorts.isSuperset(of: [443, 6443, 53]))

        let namespace = try #require(Deploy.object(docs, kind: "Namespace", name: "esoguard-system"))
        #expect(namespace[path: "metadata", "labels", "pod-security.kubernetes.io/enforce"]?.string == "restricted")
    }

    @Test(arguments: overlays)
    func webhookRBACIsReadOnlyAndNeverTouchesSecrets(overlay: String) throws {
        let docs = try Deploy.kustomize(Repo.path(overlay))
        let role = try #require(Deploy.object(docs, kind: "ClusterRole", name: "esoguard"))
        let rules = try #require(role["rules"]?.array)
        for rule in rules {
            #expect(Set(Deploy.strings(rule["verbs"])).isSubset(of: ["get", "list", "watch"]), "write verbs in \(rule)")
            #expect(!Deploy.strings(rule["resources"]).contains { $0 == "secrets" || $0 == "*" })
            #expect(!Deploy.strings(rule["apiGroups"]).contains("*"))
        }
        let granted = Set(rules.flatMap { Deploy.strings($0["resources"]) })
        #expect(granted == ["externalsecrets", "clusterexternalsecrets", "secretstores", "clustersecretstores",
                            "pushsecrets", "clusterpushsecrets", "namespaces"])
        let binding = try #require(Deploy.object(docs, kind: "ClusterRoleBinding", name: "esoguard"))
        #expect(binding[path: "subjects"]?[0]?["name"]?.string == "esoguard")
        #expect(binding[path: "subjects"]?[0]?["namespace"]?.string == "esoguard-system")
        // Nothing bound to the webhook's ServiceAccount grants Secrets.
        for kind in ["Role", "ClusterRole"] {
            for object in Deploy.objects(docs, kind: kind) where object[path: "metadata", "name"]?.string == "esoguard" {
                #expect(!(object["rules"]?.array ?? []).contains { Deploy.strings($0["resources"]).contains("secrets") })
            }
        }
    }

    @Test func certManagerOverlayIssuesAndInjects() throws {
        let docs = try Deploy.kustomize(Repo.path("deploy/overlays/cert-manager"))
        let serving = try #require(Deploy.object(docs, kind: "Certificate", name: "esoguard-serving"))
        #expect(serving[path: "metadata", "namespace"]?.string == "esoguard-system")
        #expect(serving[path: "spec", "secretName"]?.string == "esoguard-tls")
        #expect(serving[path: "spec", "issuerRef", "name"]?.string == "esoguard-ca")
        #expect(serving[path: "spec", "privateKey", "algorithm"]?.string == "ECDSA")
        #expect(Set(Deploy.strings(serving[path: "spec", "dnsNames"])) == [
            "esoguard", "esoguard.esoguard-system", "esoguard.esoguard-system.svc", "esoguard.esoguard-system.svc.cluster.local"])
        let ca = try #require(Deploy.object(docs, kind: "Certificate", name: "esoguard-ca"))
        #expect(ca[path: "spec", "isCA"]?.bool == true)
        #expect(Deploy.object(docs, kind: "Issuer", name: "esoguard-ca")?[path: "spec", "ca", "secretName"]?.string == "esoguard-ca")
        #expect(Deploy.object(docs, kind: "Issuer", name: "esoguard-selfsigned") != nil)
        for kind in ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"] {
            let config = try #require(Deploy.object(docs, kind: kind, name: "esoguard"))
            #expect(config[path: "metadata", "annotations", "cert-manager.io/inject-ca-from"]?.string == "esoguard-system/esoguard-serving")
            #expect(config[path: "webhooks"]?[0]?[path: "clientConfig", "caBundle"] == nil)
            #expect(config[path: "webhooks"]?[0]?[path: "clientConfig", "service", "namespace"]?.string == "esoguard-system")
        }
        #expect(Deploy.object(docs, kind: "Job", name: "esoguard-certs") == nil)
    }

    @Test func selfSignedOverlayRunsTheCertsJobWithItsOwnNarrowRBAC() throws {
        let docs = try Deploy.kustomize(Repo.path("deploy/overlays/self-signed"))
        let job = try #require(Deploy.object(docs, kind: "Job", name: "esoguard-certs"))
        let cron = try #require(Deploy.object(docs, kind: "CronJob", name: "esoguard-certs"))
        let configMap = try #require(Deploy.objects(docs, kind: "ConfigMap").first {
            $0[path: "metadata", "name"]?.string?.hasPrefix("esoguard-certs-") == true
        })
        #expect(configMap["data"]?["certs.sh"] != nil)
        #expect(configMap["data"]?["kustomization.yaml"] != nil)
        for pod in [job[path: "spec", "template", "spec"], cron[path: "spec", "jobTemplate", "spec", "template", "spec"]] {
            let pod = try #require(pod)
            #expect(pod["serviceAccountName"]?.string == "esoguard-certs")
            #expect(pod[path: "securityContext", "runAsNonRoot"]?.bool == true)
            #expect(pod[path: "securityContext", "seccompProfile", "type"]?.string == "RuntimeDefault")
            let certs = try #require(pod["initContainers"]?[0])
            #expect(certs["image"]?.string == "esoguard:0.1.0")
            #expect(Deploy.strings(certs["command"]) == ["/bin/sh", "/config/certs.sh"])
            let containers = try #require(pod["containers"]?.array)
            let commands = containers.map { Deploy.strings($0["args"]).prefix(3).joined(separator: " ") }
            #expect(commands == ["apply --server-side --force-conflicts", "patch validatingwebhookconfiguration esoguard",
                                 "patch mutatingwebhookconfiguration esoguard"])
            #expect(Deploy.strings(containers[1]["args"]).contains("--patch-file=/work/validate-patch.json"))
            #expect(Deploy.strings(containers[2]["args"]).contains("--patch-file=/work/mutate-patch.json"))
            for container in [certs] + containers {
                #expect(container[path: "securityContext", "readOnlyRootFilesystem"]?.bool == true)
                #expect(Deploy.strings(container[path: "securityContext", "capabilities", "drop"]) == ["ALL"])
            }
            let volumes = try #require(pod["volumes"]?.array)
            #expect(volumes.first { $0["name"]?.string == "config" }?[path: "configMap", "name"] == configMap[path: "metadata", "name"])
            for secret in ["esoguard-ca", "esoguard-tls"] {
                #expect(volumes.contains { $0[path: "secret", "secretName"]?.string == secret && $0[path: "secret", "optional"]?.bool == true })
            }
        }
        let role = try #require(Deploy.object(docs, kind: "Role", name: "esoguard-certs"))
        #expect(role[path: "metadata", "namespace"]?.string == "esoguard-system")
        for rule in role["rules"]?.array ?? [] {
            #expect(Deploy.strings(rule["resources"]) == ["secrets"])
            if !Deploy.strings(rule["verbs"]).contains("create") {
                #expect(Set(Deploy.strings(rule["resourceNames"])) == ["esoguard-tls", "esoguard-ca"])
            }
        }
        let clusterRole = try #require(Deploy.object(docs, kind: "ClusterRole", name: "esoguard-certs"))
        for rule in clusterRole["rules"]?.array ?? [] {
            #expect(Deploy.strings(rule["resourceNames"]) == ["esoguard"])
            #expect(Set(Deploy.strings(rule["verbs"])) == ["get", "patch"])
        }
    }

    @Test func readmeOverlaySwitchesProfileImageAndNamespaces() throws {
        // A throwaway overlay beside the test, as a platform team would write one.
        let dir = try TempDir("deploy-overlay")
        defer { dir.remove() }
        let base = Deploy.relativePath(from: dir.path, to: Repo.path("deploy/overlays/self-signed"))
        let component = Deploy.relativePath(from: dir.path, to: Repo.path("deploy/components/restricted"))
        // The overlay the README's install section has a platform engineer write.
        try dir.write("kustomization.yaml", """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - \(base)
            components:
              - \(component)
            images:
              - name: esoguard
                newName: registry.example.com/platform/esoguard
                newTag: 0.1.0
            patches:
              - target:
                  group: admissionregistration.k8s.io
                  name: esoguard
                patch: |-
                  - op: add
                    path: /webhooks/0/namespaceSelector/matchExpressions/0/values/-
                    value: flux-system

            """)
        let docs = try Deploy.kustomize(dir.path)
        let deployment = try #require(Deploy.object(docs, kind: "Deployment", name: "esoguard"))
        let name = try #require(deployment[path: "spec", "template", "spec", "volumes"]?.array?
            .first { $0["name"]?.string == "policies" }?[path: "configMap", "name"]?.string)
        #expect(name.hasPrefix("esoguard-policies-restricted-"))
        let configMap = try #require(Deploy.object(docs, kind: "ConfigMap", name: name))
        #expect(configMap[path: "metadata", "namespace"]?.string == "esoguard-system")
        #expect(configMap[path: "metadata", "labels", "esoguard.io/profile"]?.string == "restricted")
        for kind in ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"] {
            let config = Deploy.object(docs, kind: kind, name: "esoguard")
            #expect(config?[path: "metadata", "labels", "esoguard.io/profile"]?.string == "restricted")
            #expect(Deploy.strings(config?["webhooks"]?[0]?[path: "namespaceSelector", "matchExpressions"]?[0]?["values"])
                    == ["esoguard-system", "flux-system"])
        }
        // Every esoguard container (webhook, certs Job, CronJob) uses the image set here.
        let images = docs.flatMap { doc -> [String] in
            let pod = doc[path: "spec", "template", "spec"] ?? doc[path: "spec", "jobTemplate", "spec", "template", "spec"]
            return ((pod?["containers"]?.array ?? []) + (pod?["initContainers"]?.array ?? [])).compactMap { $0["image"]?.string }
        }
        let ours = images.filter { !$0.hasPrefix("registry.k8s.io/kubectl") }
        #expect(ours.count == 3)
        #expect(ours.allSatisfy { $0 == "registry.example.com/platform/esoguard:0.1.0" }, "\(images)")
    }
}
