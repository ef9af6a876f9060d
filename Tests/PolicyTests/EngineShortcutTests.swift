import Documents
import ESO
import Testing
@testable import Policy

/// The engine's per-request shortcuts answer what the full evaluation answers.
@Suite struct EngineShortcutTests {
    static let prefixAndClamp = """
    apiVersion: esoguard.io/v1alpha1
    kind: Policy
    metadata: {name: tenants}
    spec:
      rules:
        - {name: prefix, check: remoteKeyPrefix, mutate: addPrefix}
        - {name: refresh, check: refreshInterval, mutate: clamp, with: {min: 1m, max: 24h}}
        - {name: static, check: noStaticCredentials, mode: warn}
    """

    /// An object of `kind` that the rules above would rewrite if they applied to it.
    static func object(_ kind: String) throws -> Node {
        try yaml("""
        apiVersion: external-secrets.io/v1
        kind: \(kind)
        metadata: {name: x, namespace: team-a}
        spec:
          refreshInterval: 1s
          secretStoreRef: {name: shared, kind: ClusterSecretStore}
          data: [{secretKey: k, remoteRef: {key: other/k}}]
          selector: {secret: {name: s}}
          secretStoreRefs: [{name: shared, kind: ClusterSecretStore}]
          provider: {aws: {service: SecretsManager, region: eu-west-1}}
        """)
    }

    @Test func mutatesIsTrueExactlyForKindsWithARewritingRule() throws {
        let engine = PolicyEngine(policies: try policySet(Self.prefixAndClamp))
        #expect(engine.mutates(kind: "ExternalSecret"))
        #expect(engine.mutates(kind: "PushSecret"))
        #expect(!engine.mutates(kind: "SecretStore"))
        #expect(!engine.mutates(kind: "ClusterSecretStore"))
        #expect(!engine.mutates(kind: "Secret"))
        #expect(!engine.mutates(kind: ""))
        for name in ["baseline", "restricted"] {
            let shipped = PolicyEngine(policies: try profile(name))
            for kind in ESOKinds.all { #expect(!shipped.mutates(kind: kind), "\(name) \(kind)") }
        }
    }

    /// `mutates(object:)` is `mutates(kind:)` of the object's kind, also when no rule of any
    /// kind rewrites (it then does not read the kind) and for objects without a kind.
    @Test func mutatesObjectIsMutatesOfItsKind() throws {
        let sets = [try policySet(Self.prefixAndClamp), try profile("baseline"), try profile("restricted"), PolicySet()]
        for set in sets {
            let engine = PolicyEngine(policies: set)
            for kind in ESOKinds.all.sorted() + ["Secret", ""] {
                #expect(engine.mutates(object: try Self.object(kind)) == engine.mutates(kind: kind), "\(kind)")
            }
            for odd in [Node.null, try yaml("[ExternalSecret]"), try yaml("{kind: 3}"), try yaml("{metadata: {name: x}}")] {
                #expect(!engine.mutates(object: odd))
            }
        }
    }

    /// The plan's cluster-scoped flag gives the namespace `effectiveNamespace` gives: none for
    /// cluster-scoped kinds even when the request names one (an exception by namespace then
    /// never waives), the request's or the metadata's otherwise.
    @Test func planNamespaceIsTheEffectiveNamespace() throws {
        let set = try policySet("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules:
            - {name: labels, check: requiredMetadata, with: {labels: [owner]}}
        ---
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: e}
        spec:
          policy: p
          namespaces: [team-a]
        """)
        let engine = PolicyEngine(policies: set)
        for kind in ESOKinds.all.sorted() {
            for namespace in [nil, "", "team-a", "team-b"] {
                let input = EvaluationInput(object: try Self.object(kind), namespace: namespace)
                let evaluation = engine.evaluate(input, state: UnknownClusterState())
                let waived = input.effectiveNamespace == "team-a"
                #expect(evaluation.excepted.count == (waived ? 1 : 0), "\(kind) \(namespace ?? "nil")")
                #expect(evaluation.findings.count == (waived ? 0 : 1), "\(kind) \(namespace ?? "nil")")
                // The object's metadata names team-a: only cluster-scoped kinds have no namespace.
                #expect((input.effectiveNamespace == nil) == ESOKinds.isClusterScoped(kind))
            }
        }
    }

    /// Where `mutates` says no, `mutations` finds no rewrite; where it says yes, one is found.
    @Test func mutationsAgreeWithMutates() throws {
        for set in [try policySet(Self.prefixAndClamp), try profile("baseline"), try profile("restricted")] {
            let engine = PolicyEngine(policies: set)
            for kind in ESOKinds.all.sorted() + ["Secret"] {
                let evaluation = engine.mutations(EvaluationInput(object: try Self.object(kind)), state: UnknownClusterState())
                if !engine.mutates(kind: kind) {
                    #expect(evaluation.mutations.isEmpty, "\(kind)")
                    #expect(evaluation.jsonPatch.isEmpty, "\(kind)")
                }
            }
        }
        let engine = PolicyEngine(policies: try policySet(Self.prefixAndClamp))
        let rewritten = engine.mutations(EvaluationInput(object: try Self.object("ExternalSecret")), state: UnknownClusterState())
        #expect(rewritten.mutations.map(\.rule) == ["prefix", "refresh"])
    }

    /// The context's name is the object's (metadata.name, else generateName, else empty),
    /// read when asked for; a name set on the context wins. Exceptions by name see the same.
    @Test func contextNameIsReadFromTheObject() throws {
        for (metadata, expected) in [("{name: db, generateName: g-}", "db"), ("{generateName: g-}", "g-"), ("{}", ""), ("3", "")] {
            let object = try yaml("{apiVersion: external-secrets.io/v1, kind: ExternalSecret, metadata: \(metadata), spec: {}}")
            var c = CheckContext(input: EvaluationInput(object: object), state: UnknownClusterState())
            #expect(c.name == expected)
            #expect(c.name == c.input.name)
            c.name = "set"
            #expect(c.name == "set")
            c.object = .null
            #expect(c.name == "set")
        }
        let set = try policySet("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules:
            - {name: labels, check: requiredMetadata, with: {labels: [owner]}}
            - {name: refresh, check: refreshInterval, with: {min: 1h}}
        ---
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: e}
        spec: {policy: p, rules: [labels], names: ["db*"]}
        """)
        let engine = PolicyEngine(policies: set)
        for (name, waived) in [("db", true), ("dbx", true), ("other", false)] {
            let object = try yaml("{apiVersion: external-secrets.io/v1, kind: ExternalSecret, metadata: {name: \(name), namespace: a}, spec: {refreshInterval: 1m}}")
            let e = engine.evaluate(EvaluationInput(object: object), state: UnknownClusterState())
            #expect(e.excepted.map(\.rule) == (waived ? ["labels"] : []), "\(name)")
            #expect(e.findings.map(\.rule) == (waived ? ["refresh"] : ["labels", "refresh"]), "\(name)")
        }
    }

