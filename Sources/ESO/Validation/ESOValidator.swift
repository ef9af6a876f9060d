import Documents

/// Validation that needs no policy: ESO parity (what ESO's own admission webhook and the
/// API server reject) and the CRD schema. Errors are what ESO or the API server would
/// refuse; warnings are what they accept but can never work (ESO fails at reconcile).
public enum ESOValidator {
    /// Findings for `object`. `namespace` is the namespace the object is applied in when
    /// its manifest does not say (the admission request's namespace); it matters for
    /// SecretStore secret references, which must stay in the store's namespace.
    public static func validate(_ object: ESOObject, namespace: String? = nil) -> [Finding] {
        validate(root: object.root, kind: object.kind, version: object.apiVersion, namespace: namespace)
    }

    /// Parses and validates a document root; nil when it is not a modelled ESO object.
    public static func validate(document root: Node, namespace: String? = nil) -> [Finding]? {
        // No ESOObject is built: the rules need only the root and the kind, and building
        // and switching over the typed object copied the root each time.
        guard let (kind, version) = ESOObject.identify(root) else { return nil }
        return validate(root: root, kind: kind, version: version, namespace: namespace)
    }

    /// `validate(_:namespace:)` of the ESO object of `kind` in `version` whose document is `root`.
    static func validate(root: Node, kind: ESOKind, version: ESOAPIVersion, namespace: String?) -> [Finding] {
        var findings: [Finding] = []
        if let schema = CRDSchema.schema(kind: kind, version: version) {
            findings = SchemaValidator.validate(root, schema: schema)
        }
        var rules = RuleContext(namespace: nil)
        switch kind {
        case .externalSecret:
            rules.checkExternalSecretSpec(ExternalSecret(root: root, apiVersion: version).spec)
        case .clusterExternalSecret:
            rules.checkClusterExternalSecret(ClusterExternalSecret(root: root, apiVersion: version).spec)
        case .secretStore, .clusterSecretStore:
            // Only the store rules read the namespace (secret references must stay in it).
            rules.namespace = ESOObject.manifestNamespace(root) ?? namespace
            rules.checkStore(SecretStore(root: root, apiVersion: version, isCluster: kind == .clusterSecretStore))
        case .pushSecret:
            rules.checkPushSecretSpec(PushSecret(root: root, apiVersion: version).spec)
        case .clusterPushSecret:
            rules.checkClusterPushSecret(ClusterPushSecret(root: root, apiVersion: version).spec)
        }
        if findings.isEmpty { return rules.findings }
        findings += rules.findings
        return findings
    }
}

/// Collects the findings of the hand-written rules for one object.
struct RuleContext: FindingSink {
    /// The namespace of the object being validated, when known.
    var namespace: String?
    var findings: [Finding] = []

    init(namespace: String?) { self.namespace = namespace }

    /// `refreshInterval`-style durations: must decode (the API server rejects the
    /// request otherwise) and must not be negative.
    mutating func checkDuration(_ field: Field?, allowInteger: Bool, rule: String = "eso.refreshInterval") {
        guard let field else { return }
        checkDuration(field.node, at: { field.path }, allowInteger: allowInteger, rule: rule)
    }

    /// `checkDuration` on a node whose path (`at`) is rendered only for a finding.
    mutating func checkDuration(_ node: Node, at path: () -> String, allowInteger: Bool,
                                rule: String = "eso.refreshInterval") {
        guard let problem = Self.durationProblem(node, allowInteger: allowInteger) else { return }
        error(rule + problem.suffix, problem.message, at: path(), node.position, hint: problem.hint)
    }

    /// What `checkDuration` reports about `node`, if anything: the rule id's suffix, the
    /// message and the hint. Callers that know their path use it without a closure (a
    /// closure capturing a view copied the view on every request).
    static func durationProblem(_ node: Node, allowInteger: Bool) -> (suffix: String, message: String, hint: String)? {
        // A non-string where only strings are allowed is schema.type's finding already.
        if !allowInteger, node.string == nil { return nil }
        if case .string(let text) = node.value, isPlainDuration(text) { return nil }
        switch RefreshInterval.decode(node, allowInteger: allowInteger) {
        case .failure(let e):
            return (".invalid", e.message, "use a Go duration such as \"1h\", \"15m\" or \"30s\"")
        case .success(let d) where d.isNegative:
            return (".negative", "must not be negative", "use 0 to sync once, or a positive duration")
        case .success:
            return nil
        }
    }

    /// True for the usual spelling of a duration, 1 to 4 digits without a leading zero and
    /// one unit of h, m or s (`1h`, `15m`, `30s`): Go parses every such text to a positive
    /// duration, so it needs no parse (which cost ~300 instructions).
    static func isPlainDuration(_ text: String) -> Bool {
        let utf8 = text.utf8
        let count = utf8.count
        guard count >= 2, count <= 5 else { return false }
        var i = utf8.startIndex
        guard utf8[i] >= UInt8(ascii: "1"), utf8[i] <= UInt8(ascii: "9") else { return false }
        for _ in 1..<(count - 1) {
            i = utf8.index(after: i)
            guard utf8[i] >= UInt8(ascii: "0"), utf8[i] <= UInt8(ascii: "9") else { return false }
        }
        let unit = utf8[utf8.index(after: i)]
        return unit == UInt8(ascii: "h") || unit == UInt8(ascii: "m") || unit == UInt8(ascii: "s")
    }

    /// Selectors Kubernetes cannot turn into a label selector (ESO fails at reconcile).
    mutating func checkSelector(_ selector: LabelSelector?) {
        guard let selector else { return }
        for problem in selector.problems {
            warning("eso.labelSelector.invalid", problem.message, at: problem.path, selector.position,
                    hint: "In/NotIn need values; Exists/DoesNotExist take none")
        }
    }
}
