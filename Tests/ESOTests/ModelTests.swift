import Documents
import ESO
import Testing

struct ModelTests {
    @Test func externalSecretFieldsDefaultsAndPaths() throws {
        let obj = try object("""
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: app
              namespace: team-a
              labels: {tier: web}
            spec:
              secretStoreRef: {name: vault, kind: ClusterSecretStore}
              refreshInterval: 15m
              target:
                name: app-secret
                template:
                  type: kubernetes.io/tls
                  templateFrom: [{target: Labels, literal: "x"}]
              data:
              - secretKey: password
                remoteRef: {key: app/db, property: password, decodingStrategy: Base64}
              dataFrom:
              - find: {path: app/, name: {regexp: "^db-"}, tags: {env: prod}}
              - sourceRef: {generatorRef: {kind: Password, name: gen}}
                rewrite: [{regexp: {source: "db-(.*)", target: "$1"}}]
              futureField: kept
            """)
        guard case .externalSecret(let es) = obj else { Issue.record("not an ExternalSecret"); return }
        #expect(obj.kind == .externalSecret)
        #expect(obj.apiVersion == .v1)
        #expect(obj.name == "app" && obj.namespace == "team-a")
        #expect(es.metadata.labels == ["tier": "web"])
        let spec = es.spec
        #expect(spec.secretStoreRef?.name == "vault")
        #expect(spec.secretStoreRef?.kind == .clusterSecretStore)
        #expect(spec.refreshInterval == GoDuration(seconds: 900))
        #expect(spec.refreshPolicy == .periodic)
        #expect(spec.target?.creationPolicy == .owner)
        #expect(spec.target?.deletionPolicy == .retain)
        #expect(spec.target?.template?.type == "kubernetes.io/tls")
        #expect(spec.target?.template?.engineVersion == "v2")
        #expect(spec.target?.template?.templateFrom.first?.target == "Labels")
        let data = try #require(spec.data.first)
        #expect(data.path == "spec.data[0]")
        #expect(data.secretKey == "password")
        #expect(data.remoteRef?.key == "app/db" && data.remoteRef?.property == "password")
        #expect(data.remoteRef?.decodingStrategy == .base64)
        #expect(data.remoteRef?.conversionStrategy == .default)
        #expect(data.remoteRef?.metadataPolicy == MetadataPolicy.none)
        #expect(data.position == SourcePosition(line: 16, column: 5))
        let find = try #require(spec.dataFrom.first?.find)
        #expect(find.path == "spec.dataFrom[0].find")
        #expect(find.findPath == "app/" && find.nameRegexp == "^db-" && find.tags == ["env": "prod"])
        let second = spec.dataFrom[1]
        #expect(second.sourceRef?.generatorRef?.kind == "Password")
        #expect(second.sourceRef?.generatorRef?.apiVersion == "generators.external-secrets.io/v1alpha1")
        #expect(second.rewrite.first?.regexp?.source == "db-(.*)")
        // Unknown fields are kept in the node the view reads from.
        #expect(obj.root["spec"]?["futureField"]?.string == "kept")
    }

    @Test func refreshIntervalAbsentDefaultsToOneHourAndBadIsNil() throws {
        let base = "apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: {name: a}\nspec:\n"
        guard case .externalSecret(let a) = try object(base + "  data: []") else { return }
        #expect(a.spec.refreshInterval == GoDuration(seconds: 3600))
        guard case .externalSecret(let b) = try object(base + "  refreshInterval: 1d") else { return }
        #expect(b.spec.refreshInterval == nil)
        #expect(b.spec.refreshIntervalField?.path == "spec.refreshInterval")
    }

