import Documents

/// Per-provider `ValidateStore` checks of ESO for the providers modelled in full.
extension RuleContext {
    func checkAWS(_ p: AWSProvider, _ scope: inout StoreScope) {
        // The common blocks (region, auth.jwt) are read as nodes: views and paths are
        // built only for a finding.
        if let region = p.node.value(forKey: "region"), let text = region.string,
           !Self.isRegionText(text) {
            scope.error("eso.store.aws.region", "region not found: \(text)", at: ESOPath.member(p.path, "region"),
                        region.position, hint: "use an AWS region code such as eu-west-1")
        }
        if let sm = p.secretsManager {
            let force = sm.bool("forceDeleteWithoutRecovery") ?? false
            let window = sm.int("recoveryWindowInDays") ?? 0
            let at = sm.field("recoveryWindowInDays")
            if force, window != 0 {
                scope.error("eso.store.aws.secretsManager",
                            "invalid SecretsManager settings: ForceDeleteWithoutRecovery conflicts with RecoveryWindowInDays",
                            at: at?.path ?? sm.path, at?.position ?? sm.position,
                            hint: "set only one of forceDeleteWithoutRecovery and recoveryWindowInDays")
            } else if window != 0, window < 7 || window > 30 {
                scope.error("eso.store.aws.secretsManager",
                            "invalid SecretsManager settings: RecoveryWindowInDays must be between 7 and 30 days",
                            at: at?.path ?? sm.path, at?.position ?? sm.position)
            }
        }
        guard let auth = p.node.value(forKey: "auth"), auth.isObjectValue else { return }
        if let secretRef = auth.value(forKey: "secretRef"), secretRef.isObjectValue, let ref = p.auth?.secretRef {
            scope.checkRef(ref.accessKeyID, referent: true)
            scope.checkRef(ref.secretAccessKey, referent: true)
            scope.checkRef(ref.sessionToken, referent: true)
        }
        if let jwt = auth.value(forKey: "jwt"), jwt.isObjectValue, let account = jwt.value(forKey: "serviceAccountRef"), account.isObjectValue {
            // The closure captures the path, not the view (capturing the view copied it).
            let base = p.path
            scope.checkRef(account, at: { ESOPath.member(ESOPath.member(ESOPath.member(base, "auth"), "jwt"), "serviceAccountRef") },
                           referent: true, kind: "serviceAccountRef")
        }
    }

