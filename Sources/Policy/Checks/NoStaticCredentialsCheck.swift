import Documents

/// `noStaticCredentials`: stores must authenticate with workload identity (IRSA/Pod
/// Identity, GKE/Azure workload identity, Kubernetes service accounts), not long-lived
/// keys kept in Kubernetes Secrets, which leak, never rotate, and let anyone who can read
/// the Secret act as the store.
public struct NoStaticCredentialsCheck: Check {
    public static let name = "noStaticCredentials"
    public static let kinds: Set<String> = ESOKinds.stores

    /// Where each provider keeps static credentials (paths under `spec.provider.<name>`)
    /// and what to use instead.
    static let table: [String: (paths: [[String]], fix: String)] = [
        "aws": ([["auth", "secretRef"]], "use auth.jwt.serviceAccountRef (IRSA) or EKS Pod Identity"),
        "vault": ([["auth", "tokenSecretRef"], ["auth", "appRole"], ["auth", "userPass"], ["auth", "ldap"],
                   ["auth", "cert"], ["auth", "iam", "secretRef"], ["auth", "jwt", "secretRef"], ["auth", "kubernetes", "secretRef"]],
                  "use auth.kubernetes with serviceAccountRef or auth.jwt with kubernetesServiceAccountToken"),
        "gcpsm": ([["auth", "secretRef"]], "use auth.workloadIdentity or auth.workloadIdentityFederation"),
        "azurekv": ([["authSecretRef"]], "use authType: WorkloadIdentity (or ManagedIdentity) with serviceAccountRef"),
        "kubernetes": ([["auth", "token"], ["auth", "cert"]], "use auth.serviceAccount"),
        "pulumi": ([["accessToken"]], "use auth.oidcConfig with a serviceAccountRef"),
        "ibm": ([["auth", "secretRef"]], "use auth.containerAuth"),
        "akeyless": ([["authSecretRef", "secretRef"]], "use authSecretRef.kubernetesAuth"),
        "alibaba": ([["auth", "secretRef"]], "use auth.rrsa"),
        "oracle": ([["auth", "secretRef"]], "use principalType: Workload"),
        "gitlab": ([["auth", "SecretRef"]], "use a narrowly scoped token only where unavoidable"),
        "github": ([["auth", "privateKey"]], "use a narrowly scoped GitHub App"),
        "doppler": ([["auth", "secretRef"]], "use auth.oidcConfig"),
        "onepassword": ([["auth", "secretRef"]], "use a narrowly scoped Connect token only where unavoidable"),
        "onepasswordSDK": ([["auth", "serviceAccountSecretRef"]], "use a narrowly scoped service account only where unavoidable"),
        "bitwardensecretsmanager": ([["auth", "secretRef"]], "use a narrowly scoped machine account only where unavoidable"),
        "infisical": ([["auth", "universalAuthCredentials"]], "use auth.kubernetesAuthCredentials or another workload identity"),
        "yandexlockbox": ([["auth", "authorizedKeySecretRef"]], "use a workload identity federation"),
        "yandexcertificatemanager": ([["auth", "authorizedKeySecretRef"]], "use a workload identity federation"),
        "scaleway": ([["accessKey", "secretRef"], ["secretKey", "secretRef"]], "keep keys out of Secrets where possible"),
        "conjur": ([["auth", "apikey"]], "use auth.jwt with a serviceAccountRef"),
        "delinea": ([["clientSecret", "secretRef"]], "use a narrowly scoped client only where unavoidable"),
        "keepersecurity": ([["authRef"]], "use a narrowly scoped config only where unavoidable"),
        "passbolt": ([["auth"]], "keep keys out of Secrets where possible"),
        "senhasegura": ([["auth", "clientSecretSecretRef"]], "keep keys out of Secrets where possible"),
        "device42": ([["auth", "secretRef"]], "keep keys out of Secrets where possible"),
        "beyondtrust": ([["auth", "apikey"], ["auth", "clientSecret"]], "keep keys out of Secrets where possible"),
        "webhook": ([["secrets"]], "avoid the webhook provider"),
    ]

    /// Providers exempt from the check (e.g. ones with no workload identity option).
    var exempt: [String]

    public init(_ p: inout Parameters) throws {
        exempt = try p.strings("exemptProviders") ?? []
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let (name, provider) = ObjectAccess.provider(spec: c.spec), !exempt.contains(name),
              let entry = Self.table[name] else { return [] }
        var out = Violations()
        for path in entry.paths {
            var node: Node? = provider
            for key in path { node = node?[key] }
            guard let found = node, !found.isNull else { continue }
            let field = "spec.provider.\(name)." + path.joined(separator: ".")
            out.append(Violation("\(c.kind) \(c.name) authenticates to \(name) with static credentials from a Kubernetes Secret (\(field))",
                                 path: field, at: found.position, hint: entry.fix))
        }
        return out
    }
}