    @Test func storesExposeProvidersAuthAndConditions() throws {
        let obj = try object("""
            apiVersion: external-secrets.io/v1beta1
            kind: ClusterSecretStore
            metadata: {name: vault}
            spec:
              refreshInterval: 300
              conditions:
              - namespaceSelector: {matchLabels: {team: a}}
                namespaces: [team-a]
                namespaceRegexes: ["^team-"]
              provider:
                vault:
                  server: https://vault:8200
                  path: secret
                  version: v1
                  auth:
                    kubernetes:
                      mountPath: kubernetes
                      role: eso
                      serviceAccountRef: {name: eso, namespace: eso}
            """)
        guard case .clusterSecretStore(let store) = obj else { Issue.record("not a ClusterSecretStore"); return }
        #expect(store.isCluster && store.kind == .clusterSecretStore && obj.apiVersion == .v1beta1)
        #expect(store.spec.refreshInterval == GoDuration(seconds: 300))
        let condition = try #require(store.spec.conditions.first)
        #expect(condition.namespaces == ["team-a"] && condition.namespaceRegexes == ["^team-"])
        #expect(condition.namespaceSelector?.matches(["team": "a"]) == true)
        let provider = try #require(store.spec.provider)
        #expect(provider.name == "vault")
        let vault = try #require(provider.vault)
        #expect(vault.server == "https://vault:8200" && vault.mountPath == "secret" && vault.version == "v1")
        #expect(vault.auth?.methods == ["kubernetes"])
        let sa = try #require(vault.auth?.kubernetes?.serviceAccountRef)
        #expect(sa.name == "eso" && sa.namespace == "eso" && sa.hasNamespace)
        #expect(sa.path == "spec.provider.vault.auth.kubernetes.serviceAccountRef")
    }

    @Test func everyModelledProviderHasAView() throws {
        let store = { (provider: String) throws -> StoreProvider in
            let obj = try object("apiVersion: external-secrets.io/v1\nkind: SecretStore\nmetadata: {name: s}\nspec:\n  provider:\n" + provider)
            guard case .secretStore(let s) = obj else { throw CancellationError() }
            return try #require(s.spec.provider)
        }
        let aws = try store("    aws: {service: SecretsManager, region: eu-west-1, role: r, auth: {jwt: {serviceAccountRef: {name: sa}}, secretRef: {accessKeyIDSecretRef: {name: k, key: id}}}}")
        #expect(aws.aws?.region == "eu-west-1" && aws.aws?.service == "SecretsManager" && aws.aws?.role == "r")
        #expect(aws.aws?.auth?.jwtServiceAccountRef?.name == "sa")
        #expect(aws.aws?.auth?.secretRef?.accessKeyID?.key == "id")
        let bao = try store("    openBao: {server: https://bao, auth: {tokenSecretRef: {name: t, key: token}}}")
        #expect(bao.name == "openBao" && bao.openBao?.auth?.tokenSecretRef?.name == "t")
        let gcp = try store("    gcpsm: {projectID: p, auth: {workloadIdentity: {serviceAccountRef: {name: sa}}}}")
        #expect(gcp.gcpsm?.projectID == "p" && gcp.gcpsm?.workloadIdentityServiceAccountRef?.name == "sa")
        let az = try store("    azurekv: {vaultUrl: https://v, authType: WorkloadIdentity, serviceAccountRef: {name: sa}}")
        #expect(az.azurekv?.authType == "WorkloadIdentity" && az.azurekv?.vaultUrl == "https://v")
        let k8s = try store("    kubernetes: {remoteNamespace: apps, server: {caProvider: {type: ConfigMap, name: ca}}, auth: {serviceAccount: {name: sa}}}")
        #expect(k8s.kubernetes?.remoteNamespace == "apps" && k8s.kubernetes?.serverURL == "kubernetes.default")
        #expect(k8s.kubernetes?.caProvider?.type == "ConfigMap" && k8s.kubernetes?.serviceAccount?.name == "sa")
        let fake = try store("    fake: {data: [{key: a, value: b}]}")
        #expect(fake.fake?.data.first?.value == "b")
        let hook = try store("    webhook: {url: https://h, secrets: [{name: n, secretRef: {name: s}}]}")
        #expect(hook.webhook?.url == "https://h" && hook.webhook?.secrets.first?.secretRef?.name == "s")
        let pulumi = try store("    pulumi: {organization: o, project: p, environment: e, accessToken: {secretRef: {name: t, key: k}}}")
        #expect(pulumi.pulumi?.organization == "o" && pulumi.pulumi?.accessTokenSecretRef?.name == "t")
        let other = try store("    doppler: {auth: {}}")
        #expect(other.name == "doppler" && other.block != nil && StoreProvider.knownProviders.contains("doppler"))
    }

