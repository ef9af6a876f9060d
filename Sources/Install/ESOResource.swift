/// One ESO custom resource the webhook guards, and the API versions a cluster
/// may serve it in. ESO 2.x serves v1 and keeps v1beta1 in its CRDs (served on
/// clusters still running older ESO); the push kinds are v1alpha1.
public struct ESOResource: Sendable, Hashable {
    public var kind: String
    public var plural: String
    public var versions: [String]
    public var namespaced: Bool

    public init(kind: String, plural: String, versions: [String], namespaced: Bool) {
        self.kind = kind
        self.plural = plural
        self.versions = versions
        self.namespaced = namespaced
    }

    public static let group = "external-secrets.io"

    /// The six kinds, in the order rules list them.
    public static let all: [ESOResource] = [
        ESOResource(kind: "ExternalSecret", plural: "externalsecrets", versions: ["v1", "v1beta1"], namespaced: true),
        ESOResource(kind: "ClusterExternalSecret", plural: "clusterexternalsecrets", versions: ["v1", "v1beta1"], namespaced: false),
        ESOResource(kind: "SecretStore", plural: "secretstores", versions: ["v1", "v1beta1"], namespaced: true),
        ESOResource(kind: "ClusterSecretStore", plural: "clustersecretstores", versions: ["v1", "v1beta1"], namespaced: false),
        ESOResource(kind: "PushSecret", plural: "pushsecrets", versions: ["v1alpha1"], namespaced: true),
        ESOResource(kind: "ClusterPushSecret", plural: "clusterpushsecrets", versions: ["v1alpha1"], namespaced: false),
    ]
}
