import TestSupport
import Documents
import ESO
import Testing
@testable import Policy

/// The per-request fast paths give what the plain forms they replace give.
@Suite struct FastPathTests {
    @Test func textBuilderMatchesInterpolation() {
        let cases: [(String, Int, String)] = [("", 0, ""), ("spec", 9, "x"), ("héllo wörld 😀", 10, "\r\n"),
                                              (String(repeating: "a", count: 40), 12345, "kube-system"), ("n", -7, "é"),
                                              ("max", Int.max, "min"), ("min", Int.min, "")]
        for (a, n, b) in cases {
            let built = TextBuilder.build { t in t.append(a); t.append("["); t.append(n); t.append("]"); t.append(b) }
            #expect(built == "\(a)[\(n)]\(b)")
            #expect(built.utf8.count == "\(a)[\(n)]\(b)".utf8.count)
        }
        #expect(TextBuilder.build { _ in }.isEmpty)
    }

    /// Literal pieces take the StaticString overload, String values are read in place: small
    /// (inline), heap, shared-substring and non-ASCII strings, and literals longer than a
    /// small string, all give the bytes interpolation gives.
    @Test func textBuilderPiecesOfEveryKind() {
        let long = String(repeating: "ß", count: 30)
        let pieces: [String] = ["", "a", "kube-system", long, String(long.dropFirst(3)), "x\u{0}y", "日本語テキスト" + long,
                                String(decoding: Array("spec.conditions[12].namespaces[3]".utf8), as: UTF8.self)]
        for a in pieces {
            for b in pieces {
                let built = TextBuilder.build { t in
                    t.append("ClusterSecretStore "); t.append(a); t.append(" is usable from protected namespace ")
                    t.append(b); t.append(")")
                }
                #expect(built == "ClusterSecretStore \(a) is usable from protected namespace \(b))")
                #expect(Array(built.utf8) == Array("ClusterSecretStore \(a) is usable from protected namespace \(b))".utf8))
            }
        }
        let literal: StaticString = "a literal longer than fifteen bytes"
        #expect(TextBuilder.build { $0.append(literal); $0.append("!") } == "a literal longer than fifteen bytes!")
    }

    @Test func esoKindTestsAgreeWithTheSets() {
        for kind in ESOKinds.all.sorted() + ["Secret", "", "externalsecret", "ClusterSecretStores", "Cluster"] {
            #expect(ESOKinds.isKnown(kind) == ESOKinds.all.contains(kind), "\(kind)")
            #expect(ESOKinds.isClusterScoped(kind) == ESOKinds.clusterScoped.contains(kind), "\(kind)")
        }
    }

