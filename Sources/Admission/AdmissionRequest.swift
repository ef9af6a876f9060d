import Documents
import Policy

/// The parts of an AdmissionReview request esoguard uses (admission.k8s.io v1 and v1beta1
/// have the same shape for these fields).
public struct AdmissionRequest: Sendable {
    /// The review's `apiVersion`, echoed in the response.
    public var apiVersion: String
    public var uid: String
    /// `request.kind`: the object's group, version and kind.
    public var group: String
    public var version: String
    public var kind: String
    public var name: String
    public var namespace: String?
    /// nil for an operation name we do not know (it is then allowed untouched).
    public var operation: Operation?
    public var operationText: String
    public var userInfo: UserInfo
    public var object: Node?
    public var oldObject: Node?
    public var dryRun: Bool

    public static let supportedVersions = ["admission.k8s.io/v1", "admission.k8s.io/v1beta1"]
}

/// Why a request body is not a usable AdmissionReview: answered with HTTP 400.
public struct AdmissionReviewError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension AdmissionRequest {
    /// Decodes an AdmissionReview body, or explains what is wrong with it.
    public static func decode(_ body: [UInt8], limits: DocumentLimits = .default) throws(AdmissionReviewError) -> AdmissionRequest {
        let root: Node
        do {
            root = try JSONParser.parse(body, source: "request", limits: limits)
        } catch {
            throw AdmissionReviewError("request body is not valid JSON: \(error)")
        }
        guard let rootMembers = root.members else { throw AdmissionReviewError("AdmissionReview must be a JSON object, not \(root.typeName)") }
        // One pass over each object instead of a lookup per field; the first of duplicate
        // keys wins, as with `Node`'s subscript.
        var apiVersionNode: Node?, kindNode: Node?, requestNode: Node?
        for m in rootMembers {
            switch m.key {
            case "apiVersion": if apiVersionNode == nil { apiVersionNode = m.value }
            case "kind": if kindNode == nil { kindNode = m.value }
            case "request": if requestNode == nil { requestNode = m.value }
            default: break
            }
        }
        guard let apiVersion = apiVersionNode?.string else {
            throw AdmissionReviewError("AdmissionReview has no apiVersion (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        }
        guard apiVersion == "admission.k8s.io/v1" || apiVersion == "admission.k8s.io/v1beta1" else {
            throw AdmissionReviewError("AdmissionReview apiVersion \"\(apiVersion)\" is not supported (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        }
        guard kindNode?.string == "AdmissionReview" else {
            throw AdmissionReviewError("kind must be AdmissionReview, not \(kindNode?.string.map { "\"\($0)\"" } ?? "missing")")
        }
        guard let requestMembers = requestNode?.members else {
            throw AdmissionReviewError("AdmissionReview has no request object")
        }
        var fields = RequestFields()
        for m in requestMembers { fields.take(m) }
        guard let uid = fields.uid?.string, !uid.isEmpty else {
            throw AdmissionReviewError("AdmissionReview request has no uid")
        }
        let kind = fields.kind
        let operationText = fields.operation?.string ?? ""
        var object = fields.object
        var oldObject = fields.oldObject
        if object?.isNull == true { object = nil }
        if oldObject?.isNull == true { oldObject = nil }
        if let object, !object.isObject { throw AdmissionReviewError("request.object must be an object, not \(object.typeName)") }
        if let oldObject, !oldObject.isObject { throw AdmissionReviewError("request.oldObject must be an object, not \(oldObject.typeName)") }
        let operation = Operation(rawValue: operationText)
        if operation == .create || operation == .update, object == nil {
            throw AdmissionReviewError("request.object is required for \(operationText)")
        }
        let user = fields.userInfo
        let groupNodes = user?["groups"]?.array ?? []
        var groups: [String] = []
        groups.reserveCapacity(groupNodes.count)
        for g in groupNodes {
            if let s = g.string { groups.append(s) }
        }
        return AdmissionRequest(
            apiVersion: apiVersion, uid: uid,
            group: kind?["group"]?.string ?? "", version: kind?["version"]?.string ?? "", kind: kind?["kind"]?.string ?? "",
            name: fields.name?.string ?? "", namespace: fields.namespace?.string.flatMap { $0.isEmpty ? nil : $0 },
            operation: operation, operationText: operationText,
            userInfo: UserInfo(username: user?["username"]?.string ?? "", groups: groups),
            object: object, oldObject: oldObject, dryRun: fields.dryRun?.bool ?? false)
    }

    /// The `request` members decode reads, first occurrence of each.
    private struct RequestFields {
        var uid, kind, name, namespace, operation, userInfo, object, oldObject, dryRun: Node?

        mutating func take(_ m: Member) {
            // Dispatch on the key's length first: most keys then need one comparison at most.
            switch m.key.utf8.count {
            case 3: if m.key == "uid", uid == nil { uid = m.value }
            case 4:
                if m.key == "kind" { if kind == nil { kind = m.value } }
                else if m.key == "name", name == nil { name = m.value }
            case 6:
                if m.key == "object" { if object == nil { object = m.value } }
                else if m.key == "dryRun", dryRun == nil { dryRun = m.value }
            case 8: if m.key == "userInfo", userInfo == nil { userInfo = m.value }
            case 9:
                if m.key == "namespace" { if namespace == nil { namespace = m.value } }
                else if m.key == "operation" { if operation == nil { operation = m.value } }
                else if m.key == "oldObject", oldObject == nil { oldObject = m.value }
            default: break
            }
        }
    }

    /// True for the ESO kinds esoguard judges (group external-secrets.io).
    public var isESOKind: Bool {
        group == "external-secrets.io" && ESOKinds.isKnown(kind)
    }
}
