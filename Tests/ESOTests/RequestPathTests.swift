import Documents
@testable import ESO
import Testing

/// The per-request path of `ESOValidator.validate(document:namespace:)` reads the root in
/// place instead of through typed views; it must decide exactly as the views do.
struct ESORequestPathTests {
    /// Roots that differ in where, whether and how `kind`, `apiVersion` and
    /// `metadata.namespace` appear.
    static let roots: [Node] = {
        let es = Node.string("ExternalSecret"), v1 = Node.string("external-secrets.io/v1")
        let store = Node.string("SecretStore")
        func object(_ members: [(String, Node)]) -> Node { Node(.object(members.map { Member(key: $0.0, value: $0.1) })) }
        return [
            object([("apiVersion", v1), ("kind", es)]),
            object([("kind", es), ("apiVersion", v1)]),
            object([("kind", es), ("kind", .string("Pod")), ("apiVersion", v1)]),
            object([("kind", .string("Pod")), ("kind", es), ("apiVersion", v1)]),
            object([("apiVersion", .string("v1")), ("apiVersion", v1), ("kind", es)]),
            object([("apiVersion", v1), ("apiVersion", .string("v1")), ("kind", es)]),
            object([("kind", .int(1)), ("apiVersion", v1)]),
            object([("kind", es), ("apiVersion", .null)]),
            object([("kind", es)]),
            object([("apiVersion", v1)]),
            object([("Kind", es), ("apiVersion", v1)]),
            object([("kind", es), ("apiversion", v1)]),
            object([("kind", .string("PushSecret")), ("apiVersion", v1)]),
            object([("kind", .string("PushSecret")), ("apiVersion", .string("external-secrets.io/v1alpha1"))]),
            object([("kind", .string("ExternalSecretX")), ("apiVersion", v1)]),
            object([("kind", store), ("apiVersion", v1), ("metadata", object([("namespace", .string("team-a"))]))]),
            object([("kind", store), ("apiVersion", v1), ("metadata", object([("name", .string("n"))]))]),
            object([("kind", store), ("apiVersion", v1), ("metadata", object([("namespace", .int(3))]))]),
            object([("kind", store), ("apiVersion", v1), ("metadata", object([("namespace", .null)]))]),
            object([("kind", store), ("apiVersion", v1),
                    ("metadata", object([("namespace", .string("a")), ("namespace", .string("b"))]))]),
            object([("kind", store), ("apiVersion", v1), ("metadata", .string("x"))]),
            object([("kind", store), ("apiVersion", v1), ("metadata", .null)]),
            object([("kind", store), ("apiVersion", v1), ("metadata", object([("namespace", .string("a"))])),
                    ("metadata", object([("namespace", .string("b"))]))]),
            .string("kind"),
            .array([.string("kind")]),
            Node(.object([])),
        ]
    }()

    /// `identify` as the straightforward code spelled it (Node's subscript, `init(rawValue:)`).
    static func referenceIdentify(_ root: Node) -> (ESOKind, ESOAPIVersion)? {
        guard let kind = root["kind"]?.string.flatMap(ESOKind.init(rawValue:)),
              let version = root["apiVersion"]?.string.flatMap(ESOAPIVersion.init(rawValue:)),
              kind.versions.contains(version)
        else { return nil }
        return (kind, version)
    }

    @Test(arguments: roots)
    func identifyReadsTheFirstKindAndVersionInPlace(root: Node) {
        let got = ESOObject.identify(root).map { "\($0.0) \($0.1)" }
        #expect(got == Self.referenceIdentify(root).map { "\($0.0) \($0.1)" })
        #expect(ESOObject.parse(root).map { "\($0.kind) \($0.apiVersion)" } == got)
    }

    @Test(arguments: roots)
    func manifestNamespaceIsTheMetadataViewsNamespace(root: Node) {
        let view = ObjectMeta(node: root["metadata"] ?? Node(.object([])), path: "metadata")
        #expect(ESOObject.manifestNamespace(root) == view.namespace)
    }

