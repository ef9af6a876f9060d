import Documents

/// The ExternalSecret rules of ESO's admission webhook (`externalsecret_validator.go`),
/// applied to ExternalSecrets and to ClusterExternalSecret's `externalSecretSpec`.
/// They read nodes directly and build views and paths only for findings: this runs
/// on every admission request.
extension RuleContext {
    static let serviceAccountTokenType = "kubernetes.io/service-account-token"
    static let bootstrapTokenType = "bootstrap.kubernetes.io/token"
    static let serviceAccountNameAnnotation = "kubernetes.io/service-account.name"

    mutating func checkExternalSecretSpec(_ spec: ExternalSecretSpec) {
        // The target view is built only when a target rule has something to look at.
        let targetNode = spec.node.value(forKey: "target").flatMap { $0.isObjectValue ? $0 : nil }
        let deletion = DeletionPolicy(rawValue: targetNode?.value(forKey: "deletionPolicy")?.string ?? "Retain")
        let data = spec.node.value(forKey: "data")?.array ?? []
        let dataFrom = spec.node.value(forKey: "dataFrom")?.array ?? []
        if deletion == .delete || deletion == .merge, let target = spec.target { checkPolicies(target) }
        if data.isEmpty, dataFrom.isEmpty {
            error("eso.data.empty", "either data or dataFrom should be specified", at: spec.path, spec.position,
                  hint: "add a spec.data entry or a spec.dataFrom entry")
        }
        if let template = targetNode?.value(forKey: "template"), !template.isNull, let target = spec.target {
            checkTemplate(target)
        }
        // The spec's path is rendered only for a finding (a ClusterExternalSecret's is a
        // pending location); the entries are passed where they lie.
        for i in dataFrom.indices { checkDataFrom(dataFrom[i], i, spec) }
        if data.count > 1, deletion == .retain { checkDuplicateKeys(data, spec) }
        if let interval = spec.node.value(forKey: "refreshInterval"),
           let problem = Self.durationProblem(interval, allowInteger: false) {
            error("eso.refreshInterval" + problem.suffix, problem.message, at: ESOPath.member(spec.path, "refreshInterval"),
                  interval.position, hint: problem.hint)
        }
    }

    mutating func checkClusterExternalSecret(_ spec: ClusterExternalSecretSpec) {
        if let es = spec.externalSecretSpec { checkExternalSecretSpec(es) }
        checkSelector(spec.namespaceSelector)
        for s in spec.namespaceSelectors { checkSelector(s) }
        checkDuration(spec.refreshTimeField, allowInteger: false, rule: "eso.refreshTime")
    }

    private mutating func checkPolicies(_ target: Target) {
        let creation = target.creationPolicy
        let deletion = target.deletionPolicy
        guard deletion == .delete || deletion == .merge else { return }
        let at = target.field("deletionPolicy")
        if deletion == .delete, creation == .merge || creation == .none {
            error("eso.target.deletionPolicy", "deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set creationPolicy=Owner",
                  at: at?.path ?? target.path, at?.position ?? target.position,
                  hint: "set creationPolicy: Owner, or deletionPolicy: Retain")
        }
        if deletion == .merge, creation == .none {
            error("eso.target.deletionPolicy", "deletionPolicy=Merge must not be used with creationPolicy=None. There is no Secret to merge with",
                  at: at?.path ?? target.path, at?.position ?? target.position,
                  hint: "set deletionPolicy: Retain, or a creationPolicy that writes the Secret")
        }
    }