    /// A policy without namespace or user criteria applies everywhere; each criterion on its
    /// own still selects.
    @Test func policiesWithoutCriteriaApplyToEveryNamespaceAndUser() throws {
        let criteria = ["", "match: {namespaces: [team-*]}",
                        "match: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: team-a}}}",
                        "exclude: {namespaces: [team-a]}", "exclude: {users: [alice]}", "exclude: {groups: [admins]}"]
        let object = try yaml("{apiVersion: external-secrets.io/v1, kind: SecretStore, metadata: {name: s}}")
        for text in criteria {
            let engine = PolicyEngine(policies: try policySet("""
            apiVersion: esoguard.io/v1alpha1
            kind: Policy
            metadata: {name: p}
            spec:
              \(text)
              rules: [{name: r, check: requiredMetadata, with: {labels: [owner]}}]
            """))
            var applied: [Bool] = []
            for ns in ["team-a", "other"] {
                for user in [UserInfo(username: "alice", groups: []), UserInfo(username: "bob", groups: ["admins"]), UserInfo()] {
                    let e = engine.evaluate(EvaluationInput(object: object, namespace: ns, userInfo: user), state: UnknownClusterState())
                    #expect(e.matchedPolicies.count == e.findings.count)
                    applied.append(!e.matchedPolicies.isEmpty)
                }
            }
            switch text {
            case "": #expect(applied == [true, true, true, true, true, true])
            case criteria[1], criteria[2]: #expect(applied == [true, true, true, false, false, false], "\(text)")
            case criteria[3]: #expect(applied == [false, false, false, true, true, true])
            case criteria[4]: #expect(applied == [false, true, true, false, true, true])
            default: #expect(applied == [true, false, true, true, false, true], "\(text)")
            }
        }
    }