    /// The document path and the typed-object path give the same findings, and a store's
    /// own `metadata.namespace` wins over the request's.
    @Test(arguments: ["SecretStore", "ClusterSecretStore"], [nil, "team-a", "other"])
    func documentPathMatchesTypedPath(kind: String, namespace: String?) throws {
        for metadata in ["{name: s}", "{name: s, namespace: team-a}", "{name: s, namespace: 7}", "[]"] {
            let root = try yaml("""
                apiVersion: external-secrets.io/v1
                kind: \(kind)
                metadata: \(metadata)
                spec:
                  provider:
                    kubernetes:
                      server: {caProvider: {type: Secret, name: ca, key: ca.crt, namespace: team-a}}
                      auth: {token: {bearerToken: {name: t, key: token, namespace: team-a}}}
                """)
            let object = try #require(ESOObject.parse(root))
            let typed = ESOValidator.validate(object, namespace: namespace)
            let document = try #require(ESOValidator.validate(document: root, namespace: namespace))
            #expect(describe(document) == describe(typed))
            #expect(document.map(\.hint) == typed.map(\.hint))
        }
        let namespaced = try #require(ESOValidator.validate(document: yaml("""
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata: {name: s, namespace: team-a}
            spec: {provider: {kubernetes: {server: {caBundle: Y2E=}, auth: {token: {bearerToken: {name: t, key: k, namespace: team-b}}}}}}
            """), namespace: "team-a"))
        #expect(namespaced.map(\.message).contains {
            $0.contains("(\"team-b\" is not \"team-a\")")
        })
    }

    @Test func documentsThatAreNotESOObjectsGiveNil() throws {
        #expect(ESOValidator.validate(document: try yaml("apiVersion: v1\nkind: Secret")) == nil)
        #expect(ESOValidator.validate(document: .string("x")) == nil)
        #expect(ESOValidator.validate(document: try yaml("apiVersion: external-secrets.io/v1\nkind: PushSecret")) == nil)
    }

    /// Durations are checked without closures over views, at literal or rendered paths.
    @Test func durationFindingsKeepRulePathAndHint() throws {
        func eso(_ text: String) throws -> [String] {
            try findings(text).filter { $0.ruleID.hasPrefix("eso.") }.map { "\($0.ruleID) \($0.path) \($0.hint ?? "-")" }
        }
        let fake = "fake: {data: [{key: a, value: b}]}"
        let invalid = "use a Go duration such as \"1h\", \"15m\" or \"30s\""
        let negative = "use 0 to sync once, or a positive duration"
        #expect(try eso(store(fake, extra: "refreshInterval: 5x")) == ["eso.refreshInterval.invalid spec.refreshInterval \(invalid)"])
        #expect(try eso(store(fake, extra: "refreshInterval: -1m")) == ["eso.refreshInterval.negative spec.refreshInterval \(negative)"])
        #expect(try eso(store(fake, extra: "refreshInterval: 30")).isEmpty)
        #expect(try eso(store(fake, extra: "retrySettings: 3")).isEmpty)
        #expect(try eso(store(fake, extra: "retrySettings: {retryInterval: 5}")).isEmpty)
        #expect(try eso(store(fake, extra: "retrySettings: {retryInterval: 5q}")) == [
            "eso.store.retryInterval spec.retrySettings.retryInterval use a Go duration such as \"10s\"",
        ])
        #expect(try eso("""
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: e}
            spec: {refreshInterval: -2h, \(oneData)}
            """) == ["eso.refreshInterval.negative spec.refreshInterval \(negative)"])
        #expect(try eso("""
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: e}
            spec: {refreshInterval: 10, \(oneData)}
            """).isEmpty)
        #expect(try eso("""
            apiVersion: external-secrets.io/v1
            kind: ClusterExternalSecret
            metadata: {name: c}
            spec: {externalSecretSpec: {refreshInterval: 1y, \(oneData)}}
            """) == ["eso.refreshInterval.invalid spec.externalSecretSpec.refreshInterval \(invalid)"])
    }

    /// The old duration check, straight through RefreshInterval.decode.
    static func referenceDurationProblem(_ node: Node, allowInteger: Bool) -> String? {
        if !allowInteger, node.string == nil { return nil }
        switch RefreshInterval.decode(node, allowInteger: allowInteger) {
        case .failure(let e): return ".invalid " + e.message
        case .success(let d) where d.isNegative: return ".negative"
        case .success: return nil
        }
    }

    @Test func plainDurationsNeedNoParse() {
        // Every text of up to 5 bytes over digits, units, signs and a few others.
        let alphabet = ["0", "1", "2", "9", "h", "m", "s", "u", "-", "+", ".", " ", "é"]
        var texts = [""]
        var frontier = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += frontier
        }
        texts += ["1000h", "9999s", "12345h", "01h", "10ms", "1h30m", "1H", "١h"]
        var plain = 0
        for text in texts {
            for allowInteger in [false, true] {
                let got = RuleContext.durationProblem(.string(text), allowInteger: allowInteger)
                    .map { $0.suffix == ".negative" ? ".negative" : $0.suffix + " " + $0.message }
                #expect(got == Self.referenceDurationProblem(.string(text), allowInteger: allowInteger), "\(text)")
            }
            if RuleContext.isPlainDuration(text) {
                plain += 1
                #expect(Self.referenceDurationProblem(.string(text), allowInteger: false) == nil, "\(text)")
            }
        }
        #expect(plain > 100)
        #expect(RuleContext.isPlainDuration("1h") && RuleContext.isPlainDuration("9999m"))
        #expect(!RuleContext.isPlainDuration("0s") && !RuleContext.isPlainDuration("10000h") && !RuleContext.isPlainDuration("1"))
    }

    @Test func modelledProvidersAreKnown() {
        for name in ["aws", "vault", "openBao", "gcpsm", "azurekv", "kubernetes", "fake", "webhook", "pulumi"] {
            #expect(StoreProvider.isModelled(name) && StoreProvider.knownProviders.contains(name))
        }
        #expect(!StoreProvider.isModelled("ibm") && !StoreProvider.isModelled("AWS") && !StoreProvider.isModelled(""))
    }

    /// dataFrom and duplicate-key findings render the spec's path only for a finding,
    /// pending (ClusterExternalSecret) or not.
    @Test func dataFromFindingsKeepTheirPaths() throws {
        let entries = "data: [{secretKey: k, remoteRef: {key: a}}, {secretKey: k, remoteRef: {key: b}}], dataFrom: [{extract: {key: a}, find: {path: p}}, {sourceRef: {}}, {}]"
        let expected = [
            ("eso.dataFrom.exclusive", ".dataFrom[0]"),
            ("eso.dataFrom.sourceRef", ".dataFrom[1].sourceRef"),
            ("eso.dataFrom.empty", ".dataFrom[2]"),
            ("eso.data.duplicateKey", ".data[1].secretKey"),
        ]
        for (kind, spec, at) in [("ExternalSecret", "spec: {\(entries)}", "spec"),
                                 ("ClusterExternalSecret", "spec: {externalSecretSpec: {\(entries)}}", "spec.externalSecretSpec")] {
            let f = try findings("apiVersion: external-secrets.io/v1\nkind: \(kind)\nmetadata: {name: x}\n\(spec)")
            #expect(f.filter { $0.ruleID.hasPrefix("eso.data") }.map { "\($0.ruleID) \($0.path)" }
                    == expected.map { "\($0.0) \(at)\($0.1)" })
        }
    }
}