    @Test func pushSecretsAndClusterKinds() throws {
        let ps = try object("""
            apiVersion: external-secrets.io/v1alpha1
            kind: PushSecret
            metadata: {name: p, namespace: ns}
            spec:
              deletionPolicy: Delete
              secretStoreRefs: [{name: aws, kind: ClusterSecretStore}, {labelSelector: {matchLabels: {push: "true"}}}]
              selector: {secret: {name: src}}
              data: [{match: {secretKey: k, remoteRef: {remoteKey: r, property: p}}}]
            """)
        guard case .pushSecret(let push) = ps else { Issue.record("not a PushSecret"); return }
        #expect(push.spec.deletionPolicy == .delete)
        #expect(push.spec.secretStoreRefs.count == 2 && push.spec.secretStoreRefs[1].labelSelector?.matchLabels == ["push": "true"])
        #expect(push.spec.selector?.secretName == "src")
        #expect(push.spec.data.first?.secretKey == "k" && push.spec.data.first?.remoteKey == "r" && push.spec.data.first?.property == "p")
        let ces = try object("""
            apiVersion: external-secrets.io/v1
            kind: ClusterExternalSecret
            metadata: {name: c}
            spec:
              externalSecretName: shared
              namespaces: [a]
              namespaceSelectors: [{matchLabels: {x: y}}]
              refreshTime: 1m
              externalSecretSpec: {secretStoreRef: {name: s}, data: [{secretKey: k, remoteRef: {key: r}}]}
            """)
        guard case .clusterExternalSecret(let c) = ces else { Issue.record("not a ClusterExternalSecret"); return }
        #expect(c.spec.externalSecretName == "shared" && c.spec.namespaces == ["a"])
        #expect(c.spec.externalSecretSpec?.data.first?.path == "spec.externalSecretSpec.data[0]")
        let cps = try object("""
            apiVersion: external-secrets.io/v1alpha1
            kind: ClusterPushSecret
            metadata: {name: c}
            spec:
              pushSecretName: p
              namespaceSelectors: [{matchLabels: {x: y}}]
              pushSecretSpec: {secretStoreRefs: [{name: s}], selector: {secret: {name: x}}}
            """)
        guard case .clusterPushSecret(let cp) = cps else { Issue.record("not a ClusterPushSecret"); return }
        #expect(cp.spec.pushSecretName == "p" && cp.spec.pushSecretSpec?.secretStoreRefs.first?.name == "s")
    }

    @Test func nonESODocumentsAndUndeclaredVersionsAreNotParsed() throws {
        #expect(ESOObject.parse(try yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}")) == nil)
        #expect(ESOObject.parse(try yaml("apiVersion: external-secrets.io/v1\nkind: PushSecret")) == nil)
        #expect(ESOObject.parse(try yaml("apiVersion: external-secrets.io/v1alpha1\nkind: ExternalSecret")) == nil)
        #expect(ESOObject.isExternalSecretsGroup(try yaml("apiVersion: external-secrets.io/v1alpha1\nkind: ExternalSecret")))
        #expect(ESOObject.parse(try yaml("- a\n- b")) == nil)
        for kind in ESOKind.allCases {
            for version in kind.versions {
                let root = try yaml("apiVersion: \(version.rawValue)\nkind: \(kind.rawValue)\nmetadata: {name: x}")
                #expect(ESOObject.parse(root)?.kind == kind)
            }
        }
    }
}
