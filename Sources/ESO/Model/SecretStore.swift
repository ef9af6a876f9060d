import Documents

/// `SecretStore` or `ClusterSecretStore` (external-secrets.io v1 / v1beta1); the two
/// share one spec and differ in scope.
public struct SecretStore: Sendable {
    public let root: Node
    public let apiVersion: ESOAPIVersion
    /// True for `ClusterSecretStore`.
    public let isCluster: Bool
    public var kind: StoreKind { isCluster ? .clusterSecretStore : .secretStore }
    public var metadata: ObjectMeta { ObjectMeta(node: root.value(forKey: "metadata") ?? Node(.object([])), path: "metadata") }
    public var spec: SecretStoreSpec {
        SecretStoreSpec(node: root.value(forKey: "spec") ?? Node(.object([]), at: root.position), path: "spec")
    }
}

public struct SecretStoreSpec: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// The controller class that reconciles this store (empty = default controller).
    public var controller: String? { string("controller") }
    public var provider: StoreProvider? { child("provider") }
    /// ClusterSecretStore only: which namespaces may use it (ORed; none = all).
    public var conditions: [ClusterSecretStoreCondition] { list("conditions") }
    /// Integer seconds (v1beta1, legacy) or a Go duration string (v1).
    public var refreshIntervalField: Field? { field("refreshInterval") }
    public var refreshInterval: GoDuration? {
        guard let f = refreshIntervalField else { return nil }
        return try? RefreshInterval.decode(f.node, allowInteger: true).get()
    }
    public var retrySettings: RetrySettings? { child("retrySettings") }
}

public struct RetrySettings: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var maxRetries: Int? { int("maxRetries") }
    public var retryInterval: String? { string("retryInterval") }
}

/// One entry of `spec.conditions`.
public struct ClusterSecretStoreCondition: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var namespaceSelector: LabelSelector? { child("namespaceSelector") }
    public var namespaces: [String] { strings("namespaces") }
    /// Go RE2 regexes, matched unanchored against namespace names.
    public var namespaceRegexes: [String] { strings("namespaceRegexes") }
    /// The regexes with their paths, for findings.
    public var namespaceRegexFields: [Field] {
        guard let items = node["namespaceRegexes"]?.array else { return [] }
        let base = fieldLocation.member("namespaceRegexes")
        return items.enumerated().map { Field(node: $1, fieldLocation: base.index($0)) }
    }
}

/// `spec.provider`: exactly one provider key is meant to be set.
public struct StoreProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// Every provider key the CRDs know (v1 and v1beta1), spelled as in the API.
    public static let knownProviders: Set<String> = [
        "akeyless", "alibaba", "aws", "azurekv", "barbican", "beyondtrust", "beyondtrustworkloadcredentials",
        "bitwardensecretsmanager", "chef", "cloudrusm", "conjur", "crd", "delinea", "device42", "doppler", "dvls",
        "fake", "fortanix", "gcpsm", "github", "gitlab", "ibm", "infisical", "keepersecurity", "kubernetes",
        "nebiusmysterybox", "ngrok", "onboardbase", "onepassword", "onepasswordSDK", "openBao", "oracle", "ovh",
        "passbolt", "passworddepot", "previder", "pulumi", "scaleway", "secretserver", "senhasegura", "vault",
        "volcengine", "webhook", "yandexcertificatemanager", "yandexlockbox",
    ]

    /// True for the providers whose rules are modelled in full (all in `knownProviders`).
    static func isModelled(_ key: String) -> Bool {
        switch key {
        case "aws", "vault", "openBao", "gcpsm", "azurekv", "kubernetes", "fake", "webhook", "pulumi": return true
        default: return false
        }
    }

    /// The provider keys set (non-null), in source order; known or not.
    public var configured: [String] { (node.members ?? []).filter { !$0.value.isNull }.map(\.key) }
    /// The single configured provider's key when exactly one is set.
    public var name: String? { let c = configured; return c.count == 1 ? c[0] : nil }
    /// The configured provider's block, whatever provider it is.
    public var block: ObjectView? { name.flatMap { child($0) } }

    public var aws: AWSProvider? { child("aws") }
    public var vault: VaultProvider? { child("vault") }
    /// OpenBao speaks Vault's API; its block is a subset of Vault's (key spelled `openBao`).
    public var openBao: VaultProvider? { child("openBao") }
    public var gcpsm: GCPSMProvider? { child("gcpsm") }
    public var azurekv: AzureKVProvider? { child("azurekv") }
    public var kubernetes: KubernetesProvider? { child("kubernetes") }
    public var fake: FakeProvider? { child("fake") }
    public var webhook: WebhookProvider? { child("webhook") }
    public var pulumi: PulumiProvider? { child("pulumi") }
}
