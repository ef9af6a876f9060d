import Documents

/// The ExternalSecret rules of ESO's admission webhook (`externalsecret_validator.go`),
/// applied to ExternalSecrets and to ClusterExternalSecret's `externalSecretSpec`.
extension RuleContext {
    static let serviceAccountTokenType = "kubernetes.io/service-account-token"
    static let bootstrapTokenType = "bootstrap.kubernetes.io/token"
    static let serviceAccountNameAnnotation = "kubernetes.io/service-account.name"

    mutating func checkExternalSecretSpec(_ spec: ExternalSecretSpec) {
        checkPolicies(spec)
        if spec.data.isEmpty, spec.dataFrom.isEmpty {
            error("eso.data.empty", "either data or dataFrom should be specified", at: spec.path, spec.position,
                  hint: "add a spec.data entry or a spec.dataFrom entry")
        }
        checkTemplate(spec.target)
        for entry in spec.dataFrom { checkDataFrom(entry) }
        checkDuplicateKeys(spec)
        checkDuration(spec.refreshIntervalField, allowInteger: false)
    }

    mutating func checkClusterExternalSecret(_ spec: ClusterExternalSecretSpec) {
        if let es = spec.externalSecretSpec { checkExternalSecretSpec(es) }
        checkSelector(spec.namespaceSelector)
        for s in spec.namespaceSelectors { checkSelector(s) }
        checkDuration(spec.refreshTimeField, allowInteger: false, rule: "eso.refreshTime")
    }

    private mutating func checkPolicies(_ spec: ExternalSecretSpec) {
        guard let target = spec.target else { return }
        let creation = target.creationPolicy
        let deletion = target.deletionPolicy
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

    private mutating func checkDataFrom(_ entry: DataFromSource) {
        let extract = entry.has("extract")
        let find = entry.has("find")
        let source = entry.has("sourceRef")
        let generator = entry.sourceRef?.has("generatorRef") ?? false
        if [extract, find, generator].filter({ $0 }).count > 1 {
            error("eso.dataFrom.exclusive", "extract, find, or generatorRef cannot be set at the same time",
                  at: entry.path, entry.position, hint: "split them into separate dataFrom entries")
        }
        if !extract, !find, !source {
            error("eso.dataFrom.empty", "either extract, find, or sourceRef must be set to dataFrom",
                  at: entry.path, entry.position, hint: "add extract: {key: ...} or find: {...}")
        }
        if let ref = entry.sourceRef, !ref.has("generatorRef"), !ref.has("storeRef") {
            error("eso.dataFrom.sourceRef", "generatorRef or storeRef must be set when using sourceRef in dataFrom",
                  at: ref.path, ref.position, hint: "set sourceRef.storeRef or sourceRef.generatorRef")
        }
    }

    private mutating func checkTemplate(_ target: Target?) {
        guard let template = target?.template else { return }
        let type = template.type
        if type == Self.bootstrapTokenType {
            let at = template.field("type")
            error("eso.template.type", "template.type=\"\(Self.bootstrapTokenType)\" is not allowed",
                  at: at?.path ?? template.path, at?.position ?? template.position,
                  hint: "bootstrap tokens grant cluster join rights: create them outside ESO")
        }
        if type == Self.serviceAccountTokenType {
            if let annotations = template.metadata?.child("annotations", as: ObjectView.self),
               let at = annotations.field(Self.serviceAccountNameAnnotation) {
                error("eso.template.serviceAccountToken",
                      "template.type=\"\(Self.serviceAccountTokenType)\" with annotation \"\(Self.serviceAccountNameAnnotation)\" is not allowed",
                      at: ESOPath.key(annotations.path, Self.serviceAccountNameAnnotation), at.position,
                      hint: "a Secret of this type mints a long-lived token for any service account; remove the annotation")
            }
            for from in template.templateFrom where from.target.lowercased() == "annotations" {
                let at = from.field("target")
                error("eso.template.serviceAccountToken",
                      "template.type=\"\(Self.serviceAccountTokenType)\" with templateFrom target=\"Annotations\" is not allowed",
                      at: at?.path ?? from.path, at?.position ?? from.position,
                      hint: "templated annotations could name any service account; use target Data")
            }
        }
        // For Secret targets only Data, Annotations and Labels are writable (the CRD says
        // any other value is rejected because it would reach privileged Secret fields).
        if target?.manifest == nil {
            for from in template.templateFrom {
                guard let at = from.field("target"), let value = at.node.string else { continue }
                let allowed = ["", "data", "annotations", "labels"]
                if !allowed.contains(value.lowercased()) {
                    error("eso.templateFrom.target",
                          "templateFrom target \"\(value)\" is not allowed for a Secret target",
                          at: at.path, at.position, hint: "use Data, Annotations or Labels")
                }
            }
        }
    }

    private mutating func checkDuplicateKeys(_ spec: ExternalSecretSpec) {
        guard (spec.target?.deletionPolicy ?? .retain) == .retain else { return }
        var seen: Set<String> = []
        for entry in spec.data {
            guard let key = entry.secretKey else { continue }
            if !seen.insert(key).inserted {
                let at = entry.field("secretKey")
                error("eso.data.duplicateKey", "duplicate secretKey found: \(key)",
                      at: at?.path ?? entry.path, at?.position ?? entry.position,
                      hint: "each data entry must write a different key of the target Secret")
            }
        }
    }
}
