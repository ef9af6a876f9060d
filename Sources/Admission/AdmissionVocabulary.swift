import Documents

extension JSONVocabulary {
    /// The long names an AdmissionReview of an ESO object repeats: the review's envelope,
    /// Kubernetes' well-known groups and labels, and ESO's API group, versions, kinds and
    /// resources. The parser shares these instead of building each (see `JSONVocabulary`).
    public static let admissionReviews = JSONVocabulary(admissionReviewNames)

    static let admissionReviewNames = [
        "admission.k8s.io/v1", "admission.k8s.io/v1beta1",
        "system:authenticated", "system:unauthenticated", "system:serviceaccounts", "kubernetes-admin",
        "creationTimestamp", "app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
        "app.kubernetes.io/component", "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by",
        "external-secrets", "external-secrets.io", "external-secrets.io/v1", "external-secrets.io/v1beta1",
        "external-secrets.io/v1alpha1",
        "ClusterSecretStore", "clustersecretstores", "ClusterExternalSecret", "clusterexternalsecrets",
        "ClusterPushSecret", "clusterpushsecrets",
        "serviceAccountRef", "conversionStrategy", "decodingStrategy", "namespaceSelector", "namespaceSelectors",
        "externalSecretName", "externalSecretSpec", "externalSecretMetadata",
        "accessKeyIDSecretRef", "secretAccessKeySecretRef", "sessionTokenSecretRef",
    ]
}
