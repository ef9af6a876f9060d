import Documents

/// A reference from an ExternalSecret/PushSecret (or their cluster variants) to a store.
struct StoreReference: Sendable {
    /// SecretStore or ClusterSecretStore (ESO's default is SecretStore).
    var kind: String
    /// nil for PushSecret refs that select stores by label.
    var name: String?
    var location: Location
    var position: SourcePosition

    /// Where the reference sits; the field path is only spelled out when reported.
    enum Location: Sendable {
        case path(String)
        case specRef(base: String)
        case pushRef(base: String, index: Int)
        case entryRef(base: String, field: String, index: Int)
    }

    var path: String {
        switch location {
        case .path(let p): return p
        case .specRef(let base): return "\(base).secretStoreRef"
        case .pushRef(let base, let i): return "\(base).secretStoreRefs[\(i)]"
        case .entryRef(let base, let field, let i): return "\(base).\(field)[\(i)].sourceRef.storeRef"
        }
    }
}

/// Field access shared by the checks: where the ESO spec lives, which stores it uses.
/// Reads the document tree directly because checks must also judge objects the
/// typed model would reject (admission sees whatever a client sends).
enum ObjectAccess {
    /// The ExternalSecret/PushSecret spec inside an object, and its field path:
    /// cluster variants wrap it in `externalSecretSpec`/`pushSecretSpec`.
    static func secretSpec(_ object: Node, kind: String) -> (node: Node, path: String)? {
        secretSpec(spec: object.member("spec"), kind: kind)
    }

    /// `secretSpec` from the object's `spec` (`CheckContext.spec`).
    static func secretSpec(spec: Node?, kind: String) -> (node: Node, path: String)? {
        switch kind {
        case "ExternalSecret", "PushSecret":
            return spec.map { ($0, "spec") }
        case "ClusterExternalSecret":
            return spec?["externalSecretSpec"].map { ($0, "spec.externalSecretSpec") }
        case "ClusterPushSecret":
            return spec?["pushSecretSpec"].map { ($0, "spec.pushSecretSpec") }
        default:
            return nil
        }
    }

    static func isPush(_ kind: String) -> Bool { kind == "PushSecret" || kind == "ClusterPushSecret" }

    /// The store a `secretStoreRef`-shaped node names.
    static func reference(_ node: Node, path: String) -> StoreReference? {
        reference(node, at: .path(path))
    }

    static func reference(_ node: Node, at location: StoreReference.Location) -> StoreReference? {
        guard node.isObject else { return nil }
        return StoreReference(kind: node["kind"]?.string ?? "SecretStore", name: node["name"]?.string,
                              location: location, position: node.position)
    }

    /// Every store reference of an ExternalSecret/PushSecret-like object, with field paths.
    static func storeReferences(_ object: Node, kind: String) -> [StoreReference] {
        guard let (spec, base) = secretSpec(object, kind: kind) else { return [] }
        var refs: [StoreReference] = []
        if isPush(kind) {
            for (i, r) in (spec.member("secretStoreRefs")?.array ?? []).enumerated() {
                if let ref = reference(r, at: .pushRef(base: base, index: i)) { refs.append(ref) }
            }
            return refs
        }
        if let r = spec.member("secretStoreRef"), let ref = reference(r, at: .specRef(base: base)) { refs.append(ref) }
        for field in ["data", "dataFrom"] {
            for (i, entry) in (spec[field]?.array ?? []).enumerated() {
                if let r = entry.member("sourceRef")?["storeRef"],
                   let ref = reference(r, at: .entryRef(base: base, field: field, index: i)) { refs.append(ref) }
            }
        }
        return refs
    }

    /// The store an ExternalSecret `data`/`dataFrom` entry reads from: its own
    /// `sourceRef.storeRef`, else the spec's `secretStoreRef`.
    static func effectiveStore(entry: Node, spec: Node, entryPath: String, base: String) -> StoreReference? {
        if let r = entry.member("sourceRef")?["storeRef"] { return reference(r, path: "\(entryPath).sourceRef.storeRef") }
        if entry.member("sourceRef")?["generatorRef"] != nil { return nil }
        return spec.member("secretStoreRef").flatMap { reference($0, path: "\(base).secretStoreRef") }
    }

    /// A store's single provider: its key under `spec.provider` and its node.
    static func provider(_ store: Node) -> (name: String, node: Node)? {
        provider(spec: store.member("spec"))
    }

    /// `provider` from the store's `spec` (`CheckContext.spec`).
    static func provider(spec: Node?) -> (name: String, node: Node)? {
        guard let m = spec?["provider"]?.members?.first(where: { !$0.value.isNull }) else { return nil }
        return (m.key, m.value)
    }

    /// JSON Pointer (RFC 6901) token escaping.
    static func pointerToken(_ s: String) -> String {
        guard s.contains("~") || s.contains("/") else { return s }
        return s.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}
