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
        guard root.isObject else { throw AdmissionReviewError("AdmissionReview must be a JSON object, not \(root.typeName)") }
        guard let apiVersion = root["apiVersion"]?.string else {
            throw AdmissionReviewError("AdmissionReview has no apiVersion (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        }
        guard supportedVersions.contains(apiVersion) else {
            throw AdmissionReviewError("AdmissionReview apiVersion \"\(apiVersion)\" is not supported (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        }
        guard root["kind"]?.string == "AdmissionReview" else {
            throw AdmissionReviewError("kind must be AdmissionReview, not \(root["kind"]?.string.map { "\"\($0)\"" } ?? "missing")")
        }
        guard let request = root["request"], request.isObject else {
            throw AdmissionReviewError("AdmissionReview has no request object")
        }
        guard let uid = request["uid"]?.string, !uid.isEmpty else {
            throw AdmissionReviewError("AdmissionReview request has no uid")
        }
        let kind = request["kind"]
        let operationText = request["operation"]?.string ?? ""
        var object = request["object"]
        var oldObject = request["oldObject"]
        if object?.isNull == true { object = nil }
        if oldObject?.isNull == true { oldObject = nil }
        if let object, !object.isObject { throw AdmissionReviewError("request.object must be an object, not \(object.typeName)") }
        if let oldObject, !oldObject.isObject { throw AdmissionReviewError("request.oldObject must be an object, not \(oldObject.typeName)") }
        let operation = Operation(rawValue: operationText)
        if operation == .create || operation == .update, object == nil {
            throw AdmissionReviewError("request.object is required for \(operationText)")
        }
        let user = request["userInfo"]
        return AdmissionRequest(
            apiVersion: apiVersion, uid: uid,
            group: kind?["group"]?.string ?? "", version: kind?["version"]?.string ?? "", kind: kind?["kind"]?.string ?? "",
            name: request["name"]?.string ?? "", namespace: request["namespace"]?.string.flatMap { $0.isEmpty ? nil : $0 },
            operation: operation, operationText: operationText,
            userInfo: UserInfo(username: user?["username"]?.string ?? "", groups: (user?["groups"]?.array ?? []).compactMap(\.string)),
            object: object, oldObject: oldObject, dryRun: request["dryRun"]?.bool ?? false)
    }

    /// True for the ESO kinds esoguard judges (group external-secrets.io).
    public var isESOKind: Bool {
        group == "external-secrets.io" && ESOKinds.all.contains(kind)
    }
}
