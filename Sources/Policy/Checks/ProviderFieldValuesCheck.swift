import Documents
import ESO

/// `providerFieldValues`: security-relevant provider fields must take approved values —
/// the AWS roles a store may assume and its regions, the Vault and Kubernetes API servers
/// it may talk to, and whether it may bring its own CA (a custom CA lets a store trust a
/// server impersonating the real one). Each list holds globs; an absent list is not checked.
public struct ProviderFieldValuesCheck: Check {
    public static let name = "providerFieldValues"
    public static let kinds: Set<String> = ESOKinds.stores

    var awsRoles: [Glob]?
    var awsRegions: [Glob]?
    var vaultServers: [Glob]?
    var kubernetesServers: [Glob]?
    var allowCustomCA: Bool

    public init(_ p: inout Parameters) throws {
        awsRoles = try p.globs("awsRoles")
        awsRegions = try p.globs("awsRegions")
        vaultServers = try p.globs("vaultServers")
        kubernetesServers = try p.globs("kubernetesServers")
        allowCustomCA = try p.bool("allowCustomCA") ?? true
    }

    public func check(_ c: CheckContext) -> Violations {
        guard let providerNode = c.object["spec"]?["provider"] else { return [] }
        let provider = StoreProvider(node: providerNode, path: "spec.provider")
        var out = Violations()
        func require(_ value: String?, _ allowed: [Glob]?, _ field: Field?, what: String) {
            guard let value, let allowed, let field, !allowed.anyMatches(value) else { return }
            out.append(Violation("\(what) \"\(value)\" is not allowed by policy",
                                 path: field.path, at: field.position,
                                 hint: "use one of: \(allowed.map(\.pattern).joined(separator: ", "))"))
        }
        if let aws = provider.child("aws", as: AWSProvider.self) {
            require(aws.role, awsRoles, aws.field("role"), what: "AWS role")
            for (i, r) in aws.additionalRoles.enumerated() {
                require(r, awsRoles, Field(node: aws.node["additionalRoles"]?[i] ?? aws.node, path: "\(aws.path).additionalRoles[\(i)]"), what: "AWS role")
            }
            require(aws.region, awsRegions, aws.field("region"), what: "AWS region")
        }
        if let vault = provider.child("vault", as: VaultProvider.self) {
            require(vault.server, vaultServers, vault.field("server"), what: "Vault server")
        }
        if let k8s = provider.child("kubernetes", as: KubernetesProvider.self) {
            let urlField = k8s.server?.field("url")
            require(urlField?.node.string ?? k8s.serverURL, kubernetesServers,
                    urlField ?? Field(node: k8s.node, path: "\(k8s.path).server.url"), what: "Kubernetes server")
        }
        if !allowCustomCA {
            for (field, node) in customCAFields(providerNode, path: "spec.provider") {
                out.append(Violation("\(field) sets a custom CA; policy requires the system trust store",
                                     path: field, at: node.position,
                                     hint: "remove \(field.split(separator: ".").last.map(String.init) ?? "it") and use a server certificate from a trusted CA"))
            }
        }
        return out
    }

    /// Every `caBundle`/`caProvider` under the provider, at any depth.
    private func customCAFields(_ node: Node, path: String) -> [(String, Node)] {
        var out: [(String, Node)] = []
        for m in node.members ?? [] {
            let p = "\(path).\(m.key)"
            if (m.key == "caBundle" || m.key == "caProvider") && !m.value.isNull {
                out.append((p, m.value))
            } else if m.value.isObject {
                out += customCAFields(m.value, path: p)
            }
        }
        return out
    }
}