    /// The conditions read from an already-read `spec` are those read from the store.
    @Test func storeConditionsFromSpecMatchFromStore() throws {
        let stores = [
            #"{"spec":{"conditions":[{"namespaces":["myapp","kube-system"]}]}}"#,
            #"{"spec":{"conditions":[{"namespaces":[1,"kube-system",null,"kube-system"]},"x",{"namespaceRegexes":[2,"^kube-","(("]}]}}"#,
            #"{"spec":{"conditions":[{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":"kube-system"}}},{"namespaces":"x"}]}}"#,
            #"{"spec":{"conditions":[{"namespaces":["a","kube-system"],"namespaceRegexes":["x","^kube"]},{"namespaceRegexes":["^my"]}]}}"#,
            #"{"spec":{"conditions":{}}}"#, #"{"spec":{}}"#, #"{"spec":null}"#, #"{}"#,
        ]
        for text in stores {
            let store = try JSONParser.parse(text)
            let a = StoreConditions(store: store), b = StoreConditions(spec: store.member("spec"))
            #expect(a.conditions.map(\.path) == b.conditions.map(\.path), "\(text)")
            #expect(a.conditions.map(\.namespaces) == b.conditions.map(\.namespaces), "\(text)")
            #expect(a.conditions.map { $0.regexes.map(\.pattern) } == b.conditions.map { $0.regexes.map(\.pattern) }, "\(text)")
            #expect(a.conditions.map(\.position) == b.conditions.map(\.position), "\(text)")
            for ns in ["kube-system", "myapp", "default"] {
                let labels = ["kubernetes.io/metadata.name": ns]
                #expect(a.admits(ns, labels: labels) == b.admits(ns, labels: labels), "\(text) \(ns)")
                #expect(a.admittingPaths(ns, labels: labels) == b.admittingPaths(ns, labels: labels), "\(text) \(ns)")
            }
        }
    }

    /// Hints built once per configured namespace read as they did when built per finding.
    @Test func protectedNamespaceHintsNameTheNamespace() throws {
        let set = try rule("protectedNamespaces", "{namespaces: [kube-system, \"ns-é\"]}", mode: "warn")
        let store = try evaluate(set, """
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: s}
        spec: {provider: {fake: {}}}
        """)
        #expect(store.findings.map(\.finding.hint) == ["narrow spec.conditions so they do not admit kube-system",
                                                       "narrow spec.conditions so they do not admit ns-é"])
        let fanout = try evaluate(set, """
        apiVersion: external-secrets.io/v1
        kind: ClusterExternalSecret
        metadata: {name: c}
        spec: {namespaceSelectors: [{}], externalSecretSpec: {}}
        """)
        #expect(fanout.findings.map(\.finding.hint) == [
            "restrict the selector with matchLabels that kube-system does not carry, or list the target namespaces",
            "restrict the selector with matchLabels that ns-é does not carry, or list the target namespaces"])
        #expect(fanout.findings.map(\.finding.message) == [
            "ClusterExternalSecret c selects protected namespace kube-system through spec.namespaceSelectors[0]",
            "ClusterExternalSecret c selects protected namespace ns-é through spec.namespaceSelectors[0]"])
    }

    /// Condition paths of many conditions and entries read as `spec.conditions[i].<field>[j]`,
    /// for every namespace at once and for one.
    @Test func conditionPathsOfManyConditionsAndEntries() throws {
        let names = (0..<10).map { "\"n\($0)\"" }.joined(separator: ",")
        let regexes = (0..<10).map { "\"^r\($0)$\"" }.joined(separator: ",")
        let selector = #"{"namespaceSelector":{"matchLabels":{"team":"t"}}}"#
        var conditions = Array(repeating: selector, count: 6)
        conditions[0] = #"{"namespaceSelector":{"matchLabels":{"team":"t"}},"namespaces":[\#(names)],"namespaceRegexes":[\#(regexes)]}"#
        conditions[5] = #"{"namespaces":[\#(names)],"namespaceRegexes":[\#(regexes)]}"#
        let store = StoreConditions(store: try JSONParser.parse(#"{"spec":{"conditions":[\#(conditions.joined(separator: ","))]}}"#))
        let namespaces = ["n0", "n7", "n8", "n9", "r7", "r8", "x"]
        let labels: [String: String] = ["team": "t"]
        let all = store.admittingPaths(namespaces, labels: { _ in labels })
        for (k, ns) in namespaces.enumerated() {
            var expected = (0..<5).map { "spec.conditions[\($0)].namespaceSelector" }
            for c in [0, 5] {
                if let j = Int(ns.dropFirst()), ns.hasPrefix("n") { expected.append("spec.conditions[\(c)].namespaces[\(j)]") }
                if let j = Int(ns.dropFirst()), ns.hasPrefix("r") { expected.append("spec.conditions[\(c)].namespaceRegexes[\(j)]") }
            }
            let got = all.filter { $0.namespace == k }.map(\.path)
            #expect(got.sorted() == expected.sorted(), "\(ns)")
            #expect(store.admittingPaths(ns, labels: labels) == got, "\(ns)")
        }
    }
}