    /// Non-empty and only host-label bytes; walks the bytes in place (the UTF-8 view's
    /// iterator costs several times more per byte).
    private static func isRegionText(_ text: String) -> Bool {
        if let ok = text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isHostLabelByte) }) {
            return ok && !text.isEmpty
        }
        return !text.isEmpty && text.utf8.allSatisfy(isHostLabelByte)
    }

    private static func isHostLabelByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }

    func checkVault(_ p: VaultProvider, _ scope: inout StoreScope) {
        if let auth = p.auth {
            if let appRole = auth.appRole {
                scope.checkRef(appRole.secretRef, referent: true)
                if (appRole.roleId ?? "").isEmpty {
                    if let roleRef = appRole.roleRef {
                        scope.checkRef(roleRef, referent: true)
                    } else {
                        scope.error("eso.store.vault.appRole", "missing Auth.AppRole.RoleID", at: appRole.path,
                                    appRole.position, hint: "set roleId or roleRef")
                    }
                }
            }
            if let cert = auth.cert {
                scope.checkRef(cert.clientCert, referent: true)
                scope.checkRef(cert.secretRef, referent: true)
            }
            if let jwt = auth.jwt {
                if let ref = jwt.secretRef {
                    scope.checkRef(ref, referent: true)
                } else if jwt.hasKubernetesServiceAccountToken {
                    scope.checkRef(jwt.kubernetesServiceAccountTokenRef, referent: true, kind: "serviceAccountRef")
                } else {
                    scope.error("eso.store.vault.jwt", "neither Auth.Jwt.SecretRef nor Auth.Jwt.KubernetesServiceAccountToken is set",
                                at: jwt.path, jwt.position, hint: "set secretRef or kubernetesServiceAccountToken")
                }
            }
            if let k8s = auth.kubernetes {
                scope.checkRef(k8s.serviceAccountRef, referent: true, kind: "serviceAccountRef")
                scope.checkRef(k8s.secretRef, referent: true)
            }
            if let ldap = auth.ldap { scope.checkRef(ldap.secretRef, referent: true) }
            if let userPass = auth.userPass { scope.checkRef(userPass.secretRef, referent: true) }
            scope.checkRef(auth.tokenSecretRef, referent: true)
            if let iam = auth.iam {
                scope.checkRef(iam.jwtServiceAccountRef, referent: true, kind: "serviceAccountRef")
                if let keys = iam.awsSecretRef {
                    scope.checkRef(keys.accessKeyID, referent: true)
                    scope.checkRef(keys.secretAccessKey, referent: true)
                    scope.checkRef(keys.sessionToken, referent: true)
                }
            }
        }
        let cert = p.tlsCertSecretRef
        let key = p.tlsKeySecretRef
        if cert != nil, key != nil {
            scope.checkRef(cert, referent: true)
            scope.checkRef(key, referent: true)
        } else if let one = cert.map({ $0 as any NodeView }) ?? key.map({ $0 as any NodeView }) {
            scope.error("eso.store.vault.tls",
                        "when provided, both ClientTLS.ClientCert and ClientTLS.SecretRef should be provided",
                        at: one.path, one.position, hint: "set both tls.certSecretRef and tls.keySecretRef")
        }
        if p.checkAndSetRequired, p.version == "v1" {
            let at = p.field("checkAndSet")
            scope.error("eso.store.vault.checkAndSet", "checkAndSet is not supported with Vault KV version v1",
                        at: at?.path ?? p.path, at?.position ?? p.position, hint: "use version: v2")
        }
        checkCAProviderNamespace(p.caProvider, &scope)
    }

    func checkOpenBao(_ p: VaultProvider, _ scope: inout StoreScope) {
        if let auth = p.auth {
            if let appRole = auth.appRole {
                scope.checkRef(appRole.roleRef, referent: true)
                scope.checkRef(appRole.secretRef, referent: true)
            }
            scope.checkRef(auth.tokenSecretRef, referent: true)
            if let userPass = auth.userPass { scope.checkRef(userPass.secretRef, referent: true) }
            if let k8s = auth.kubernetes {
                scope.checkRef(k8s.secretRef, referent: true)
                scope.checkRef(k8s.serviceAccountRef, referent: true, kind: "serviceAccountRef")
            }
        }
        checkCAProviderNamespace(p.caProvider, &scope)
    }

    func checkGCPSM(_ p: GCPSMProvider, _ scope: inout StoreScope) {
        scope.checkRef(p.secretAccessKeyRef, referent: true)
        scope.checkRef(p.workloadIdentityServiceAccountRef, referent: true, kind: "serviceAccountRef")
        if let wif = p.workloadIdentityFederation {
            scope.checkRef(wif.child("serviceAccountRef", as: ServiceAccountSelector.self), referent: true,
                           kind: "serviceAccountRef")
            scope.checkRef(wif.child("credConfig", as: SecretKeySelector.self), referent: true)
            scope.checkRef(wif.child("awsSecurityCredentials", as: ObjectView.self)?
                .child("awsCredentialsSecretRef", as: SecretKeySelector.self), referent: true)
        }
    }

    func checkAzureKV(_ p: AzureKVProvider, _ scope: inout StoreScope) {
        if let url = p.field("vaultUrl"), (url.node.string ?? "").isEmpty {
            scope.error("eso.store.azurekv.vaultUrl", "vaultUrl cannot be empty", at: url.path, url.position,
                        hint: "set vaultUrl: https://<name>.vault.azure.net")
        }
        for ref in p.authSecretRef?.all ?? [] { scope.checkRef(ref, referent: true) }
        scope.checkRef(p.serviceAccountRef, referent: true, kind: "serviceAccountRef")
        if p.authType == "ServicePrincipal", p.authSecretRef == nil {
            scope.warning("eso.store.azurekv.servicePrincipal",
                          "authType ServicePrincipal needs authSecretRef with clientId and clientSecret (or clientCertificate)",
                          at: p.path, p.position, hint: "add authSecretRef, or use ManagedIdentity/WorkloadIdentity")
        }
    }

    func checkKubernetes(_ p: KubernetesProvider, _ scope: inout StoreScope) {
        if p.authRef == nil, !p.hasCABundle, p.caProvider == nil {
            scope.error("eso.store.kubernetes.ca", "a CABundle or CAProvider is required", at: p.server?.path ?? p.path,
                        p.server?.position ?? p.position, hint: "set server.caBundle or server.caProvider")
        }
        if scope.isCluster, let ca = p.caProvider, !ca.hasNamespace {
            scope.error("eso.store.kubernetes.caProvider", "CAProvider.namespace must not be empty with ClusterSecretStore",
                        at: ESOPath.member(ca.path, "namespace"), ca.position, hint: "set server.caProvider.namespace")
        }
        for (ref, what) in [(p.clientCert, "ClientCert"), (p.bearerToken, "BearerToken")] {
            guard let ref else { continue }
            if (ref.name ?? "").isEmpty {
                scope.error("eso.store.kubernetes.auth", "\(what).Name cannot be empty",
                            at: ESOPath.member(ref.path, "name"), ref.position)
            }
            if (ref.key ?? "").isEmpty {
                scope.error("eso.store.kubernetes.auth", "\(what).Key cannot be empty",
                            at: ESOPath.member(ref.path, "key"), ref.position)
            }
            scope.checkRef(ref, referent: false)
        }
        if let certBlock = p.auth?.child("cert", as: ObjectView.self), p.clientCert == nil {
            scope.error("eso.store.kubernetes.auth", "ClientCert.Name cannot be empty",
                        at: ESOPath.member(certBlock.path, "clientCert"), certBlock.position)
        }
        if let tokenBlock = p.auth?.child("token", as: ObjectView.self), p.bearerToken == nil {
            scope.error("eso.store.kubernetes.auth", "BearerToken.Name cannot be empty",
                        at: ESOPath.member(tokenBlock.path, "bearerToken"), tokenBlock.position)
        }
        scope.checkRef(p.serviceAccount, referent: true, kind: "serviceAccountRef")
        if p.auth == nil, p.authRef == nil {
            scope.warning("eso.store.kubernetes.auth", "no auth or authRef: the provider cannot authenticate",
                          at: p.path, p.position, hint: "set auth.serviceAccount, auth.token, auth.cert or authRef")
        }
    }

    func checkFake(_ p: FakeProvider, _ scope: inout StoreScope) {
        for (i, entry) in p.data.enumerated() where (entry.value ?? "").isEmpty {
            scope.error("eso.store.fake.value", "at least one of value or valueMap must be set in data \(i)",
                        at: ESOPath.member(entry.path, "value"), entry.position, hint: "give the entry a value")
        }
    }

    func checkPulumi(_ p: PulumiProvider, _ scope: inout StoreScope) {
        for key in ["organization", "project", "environment"] where (p.string(key) ?? "").isEmpty && p.field(key) != nil {
            let at = p.field(key)
            scope.error("eso.store.pulumi.required", "\(key) cannot be empty", at: at?.path ?? p.path,
                        at?.position ?? p.position)
        }
        scope.checkRef(p.accessTokenSecretRef, referent: false)
        scope.checkRef(p.oidcServiceAccountRef, referent: true, kind: "serviceAccountRef")
    }

    /// A ClusterSecretStore's caProvider without a namespace fails when ESO fetches the CA.
    func checkCAProviderNamespace(_ ca: CAProvider?, _ scope: inout StoreScope) {
        guard let ca else { return }
        if scope.isCluster, !ca.hasNamespace {
            scope.warning("eso.store.caProvider.namespace", "missing namespace on caProvider secret",
                          at: ESOPath.member(ca.path, "namespace"), ca.position,
                          hint: "a ClusterSecretStore must say which namespace holds the CA")
        } else {
            scope.checkRef(ca, referent: true)
        }
    }
}
