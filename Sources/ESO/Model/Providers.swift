import Documents

// The providers modelled in full: every field a rule or the reconcile engine reads.
// Other providers are recognised by name (`StoreProvider.knownProviders`) and reached
// through `StoreProvider.block`.

public struct AWSProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `SecretsManager`, `ParameterStore` or `CertificateManager`.
    public var service: String? { string("service") }
    public var region: String? { string("region") }
    public var role: String? { string("role") }
    public var additionalRoles: [String] { strings("additionalRoles") }
    public var externalID: String? { string("externalID") }
    public var prefix: String? { string("prefix") }
    public var auth: AWSAuth? { child("auth") }
    public var secretsManager: ObjectView? { child("secretsManager") }
    public var sessionTags: Field? { field("sessionTags") }
}

public struct AWSAuth: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// Static keys: `accessKeyIDSecretRef`, `secretAccessKeySecretRef`, `sessionTokenSecretRef`.
    public var secretRef: AWSSecretRef? { child("secretRef") }
    /// `jwt.serviceAccountRef` (IRSA).
    public var jwtServiceAccountRef: ServiceAccountSelector? {
        child("jwt", as: ObjectView.self)?.child("serviceAccountRef")
    }
}

/// `{accessKeyIDSecretRef, secretAccessKeySecretRef, sessionTokenSecretRef}` (AWS and Vault IAM).
public struct AWSSecretRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var accessKeyID: SecretKeySelector? { child("accessKeyIDSecretRef") }
    public var secretAccessKey: SecretKeySelector? { child("secretAccessKeySecretRef") }
    public var sessionToken: SecretKeySelector? { child("sessionTokenSecretRef") }
}

/// Vault, and OpenBao (same shape, fewer auth methods).
public struct VaultProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var server: String? { string("server") }
    public var mountPath: String? { string("path") }
    /// `v1` or `v2` (default).
    public var version: String { string("version") ?? "v2" }
    public var namespace: String? { string("namespace") }
    public var caBundle: String? { string("caBundle") }
    public var caProvider: CAProvider? { child("caProvider") }
    public var auth: VaultAuth? { child("auth") }
    /// `tls.certSecretRef` / `tls.keySecretRef`: client TLS.
    public var tlsCertSecretRef: SecretKeySelector? { child("tls", as: ObjectView.self)?.child("certSecretRef") }
    public var tlsKeySecretRef: SecretKeySelector? { child("tls", as: ObjectView.self)?.child("keySecretRef") }
    /// `checkAndSet.required`.
    public var checkAndSetRequired: Bool { node["checkAndSet"]?["required"]?.bool ?? false }
}

public struct VaultAuth: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var namespace: String? { string("namespace") }
    public var tokenSecretRef: SecretKeySelector? { child("tokenSecretRef") }
    public var appRole: VaultMethod? { child("appRole") }
    public var kubernetes: VaultMethod? { child("kubernetes") }
    public var ldap: VaultMethod? { child("ldap") }
    public var jwt: VaultMethod? { child("jwt") }
    public var cert: VaultMethod? { child("cert") }
    public var iam: VaultMethod? { child("iam") }
    public var userPass: VaultMethod? { child("userPass") }
    public var gcp: VaultMethod? { child("gcp") }
    /// The auth methods set, by key.
    public var methods: [String] {
        ["tokenSecretRef", "appRole", "kubernetes", "ldap", "jwt", "cert", "iam", "userPass", "gcp"].filter { has($0) }
    }
}

/// One Vault auth method block; its fields differ per method, so all are offered.
public struct VaultMethod: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// Mount path (`path`; Kubernetes uses `mountPath`).
    public var mountPath: String? { string("path") ?? string("mountPath") }
    public var role: String? { string("role") }
    public var roleId: String? { string("roleId") }
    public var roleRef: SecretKeySelector? { child("roleRef") }
    public var username: String? { string("username") }
    public var vaultRole: String? { string("vaultRole") }
    public var region: String? { string("region") }
    public var secretRef: SecretKeySelector? { child("secretRef") }
    public var clientCert: SecretKeySelector? { child("clientCert") }
    public var serviceAccountRef: ServiceAccountSelector? { child("serviceAccountRef") }
    /// jwt: `kubernetesServiceAccountToken.serviceAccountRef`.
    public var kubernetesServiceAccountTokenRef: ServiceAccountSelector? {
        child("kubernetesServiceAccountToken", as: ObjectView.self)?.child("serviceAccountRef")
    }
    public var hasKubernetesServiceAccountToken: Bool { has("kubernetesServiceAccountToken") }
    /// iam: `jwt.serviceAccountRef`.
    public var jwtServiceAccountRef: ServiceAccountSelector? {
        child("jwt", as: ObjectView.self)?.child("serviceAccountRef")
    }
    /// iam: the AWS key secret refs.
    public var awsSecretRef: AWSSecretRef? { child("secretRef") }
}