    private mutating func checkDataFrom(_ node: Node, _ index: Int, _ spec: ExternalSecretSpec) {
        func has(_ n: Node, _ key: String) -> Bool { n.value(forKey: key).map { !$0.isNull } ?? false }
        let extract = has(node, "extract")
        let find = has(node, "find")
        let sourceRef = node.value(forKey: "sourceRef").flatMap { $0.isNull ? nil : $0 }
        let generator = sourceRef.map { has($0, "generatorRef") } ?? false
        var path: String { ESOPath.index(ESOPath.member(spec.path, "dataFrom"), index) }
        if (extract ? 1 : 0) + (find ? 1 : 0) + (generator ? 1 : 0) > 1 {
            error("eso.dataFrom.exclusive", "extract, find, or generatorRef cannot be set at the same time",
                  at: path, node.position, hint: "split them into separate dataFrom entries")
        }
        if !extract, !find, sourceRef == nil {
            error("eso.dataFrom.empty", "either extract, find, or sourceRef must be set to dataFrom",
                  at: path, node.position, hint: "add extract: {key: ...} or find: {...}")
        }
        if let sourceRef, !generator, !has(sourceRef, "storeRef") {
            error("eso.dataFrom.sourceRef", "generatorRef or storeRef must be set when using sourceRef in dataFrom",
                  at: ESOPath.member(path, "sourceRef"), sourceRef.position,
                  hint: "set sourceRef.storeRef or sourceRef.generatorRef")
        }
    }

    private mutating func checkTemplate(_ target: Target) {
        guard let template = target.template else { return }
        let type = template.type
        if type == Self.bootstrapTokenType {
            let at = template.field("type")
            error("eso.template.type", "template.type=\"\(Self.bootstrapTokenType)\" is not allowed",
                  at: at?.path ?? template.path, at?.position ?? template.position,
                  hint: "bootstrap tokens grant cluster join rights: create them outside ESO")
        }
        let templateFrom = template.templateFrom
        if type == Self.serviceAccountTokenType {
            if let annotations = template.metadata?.child("annotations", as: ObjectView.self),
               let at = annotations.field(Self.serviceAccountNameAnnotation) {
                error("eso.template.serviceAccountToken",
                      "template.type=\"\(Self.serviceAccountTokenType)\" with annotation \"\(Self.serviceAccountNameAnnotation)\" is not allowed",
                      at: ESOPath.key(annotations.path, Self.serviceAccountNameAnnotation), at.position,
                      hint: "a Secret of this type mints a long-lived token for any service account; remove the annotation")
            }
            for from in templateFrom where from.target.lowercased() == "annotations" {
                let at = from.field("target")
                error("eso.template.serviceAccountToken",
                      "template.type=\"\(Self.serviceAccountTokenType)\" with templateFrom target=\"Annotations\" is not allowed",
                      at: at?.path ?? from.path, at?.position ?? from.position,
                      hint: "templated annotations could name any service account; use target Data")
            }
        }
        // For Secret targets only Data, Annotations and Labels are writable (the CRD says
        // any other value is rejected because it would reach privileged Secret fields).
        if !target.has("manifest") {
            for from in templateFrom {
                guard let at = from.field("target"), let value = at.node.string else { continue }
                switch value.lowercased() {
                case "", "data", "annotations", "labels":
                    continue
                default:
                    error("eso.templateFrom.target",
                          "templateFrom target \"\(value)\" is not allowed for a Secret target",
                          at: at.path, at.position, hint: "use Data, Annotations or Labels")
                }
            }
        }
    }

    private mutating func checkDuplicateKeys(_ data: [Node], _ spec: ExternalSecretSpec) {
        // A few entries are cheaper to compare pairwise than to hash.
        var seen: Set<String> = []
        for (i, entry) in data.enumerated() {
            guard let keyNode = entry.value(forKey: "secretKey"), let key = keyNode.string else { continue }
            let duplicate: Bool
            if data.count <= 16 {
                duplicate = data[..<i].contains { $0.value(forKey: "secretKey")?.string == key }
            } else {
                duplicate = !seen.insert(key).inserted
            }
            if duplicate {
                error("eso.data.duplicateKey", "duplicate secretKey found: \(key)",
                      at: ESOPath.member(ESOPath.index(ESOPath.member(spec.path, "data"), i), "secretKey"),
                      keyNode.position, hint: "each data entry must write a different key of the target Secret")
            }
        }
    }
}
