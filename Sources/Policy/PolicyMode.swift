/// What a rule's finding does at admission, like Pod Security's enforce/warn/audit.
public enum PolicyMode: String, Sendable, Hashable, CaseIterable {
    /// Deny the request (HTTP 403 in the AdmissionReview).
    case enforce
    /// Allow, and send the finding back as a warning the client prints.
    case warn
    /// Allow silently; record the finding in audit annotations and metrics.
    case audit
}

/// The admission operation, with Kubernetes' spelling.
public enum Operation: String, Sendable, Hashable, CaseIterable {
    case create = "CREATE"
    case update = "UPDATE"
    case delete = "DELETE"
    case connect = "CONNECT"
}

/// Who sent the request (AdmissionReview `request.userInfo`).
public struct UserInfo: Sendable, Hashable {
    public var username: String
    public var groups: [String]

    public init(username: String = "", groups: [String] = []) {
        self.username = username
        self.groups = groups
    }
}