public struct GCPSMProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var projectID: String? { string("projectID") }
    public var location: String? { string("location") }
    /// `auth.secretRef.secretAccessKeySecretRef`.
    public var secretAccessKeyRef: SecretKeySelector? {
        child("auth", as: ObjectView.self)?.child("secretRef", as: ObjectView.self)?.child("secretAccessKeySecretRef")
    }
    /// `auth.workloadIdentity.serviceAccountRef`.
    public var workloadIdentityServiceAccountRef: ServiceAccountSelector? {
        child("auth", as: ObjectView.self)?.child("workloadIdentity", as: ObjectView.self)?.child("serviceAccountRef")
    }
    public var workloadIdentity: ObjectView? { child("auth", as: ObjectView.self)?.child("workloadIdentity") }
    public var workloadIdentityFederation: ObjectView? {
        child("auth", as: ObjectView.self)?.child("workloadIdentityFederation")
    }
}

public struct AzureKVProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `ServicePrincipal` (default), `ManagedIdentity` or `WorkloadIdentity`.
    public var authType: String { string("authType") ?? "ServicePrincipal" }
    public var vaultUrl: String? { string("vaultUrl") }
    public var tenantId: String? { string("tenantId") }
    public var identityId: String? { string("identityId") }
    public var environmentType: String { string("environmentType") ?? "PublicCloud" }
    /// `authSecretRef.{clientId, clientSecret, clientCertificate, tenantId}`.
    public var authSecretRef: AzureAuthSecretRef? { child("authSecretRef") }
    public var serviceAccountRef: ServiceAccountSelector? { child("serviceAccountRef") }
}

public struct AzureAuthSecretRef: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var clientId: SecretKeySelector? { child("clientId") }
    public var clientSecret: SecretKeySelector? { child("clientSecret") }
    public var clientCertificate: SecretKeySelector? { child("clientCertificate") }
    public var tenantId: SecretKeySelector? { child("tenantId") }
    public var all: [SecretKeySelector] { [clientId, clientSecret, clientCertificate, tenantId].compactMap { $0 } }
}

public struct KubernetesProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `server.url`; defaults to `kubernetes.default`.
    public var serverURL: String { node["server"]?["url"]?.string ?? "kubernetes.default" }
    public var server: ObjectView? { child("server") }
    public var caBundle: String? { node["server"]?["caBundle"]?.string }
    public var hasCABundle: Bool { server?.has("caBundle") ?? false }
    public var caProvider: CAProvider? { server?.child("caProvider") }
    /// The namespace read from on the remote cluster; defaults to `default`.
    public var remoteNamespace: String { string("remoteNamespace") ?? "default" }
    public var auth: ObjectView? { child("auth") }
    /// `auth.token.bearerToken`.
    public var bearerToken: SecretKeySelector? { auth?.child("token", as: ObjectView.self)?.child("bearerToken") }
    /// `auth.cert.clientCert` / `auth.cert.clientKey`.
    public var clientCert: SecretKeySelector? { auth?.child("cert", as: ObjectView.self)?.child("clientCert") }
    public var clientKey: SecretKeySelector? { auth?.child("cert", as: ObjectView.self)?.child("clientKey") }
    /// `auth.serviceAccount`.
    public var serviceAccount: ServiceAccountSelector? { auth?.child("serviceAccount") }
    /// `authRef`: a kubeconfig in a Secret.
    public var authRef: SecretKeySelector? { child("authRef") }
}

public struct FakeProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public struct Entry: NodeView {
        public let node: Node
        public let fieldLocation: FieldLocation
        public init(node: Node, fieldLocation: FieldLocation) {
            self.node = node
            self.fieldLocation = fieldLocation
        }

        public var key: String? { string("key") }
        public var value: String? { string("value") }
        public var version: String? { string("version") }
    }

    public var data: [Entry] { list("data") }
}

public struct WebhookProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var url: String? { string("url") }
    public var method: String? { string("method") }
    public var caBundle: String? { string("caBundle") }
    public var caProvider: CAProvider? { child("caProvider") }
    /// `secrets[].secretRef`, with their names.
    public var secrets: [(name: String?, secretRef: SecretKeySelector?)] {
        list("secrets", as: ObjectView.self).map { ($0.string("name"), $0.child("secretRef")) }
    }
}

public struct PulumiProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var organization: String? { string("organization") }
    public var project: String? { string("project") }
    public var environment: String? { string("environment") }
    public var apiUrl: String { string("apiUrl") ?? "https://api.pulumi.com/api/esc" }
    /// The access token secret: deprecated `accessToken.secretRef` or `auth.accessToken.secretRef`.
    public var accessTokenSecretRef: SecretKeySelector? {
        child("accessToken", as: ObjectView.self)?.child("secretRef")
            ?? child("auth", as: ObjectView.self)?.child("accessToken", as: ObjectView.self)?.child("secretRef")
    }
    /// `auth.oidcConfig.serviceAccountRef`.
    public var oidcServiceAccountRef: ServiceAccountSelector? {
        child("auth", as: ObjectView.self)?.child("oidcConfig", as: ObjectView.self)?.child("serviceAccountRef")
    }
}
