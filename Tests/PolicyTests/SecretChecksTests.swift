import Documents
import Policy
import Testing

func externalSecret(namespace: String = "team-a", store: String = "shared", kind: String = "ClusterSecretStore",
                    body: String = "data: [{secretKey: password, remoteRef: {key: team-a/db}}]") -> String {
    """
    apiVersion: external-secrets.io/v1
    kind: ExternalSecret
    metadata: {name: db, namespace: \(namespace)}
    spec:
      secretStoreRef: {name: \(store), kind: \(kind)}
      target: {name: db}
      \(body)
    """
}

func pushSecret(namespace: String = "team-a", refs: String = "[{name: shared, kind: ClusterSecretStore}]", key: String = "team-a/pushed") -> String {
    """
    apiVersion: external-secrets.io/v1alpha1
    kind: PushSecret
    metadata: {name: push, namespace: \(namespace)}
    spec:
      secretStoreRefs: \(refs)
      selector: {secret: {name: src}}
      data: [{match: {secretKey: k, remoteRef: {remoteKey: \(key)}}}]
    """
}

func sharedState(conditions: String) throws -> StaticClusterState {
    var state = StaticClusterState()
    state.add(try yaml(clusterStore(conditions: conditions)))
    state.addNamespace("team-a", labels: ["tier": "app"])
    state.addNamespace("team-b")
    state.addNamespace("kube-system")
    return state
}

@Suite struct StoreAdmitsNamespaceTests {
    @Test func admittedNamespacePasses() throws {
        let state = try sharedState(conditions: "[{namespaceSelector: {matchLabels: {tier: app}}}]")
        #expect(try evaluate(rule("clusterStoreAdmitsNamespace"), externalSecret(), state: state).findings.isEmpty)
        #expect(try evaluate(rule("clusterStoreAdmitsNamespace"), pushSecret(), state: state).findings.isEmpty)
    }

    @Test func otherNamespaceFails() throws {
        let state = try sharedState(conditions: "[{namespaces: [team-a]}]")
        let e = try evaluate(rule("clusterStoreAdmitsNamespace"), externalSecret(namespace: "team-b"), state: state)
        #expect(paths(e) == ["spec.secretStoreRef"])
        #expect(e.findings.first?.finding.message.contains("does not admit namespace team-b") == true)
        let p = try evaluate(rule("clusterStoreAdmitsNamespace"), pushSecret(namespace: "team-b"), state: state)
        #expect(paths(p) == ["spec.secretStoreRefs[0]"])
    }

    @Test func unanchoredRegexAdmitsLikeESO() throws {
        let state = try sharedState(conditions: "[{namespaceRegexes: [\"team\"]}]")
        #expect(try evaluate(rule("clusterStoreAdmitsNamespace"), externalSecret(namespace: "xteam-abc"), state: state).findings.isEmpty)
    }

    @Test func unknownStoreOrLabelsAreSkipped() throws {
        let state = try sharedState(conditions: "[{namespaceSelector: {matchLabels: {tier: app}}}]")
        #expect(try evaluate(rule("clusterStoreAdmitsNamespace"), externalSecret(store: "other"), state: state).findings.isEmpty)
        // team-c's labels are unknown: the selector cannot be evaluated, so no finding.
        #expect(try evaluate(rule("clusterStoreAdmitsNamespace"), externalSecret(namespace: "team-c"), state: state).findings.isEmpty)
        #expect(try evaluate(rule("clusterStoreAdmitsNamespace"), externalSecret(namespace: "team-c")).findings.isEmpty)
    }

    @Test func sourceRefStoresAreChecked() throws {
        let state = try sharedState(conditions: "[{namespaces: [team-b]}]")
        let e = try evaluate(rule("clusterStoreAdmitsNamespace"),
                             externalSecret(store: "local", kind: "SecretStore",
                                            body: "dataFrom: [{extract: {key: k}, sourceRef: {storeRef: {name: shared, kind: ClusterSecretStore}}}]"),
                             state: state)
        #expect(paths(e) == ["spec.dataFrom[0].sourceRef.storeRef"])
    }

