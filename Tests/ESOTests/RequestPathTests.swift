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
}