    /// The paths for several namespaces at once are the one-namespace paths, and a namespace
    /// has paths exactly when the store admits it; list indices count only string items and
    /// conditions that are not objects still count.
    @Test func admittingPathsForSeveralNamespacesMatchOneAtATime() throws {
        let stores = [
            #"{"spec":{"conditions":[{"namespaces":["myapp","kube-system"]}]}}"#,
            #"{"spec":{"conditions":[{"namespaces":[1,"kube-system",null,"kube-system"]},"x",{"namespaceRegexes":[2,"^kube-","(("]}]}}"#,
            #"{"spec":{"conditions":[{"namespaceSelector":null},{"namespaceSelector":{}},{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":"kube-system"}}}]}}"#,
            #"{"spec":{"conditions":[{"namespaceSelector":{"matchExpressions":[{"key":"team","operator":"Exists"}]},"namespaces":["default"],"namespaceRegexes":["sys"]}]}}"#,
            #"{"spec":{"conditions":[]}}"#,
            #"{"spec":{"conditions":[{}, {"namespaces":"kube-system"}]}}"#,
            #"{"spec":{"conditions":[{"namespaceRegexes":["^d","^kube-"],"namespaces":["myapp"]},{"namespaces":["default","kube-system","myapp"]}]}}"#,
        ]
        let namespaces: [(String, [String: String])] = [
            ("kube-system", ["kubernetes.io/metadata.name": "kube-system"]),
            ("default", ["kubernetes.io/metadata.name": "default", "team": "a"]),
            ("myapp", [:]),
        ]
        // Indices count only the string items, skipped non-objects still count as conditions.
        let odd = StoreConditions(store: try JSONParser.parse(stores[1]))
        #expect(odd.admittingPaths("kube-system", labels: namespaces[0].1)
                == ["spec.conditions[0].namespaces[0]", "spec.conditions[0].namespaces[1]", "spec.conditions[2].namespaceRegexes[0]"])
        for text in stores {
            let store = try JSONParser.parse(text)
            let parsed = StoreConditions(store: store)
            for (ns, labels) in namespaces {
                let paths = parsed.admittingPaths(ns, labels: labels)
                if !parsed.isEmpty { #expect((parsed.admits(ns, labels: labels) == true) == !paths.isEmpty, "\(text) \(ns)") }
            }
            let all = parsed.admittingPaths(namespaces.map(\.0), labels: { namespaces[$0].1 })
            #expect(namespaces.indices.map { k in all.filter { $0.namespace == k }.map(\.path) }
                    == namespaces.map { parsed.admittingPaths($0.0, labels: $0.1) }, "\(text)")
        }
    }

    /// The admitting paths as first computed, from the parsed condition list (selector,
    /// then names, then regexes of each condition; item indices count string items only).
    private func referencePaths(_ store: StoreConditions, _ namespaces: [String],
                                labels: (Int) -> [String: String]) -> [(namespace: Int, path: String)] {
        var out: [(namespace: Int, path: String)] = []
        for c in store.conditions {
            if let selector = c.selector {
                for k in namespaces.indices where LabelSelectorMatch.matches(selector, labels: labels(k)) == true {
                    out.append((k, "spec.conditions[\(c.index)].namespaceSelector"))
                }
            }
            for (j, name) in c.namespaces.enumerated() {
                for k in namespaces.indices where namespaces[k] == name { out.append((k, "spec.conditions[\(c.index)].namespaces[\(j)]")) }
            }
            for (j, r) in c.regexes.enumerated() {
                guard let regex = r.regex else { continue }
                for k in namespaces.indices where regex.matches(namespaces[k]) {
                    out.append((k, "spec.conditions[\(c.index)].namespaceRegexes[\(j)]"))
                }
            }
        }
        return out
    }

    /// Admitting parts read straight from the condition nodes name what the parsed condition
    /// list names, over generated conditions with odd items (non-strings, bad regexes, null
    /// selectors, non-array lists, non-object conditions).
    @Test func admittingPartsFromNodesMatchTheConditionList() throws {
        let parts = [#""namespaces":["kube-system","a",3,"kube-public"]"#, #""namespaces":"kube-system""#,
                     #""namespaceRegexes":["^kube-",null,"((","public$","."]"#, #""namespaceSelector":null"#,
                     #""namespaceSelector":{}"#, #""namespaceSelector":{"matchLabels":{"tier":"system"}}"#,
                     #""namespaceSelector":{"matchExpressions":[{"key":"kubernetes.io/metadata.name","operator":"In","values":["kube-public"]}]}"#,
                     #""namespaces":["a"]"#, #""namespaceRegexes":[]"#]
        let namespaces = ["kube-system", "kube-public", "a", "default"]
        let labels: [[String: String]] = [["kubernetes.io/metadata.name": "kube-system", "tier": "system"],
                                          ["kubernetes.io/metadata.name": "kube-public"], [:], ["tier": "app"]]
        var rng = SplitMix(seed: 7)
        for _ in 0..<400 {
            let conditions = (0..<rng.next(4)).map { _ -> String in
                if rng.next(8) == 0 { return #""x""# }
                // At most one of each key (the JSON parser refuses duplicates).
                var chosen: [String: String] = [:]
                for _ in 0..<rng.next(4) {
                    let part = parts[rng.next(parts.count)]
                    chosen[String(part.prefix { $0 != ":" })] = part
                }
                return "{" + chosen.keys.sorted().compactMap { chosen[$0] }.joined(separator: ",") + "}"
            }
            let text = #"{"spec":{"conditions":["# + conditions.joined(separator: ",") + "]}}"
            let store = StoreConditions(store: try JSONParser.parse(text))
            let got = store.admittingPaths(namespaces, labels: { labels[$0] })
            let want = referencePaths(store, namespaces, labels: { labels[$0] })
            #expect(got.map(\.namespace) == want.map(\.namespace), "\(text)")
            #expect(got.map(\.path) == want.map(\.path), "\(text)")
            let node = try JSONParser.parse(text).member("spec")?.member("conditions")
            #expect(StoreConditions.admittingParts(node, namespaces, labels: { labels[$0] }).map(\.part.path) == want.map(\.path))
        }
    }

    @Test func protectedNamespacesNamesEveryAdmittingPart() throws {
        let set = try rule("protectedNamespaces", "{namespaces: [kube-system, default]}", mode: "warn")
        let store = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: wide}
        spec:
          conditions:
            - namespaces: [kube-system, team-a]
            - namespaceRegexes: ["^kube", "^d"]
          provider: {fake: {}}
        """)
        let e = PolicyEngine(policies: set).evaluate(EvaluationInput(object: store), state: UnknownClusterState())
        #expect(e.findings.map(\.finding.message) == [
            "ClusterSecretStore wide is usable from protected namespace kube-system (admitted by spec.conditions[0].namespaces[0], spec.conditions[1].namespaceRegexes[0])",
            "ClusterSecretStore wide is usable from protected namespace default (admitted by spec.conditions[1].namespaceRegexes[1])",
        ])
        #expect(e.findings.map(\.finding.path) == ["spec.conditions[0].namespaces[0]", "spec.conditions[1].namespaceRegexes[1]"])
        #expect(e.findings.map(\.finding.hint) == ["narrow spec.conditions so they do not admit kube-system", "narrow spec.conditions so they do not admit default"])
        #expect(e.findings.allSatisfy { $0.finding.ruleID == "p/r" && $0.finding.severity == .warning && $0.mode == .warn })
    }

    /// Exceptions are matched per rule: one naming another rule of the policy waives nothing here.
    @Test func exceptionsApplyOnlyToTheRulesTheyName() throws {
        let set = try policySet("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules:
            - {name: a, check: refreshInterval, with: {min: 1h}}
            - {name: b, check: refreshInterval, with: {min: 2h}}
        ---
        apiVersion: esoguard.io/v1alpha1
        kind: PolicyException
        metadata: {name: only-b}
        spec: {policy: p, rules: [b], namespaces: [team-a]}
        """)
        let object = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: e, namespace: team-a}
        spec: {refreshInterval: 1m}
        """)
        let e = PolicyEngine(policies: set).evaluate(EvaluationInput(object: object), state: UnknownClusterState())
        #expect(e.findings.map(\.rule) == ["a"])
        #expect(e.excepted.map(\.rule) == ["b"])
        let elsewhere = PolicyEngine(policies: set).evaluate(EvaluationInput(object: object, namespace: "team-b"), state: UnknownClusterState())
        #expect(elsewhere.findings.map(\.rule) == ["a", "b"])
    }

    /// The operation bit set: DELETE only when listed, CREATE/UPDATE by default, CONNECT never.
    @Test func operationsSelectPolicies() throws {
        let set = try policySet("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: deletes}
        spec:
          match: {operations: [DELETE]}
          rules: [{name: r, check: requiredMetadata, with: {labels: [owner]}}]
        ---
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: writes}
        spec:
          rules: [{name: r, check: requiredMetadata, with: {labels: [owner]}}]
        """)
        let object = try yaml("{apiVersion: external-secrets.io/v1, kind: SecretStore, metadata: {name: s, namespace: n}}")
        let engine = PolicyEngine(policies: set)
        for (op, expected) in [(Operation.create, ["writes"]), (.update, ["writes"]), (.delete, ["deletes"]), (.connect, [])] {
            #expect(engine.evaluate(EvaluationInput(object: object, operation: op), state: UnknownClusterState()).matchedPolicies == expected)
        }
    }

    /// `mutations` rewrites exactly as `evaluate(mutate: true)` does, without findings.
    @Test func mutationsMatchAMutatingEvaluation() throws {
        let set = try policySet("""
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: p}
        spec:
          rules:
            - {name: prefix, check: remoteKeyPrefix, mutate: addPrefix}
            - {name: refresh, check: refreshInterval, mutate: clamp, with: {min: 1m, max: 2h}}
            - {name: owner, check: requiredMetadata, with: {labels: [owner]}}
        """)
        let object = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: e, namespace: team-a}
        spec:
          refreshInterval: 5s
          secretStoreRef: {name: shared, kind: ClusterSecretStore}
          data: [{secretKey: a, remoteRef: {key: db}}, {secretKey: b, remoteRef: {key: team-a/ok}}]
        """)
        let engine = PolicyEngine(policies: set)
        let full = engine.evaluate(EvaluationInput(object: object), state: UnknownClusterState(), mutate: true)
        let only = engine.mutations(EvaluationInput(object: object), state: UnknownClusterState())
        #expect(!full.findings.isEmpty)
        #expect(only.findings.isEmpty && only.excepted.isEmpty)
        #expect(only.mutations == full.mutations)
        #expect(only.jsonPatch == full.jsonPatch)
        #expect(only.object == full.object)
        #expect(only.matchedPolicies == full.matchedPolicies)
        #expect(only.mutations.map(\.rule) == ["prefix", "refresh"])
    }

    /// The pre-filter as first written, with an array of the first three bytes.
    private func mayMatchEverythingReference(_ pattern: String) -> Bool {
        let bytes = Array(pattern.utf8.prefix(3))
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "^"), !pattern.utf8.contains(UInt8(ascii: "|")) else { return true }
        let c = bytes[1]
        let literal = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
        guard literal else { return true }
        guard bytes.count == 3 else { return false }
        let next = bytes[2]
        return next == UInt8(ascii: "*") || next == UInt8(ascii: "?") || next == UInt8(ascii: "{")
    }

    @Test func findPrefilterMatchesItsFirstForm() {
        for p in ["", "^", "^a", "^ab", "^a*", "^a?", "^a{2}", "^.*", "^db-", "^-x", "^_", "^é", "a", "^a|b", "^Z", "^9*", ".*", "^a\\", "^^"] {
            #expect(FindRestrictionsCheck.mayMatchEverything(p) == mayMatchEverythingReference(p), "\(p)")
        }
    }

    private struct LabelsOnly: ClusterState {
        func namespaceLabels(_ name: String) -> [String: String]? { ["kubernetes.io/metadata.name": name] }
        func clusterSecretStore(named name: String) -> Node? { nil }
        func namespaceNames() -> [String]? { nil }
    }

    /// Only the state that knows nothing lets checks skip their cluster work.
    @Test func onlyUnknownStateKnowsNothing() throws {
        #expect(!UnknownClusterState().mayKnowAnything)
        #expect(StaticClusterState().mayKnowAnything)
        #expect(LabelsOnly().mayKnowAnything)
        var state = StaticClusterState()
        state.addNamespace("team-a")
        state.add(try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ClusterSecretStore
        metadata: {name: shared}
        spec: {conditions: [{namespaces: [team-b]}], provider: {fake: {}}}
        """))
        let es = try yaml("""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: e, namespace: team-a}
        spec: {secretStoreRef: {name: shared, kind: ClusterSecretStore}}
        """)
        let engine = PolicyEngine(policies: try rule("clusterStoreAdmitsNamespace"))
        #expect(engine.evaluate(EvaluationInput(object: es), state: state).findings.count == 1)
        #expect(engine.evaluate(EvaluationInput(object: es), state: UnknownClusterState()).findings.isEmpty)
    }

    /// `member` finds what the subscript finds: the first member of that name, nothing in non-objects.
    @Test func memberLookupMatchesTheSubscript() {
        let node = Node(.object([
            Member(key: "kind", value: .string("a")), Member(key: "spec", value: .int(1)), Member(key: "", value: .bool(true)),
            Member(key: "spec", value: .int(2)), Member(key: "spéc", value: .int(3)), Member(key: String(repeating: "k", count: 20), value: .null),
        ]))
        for key in ["kind", "spec", "", "spéc", "spe", "specs", String(repeating: "k", count: 20), String(repeating: "k", count: 19), "missing"] {
            #expect(node.member(key) == node[key], "\(key)")
            #expect(node.member(key)?.position == node[key]?.position)
        }
        #expect(node.member("spec")?.int == 1)
        #expect(Node.string("spec").member("spec") == nil)
        #expect(Node.array([node]).member("kind") == nil)
    }

    /// The context's `spec` is the object's, also after a rewrite replaces the object.
    @Test func contextSpecFollowsTheObject() throws {
        var c = CheckContext(input: EvaluationInput(object: try yaml("{kind: ExternalSecret, spec: {a: 1}}")), state: UnknownClusterState())
        #expect(c.spec == c.object["spec"])
        c.object = try yaml("{kind: ExternalSecret, spec: {b: 2}}")
        #expect(c.spec?["b"]?.int == 2)
        c.object = .null
        #expect(c.spec == nil)
    }
}