    @Test func clusterExternalSecretChecksEverySelectedNamespace() throws {
        let state = try sharedState(conditions: "[{namespaces: [team-a]}]")
        let ces = """
        apiVersion: external-secrets.io/v1
        kind: ClusterExternalSecret
        metadata: {name: fanout}
        spec:
          namespaceSelectors: [{matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [team-a, team-b]}]}]
          externalSecretSpec: {secretStoreRef: {name: shared, kind: ClusterSecretStore}, dataFrom: [{extract: {key: k}}]}
        """
        let e = try evaluate(rule("clusterStoreAdmitsNamespace"), ces, state: state)
        #expect(e.findings.count == 1)
        #expect(e.findings.first?.finding.message.contains("team-b") == true)
        #expect(e.findings.first?.finding.path == "spec.externalSecretSpec.secretStoreRef")
    }
}

@Suite struct RemoteKeyPrefixTests {
    @Test func prefixedKeysPass() throws {
        let e = try evaluate(rule("remoteKeyPrefix"), externalSecret(body: """
        data: [{secretKey: a, remoteRef: {key: team-a/db}}]
          dataFrom: [{extract: {key: team-a/all}}, {find: {path: team-a/, name: {regexp: "^db"}}}]
        """))
        #expect(e.findings.isEmpty)
        #expect(try evaluate(rule("remoteKeyPrefix"), pushSecret()).findings.isEmpty)
    }

    @Test func foreignKeysFailEverywhere() throws {
        let e = try evaluate(rule("remoteKeyPrefix"), externalSecret(body: """
        data: [{secretKey: a, remoteRef: {key: team-b/db}}, {secretKey: b, remoteRef: {key: team-a/../team-b/db}}]
          dataFrom: [{extract: {key: prod/all}}, {find: {name: {regexp: "^db"}}}]
        """))
        #expect(paths(e) == ["spec.data[0].remoteRef.key", "spec.data[1].remoteRef.key",
                             "spec.dataFrom[0].extract.key", "spec.dataFrom[1].find.path"])
        #expect(e.findings[0].finding.hint == "use the key \"team-a/team-b/db\"")
        #expect(e.findings[1].finding.message.contains("\"..\""))
        let p = try evaluate(rule("remoteKeyPrefix"), pushSecret(key: "global/pushed"))
        #expect(paths(p) == ["spec.data[0].match.remoteRef.remoteKey"])
    }

    @Test func onlyMatchingStoresAreConstrained() throws {
        let set = try rule("remoteKeyPrefix", "{stores: [{kind: ClusterSecretStore, name: \"shared-*\", prefix: \"teams/{namespace}/\"}]}")
        #expect(try evaluate(set, externalSecret(store: "other")).findings.isEmpty)
        #expect(try evaluate(set, externalSecret(store: "local", kind: "SecretStore")).findings.isEmpty)
        let e = try evaluate(set, externalSecret(store: "shared-1"))
        #expect(e.findings.first?.finding.message.contains("must start with \"teams/team-a/\"") == true)
        // A per-entry sourceRef to a matching store is constrained even when the default store is not.
        let mixed = try evaluate(set, externalSecret(store: "local", kind: "SecretStore", body: """
        data: [{secretKey: a, remoteRef: {key: db}}, {secretKey: b, remoteRef: {key: db}, sourceRef: {storeRef: {name: shared-1, kind: ClusterSecretStore}}}]
        """))
        #expect(paths(mixed) == ["spec.data[1].remoteRef.key"])
    }

    @Test func addPrefixMutatesIdempotently() throws {
        let set = try rule("remoteKeyPrefix", mutate: "addPrefix")
        let object = externalSecret(body: """
        data: [{secretKey: a, remoteRef: {key: db}}, {secretKey: b, remoteRef: {key: team-a/ok}}]
          dataFrom: [{extract: {key: all}}, {find: {name: {regexp: "^db"}}}]
        """)
        let first = try evaluate(set, object, mutate: true)
        #expect(first.findings.isEmpty)
        #expect(first.patch == [
            PatchOperation(op: .replace, path: "/spec/data/0/remoteRef/key", value: .string("team-a/db")),
            PatchOperation(op: .replace, path: "/spec/dataFrom/0/extract/key", value: .string("team-a/all")),
            PatchOperation(op: .add, path: "/spec/dataFrom/1/find/path", value: .string("team-a/")),
        ])
        #expect(first.object[path: "spec", "data"]?[0]?[path: "remoteRef", "key"]?.string == "team-a/db")
        // Re-invoking on the patched object changes nothing.
        let again = PolicyEngine(policies: set).evaluate(EvaluationInput(object: first.object), state: UnknownClusterState(), mutate: true)
        #expect(again.patch.isEmpty)
        #expect(again.findings.isEmpty)
        // Without mutate (the validating webhook) the same object is denied.
        #expect(try evaluate(set, object).denied)
    }

    @Test func pushSecretToDifferentlyPrefixedStoresIsNotMutated() throws {
        let set = try rule("remoteKeyPrefix", "{stores: [{name: a, prefix: \"a/{namespace}/\"}, {name: b, prefix: \"b/{namespace}/\"}]}", mutate: "addPrefix")
        let e = try evaluate(set, pushSecret(refs: "[{name: a, kind: ClusterSecretStore}, {name: b, kind: ClusterSecretStore}]", key: "x"), mutate: true)
        #expect(e.patch.isEmpty)
        #expect(e.findings.count == 1)
    }
}

