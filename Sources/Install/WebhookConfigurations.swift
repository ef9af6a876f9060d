import Documents

/// Builds the ValidatingWebhookConfiguration and MutatingWebhookConfiguration
/// (admissionregistration.k8s.io/v1) that send ESO objects to esoguard.
public enum WebhookConfigurations {
    public static let validatePath = "/validate"
    public static let mutatePath = "/mutate"
    public static let validatingWebhookName = "validate.esoguard.io"
    public static let mutatingWebhookName = "mutate.esoguard.io"

    /// Both objects, validating first.
    public static func render(_ options: WebhookOptions) throws -> [Node] {
        try options.validate()
        return [validating(options), mutating(options)]
    }

    static func validating(_ options: WebhookOptions) -> Node {
        var webhook = common(options, name: validatingWebhookName, path: validatePath,
                             operations: ["CREATE", "UPDATE", "DELETE"])
        webhook["failurePolicy"] = .string(options.failurePolicy.rawValue)
        return object(kind: "ValidatingWebhookConfiguration", options, webhook: webhook)
    }

    static func mutating(_ options: WebhookOptions) -> Node {
        var webhook = common(options, name: mutatingWebhookName, path: mutatePath, operations: ["CREATE", "UPDATE"])
        webhook["failurePolicy"] = .string(options.failurePolicy.rawValue)
        // Another mutating webhook may change the object after ours; run again then.
        webhook["reinvocationPolicy"] = .string("IfNeeded")
        return object(kind: "MutatingWebhookConfiguration", options, webhook: webhook)
    }

    private static func object(kind: String, _ options: WebhookOptions, webhook: Node) -> Node {
        var metadata = Node.object([
            "name": .string(options.name),
            "labels": .object([
                "app.kubernetes.io/name": .string("esoguard"),
                "app.kubernetes.io/component": .string("webhook"),
                "esoguard.io/profile": .string(options.profile.rawValue),
            ]),
        ])
        if case .certManager(let namespace, let certificate) = options.ca {
            metadata["annotations"] = .object(["cert-manager.io/inject-ca-from": .string("\(namespace)/\(certificate)")])
        }
        return .object([
            "apiVersion": .string("admissionregistration.k8s.io/v1"),
            "kind": .string(kind),
            "metadata": metadata,
            "webhooks": .array([webhook]),
        ])
    }

    private static func common(_ options: WebhookOptions, name: String, path: String, operations: [String]) -> Node {
        let service = Node.object([
            "namespace": .string(options.namespace),
            "name": .string(options.service),
            "path": .string(path),
            "port": .int(options.port),
        ])
        var clientConfig = Node.object(["service": service])
        if case .bundle(let pem) = options.ca { clientConfig["caBundle"] = .string(Base64.encode(pem)) }
        return .object([
            "name": .string(name),
            "admissionReviewVersions": .array([.string("v1"), .string("v1beta1")]),
            "sideEffects": .string("None"),
            "timeoutSeconds": .int(options.timeoutSeconds),
            "matchPolicy": .string("Equivalent"),
            // Applies to namespaced kinds only: cluster-scoped ones (ClusterSecretStore,
            // ClusterExternalSecret, ClusterPushSecret) are always sent.
            "namespaceSelector": .object([
                "matchExpressions": .array([.object([
                    "key": .string("kubernetes.io/metadata.name"),
                    "operator": .string("NotIn"),
                    "values": .array(options.excludedNamespaces.map(Node.string)),
                ])]),
            ]),
            "clientConfig": clientConfig,
            "rules": .array(rules(operations: operations)),
        ])
    }

    /// One rule per set of resources that share their versions.
    static func rules(operations: [String]) -> [Node] {
        var groups: [(versions: [String], plurals: [String])] = []
        for resource in ESOResource.all {
            if let i = groups.firstIndex(where: { $0.versions == resource.versions }) {
                groups[i].plurals.append(resource.plural)
            } else {
                groups.append((resource.versions, [resource.plural]))
            }
        }
        return groups.map { group in
            .object([
                "apiGroups": .array([.string(ESOResource.group)]),
                "apiVersions": .array(group.versions.map(Node.string)),
                "operations": .array(operations.map(Node.string)),
                "resources": .array(group.plurals.map(Node.string)),
                "scope": .string("*"),
            ])
        }
    }
}