@Suite struct FindRestrictionsTests {
    @Test func narrowFindPasses() throws {
        let e = try evaluate(rule("findRestrictions", "{requirePath: true}"),
                             externalSecret(body: "dataFrom: [{find: {path: team-a, name: {regexp: \"^db-\"}}}, {find: {path: team-a, tags: {app: x}}}]"))
        #expect(e.findings.isEmpty)
    }

    @Test func matchAllAndMissingPathFail() throws {
        let e = try evaluate(rule("findRestrictions", "{requirePath: true}"),
                             externalSecret(body: "dataFrom: [{find: {name: {regexp: \".*\"}}}, {find: {path: p}}]"))
        #expect(paths(e) == ["spec.dataFrom[0].find.name.regexp", "spec.dataFrom[0].find.path", "spec.dataFrom[1].find"])
    }
}

@Suite struct RefreshIntervalTests {
    let set: PolicySet
    init() throws { set = try rule("refreshInterval", "{min: 1m, max: 24h}", mutate: "clamp") }

    @Test func withinBoundsAndDefaultPass() throws {
        #expect(try evaluate(set, externalSecret(body: "refreshInterval: 15m")).findings.isEmpty)
        #expect(try evaluate(set, externalSecret()).findings.isEmpty)
        #expect(try evaluate(set, externalSecret(body: "refreshInterval: \"0\"")).findings.isEmpty)
    }

    @Test func outOfBoundsFail() throws {
        let short = try evaluate(set, externalSecret(body: "refreshInterval: 10s"))
        #expect(paths(short) == ["spec.refreshInterval"])
        #expect(short.findings.first?.finding.hint == "set refreshInterval to 1m or longer")
        let long = try evaluate(set, externalSecret(body: "refreshInterval: 48h"))
        #expect(long.findings.first?.finding.message.contains("longer than the maximum 24h") == true)
        let zero = try evaluate(rule("refreshInterval", "{min: 1m, allowZero: false}"), externalSecret(body: "refreshInterval: \"0\""))
        #expect(zero.findings.count == 1)
    }

    @Test func clampMutates() throws {
        let e = try evaluate(set, externalSecret(body: "refreshInterval: 500ms"), mutate: true)
        #expect(e.patch == [PatchOperation(op: .replace, path: "/spec/refreshInterval", value: .string("1m"))])
        #expect(e.findings.isEmpty)
        let tight = try rule("refreshInterval", "{max: 30m}", mutate: "clamp")
        let added = try evaluate(tight, externalSecret(), mutate: true)
        #expect(added.patch == [PatchOperation(op: .add, path: "/spec/refreshInterval", value: .string("30m"))])
        let ces = try evaluate(set, """
        apiVersion: external-secrets.io/v1
        kind: ClusterExternalSecret
        metadata: {name: c}
        spec:
          externalSecretSpec: {refreshInterval: 5s, secretStoreRef: {name: s}}
        """, mutate: true)
        #expect(ces.patch.first?.path == "/spec/externalSecretSpec/refreshInterval")
        #expect(ces.object[path: "spec", "externalSecretSpec", "refreshInterval"]?.string == "1m")
    }
}

@Suite struct AllowedStoresTests {
    let set: PolicySet
    init() throws {
        set = try rule("allowedStores", "{namespaces: [{namespaces: [\"team-*\"], clusterSecretStores: [shared, \"team-stores-*\"]}]}")
    }

    @Test func allowedStoresPass() throws {
        #expect(try evaluate(set, externalSecret(store: "shared")).findings.isEmpty)
        #expect(try evaluate(set, externalSecret(store: "team-stores-1")).findings.isEmpty)
        #expect(try evaluate(set, externalSecret(store: "local", kind: "SecretStore")).findings.isEmpty)
    }

    @Test func otherStoresFail() throws {
        let e = try evaluate(set, externalSecret(store: "prod-admin"))
        #expect(paths(e) == ["spec.secretStoreRef.name"])
        let unlisted = try evaluate(set, externalSecret(namespace: "sandbox", store: "shared"))
        #expect(unlisted.findings.first?.finding.message.contains("allowed: none") == true)
        let noLocal = try evaluate(rule("allowedStores", "{allowSecretStores: false, namespaces: []}"), externalSecret(store: "l", kind: "SecretStore"))
        #expect(noLocal.findings.count == 1)
    }
}

@Suite struct RequiredMetadataTests {
    @Test func presentPassesMissingFails() throws {
        let set = try rule("requiredMetadata", "{labels: {owner: \"team-*\"}, annotations: [ticket]}")
        let ok = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: a, namespace: n, labels: {owner: team-a}, annotations: {ticket: T-1}}
        spec: {}
        """
        #expect(try evaluate(set, ok).findings.isEmpty)
        let bad = try evaluate(set, ok.replacing("owner: team-a", with: "owner: nobody").replacing("ticket: T-1", with: "other: x"))
        #expect(paths(bad) == ["metadata.labels[owner]", "metadata.annotations[ticket]"])
    }
}

@Suite struct FieldCheckTests {
    @Test func operators() throws {
        let es = externalSecret(body: "data: [{secretKey: a, remoteRef: {key: team-a/x}}, {secretKey: b, remoteRef: {key: other/y}}]")
        func count(_ with: String) throws -> Int { try evaluate(rule("field", with), es).findings.count }
        #expect(try count("{path: spec.target.name, operator: equals, values: [db]}") == 0)
        #expect(try count("{path: spec.target.name, operator: notEquals, values: [db]}") == 1)
        #expect(try count("{path: /spec/secretStoreRef/kind, operator: in, values: [ClusterSecretStore]}") == 0)
        #expect(try count("{path: spec.secretStoreRef.kind, operator: notIn, values: [ClusterSecretStore]}") == 1)
        #expect(try count("{path: spec.target.creationPolicy, operator: exists}") == 1)
        #expect(try count("{path: spec.target.name, operator: exists}") == 0)
        #expect(try count("{path: spec.refreshInterval, operator: notExists}") == 0)
        #expect(try count("{path: spec.target, operator: notExists}") == 1)
        #expect(try count("{path: \"spec.data[*].remoteRef.key\", operator: prefix, values: [team-a/]}") == 1)
        #expect(try count("{path: \"spec.data[*].remoteRef.key\", operator: matches, values: [\"^(team-a|other)/\"]}") == 0)
        #expect(try count("{path: \"spec.data[1].secretKey\", operator: equals, values: [b]}") == 0)
    }

    @Test func customMessageAndPath() throws {
        let e = try evaluate(rule("field", "{path: \"spec.data[*].remoteRef.key\", operator: prefix, values: [team-a/], message: keys must be team-a's, hint: prefix them}"),
                             externalSecret(body: "data: [{secretKey: a, remoteRef: {key: nope}}]"))
        #expect(e.findings.first?.finding.message == "keys must be team-a's")
        #expect(e.findings.first?.finding.path == "spec.data[0].remoteRef.key")
        #expect(e.findings.first?.finding.hint == "prefix them")
    }
}
