import Documents
import ESO
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
    /// What one review may make the parser build. The tree holds some 100 bytes per value, so
    /// a 3 MiB body of tiny values (`{"k1":[1],…}`) took 65 MiB to judge, and two at once on
    /// two loops would pass the Deployment's 128 MiB limit. 200,000 values is some 15 times
    /// the largest ExternalSecret seen in practice (1,000 data entries, object and oldObject)
    /// and bounds a review at about 20 MiB.
    public static let limits = DocumentLimits(maxNodes: 200_000)

    /// Decodes an AdmissionReview body, or explains what is wrong with it.
    public static func decode(_ body: [UInt8], limits: DocumentLimits = Self.limits) throws(AdmissionReviewError) -> AdmissionRequest {
        let root: Node
        do {
            root = try JSONParser.parse(body, source: "request", limits: limits, omitting: unread,
                                      vocabulary: .admissionReviews)
        } catch {
            throw AdmissionReviewError("cannot read the request body as an AdmissionReview: \(error)")
        }
        guard let rootMembers = root.members else { throw AdmissionReviewError("AdmissionReview must be a JSON object, not \(root.typeNameWithArticle)") }
        // One pass over each object instead of a lookup per field; the first of duplicate
        // keys wins, as with `Node`'s subscript. Members are read in place by index and
        // remembered by index: copying each would retain and release its key and value.
        var apiVersionAt: Int?, kindAt: Int?, requestAt: Int?
        for i in rootMembers.indices {
            switch rootMembers[i].key {
            case "apiVersion": if apiVersionAt == nil { apiVersionAt = i }
            case "kind": if kindAt == nil { kindAt = i }
            case "request": if requestAt == nil { requestAt = i }
            default: break
            }
        }
        guard let apiVersionAt, let apiVersion = rootMembers[apiVersionAt].value.string else {
            throw AdmissionReviewError("AdmissionReview has no apiVersion (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        }
        guard apiVersion == "admission.k8s.io/v1" || apiVersion == "admission.k8s.io/v1beta1" else {
            throw AdmissionReviewError("AdmissionReview apiVersion \(quotedExcerpt(apiVersion)) is not supported (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        }
        let reviewKind = kindAt.flatMap { rootMembers[$0].value.string }
        guard reviewKind == "AdmissionReview" else {
            throw AdmissionReviewError("kind must be AdmissionReview, not \(reviewKind.map { quotedExcerpt($0) } ?? "missing")")
        }
        guard let requestAt, case .object(let requestMembers) = rootMembers[requestAt].value.value else {
            throw AdmissionReviewError("AdmissionReview has no request object")
        }
        var fields = RequestFields()
        for i in requestMembers.indices { fields.take(requestMembers[i].key, at: i) }
        func value(_ index: Int?) -> Node? { index.map { requestMembers[$0].value } }
        guard let uid = value(fields.uid)?.string, !uid.isEmpty else {
            if let odd = value(fields.uid), !odd.isNull, odd.string == nil {
                throw AdmissionReviewError("request.uid must be a string, not \(odd.typeNameWithArticle)")
            }
            throw AdmissionReviewError("AdmissionReview request has no uid")
        }
        let operationText = value(fields.operation)?.string ?? ""
        var object = value(fields.object)
        var oldObject = value(fields.oldObject)
        if object?.isNull == true { object = nil }
        if oldObject?.isNull == true { oldObject = nil }
        if let object, !object.isObject { throw AdmissionReviewError("request.object must be an object, not \(object.typeNameWithArticle)") }
        if let oldObject, !oldObject.isObject { throw AdmissionReviewError("request.oldObject must be an object, not \(oldObject.typeNameWithArticle)") }
        let operation = Operation(rawValue: operationText)
        if operation == .create || operation == .update, object == nil {
            throw AdmissionReviewError("request.object is required for \(operationText)")
        }
        var group = "", version = "", kind = ""
        if let at = fields.kind, case .object(let members) = requestMembers[at].value.value {
            var seen = (group: false, version: false, kind: false)
            for i in members.indices {
                switch members[i].key {
                case "group": if !seen.group { seen.group = true; group = members[i].value.string ?? "" }
                case "version": if !seen.version { seen.version = true; version = members[i].value.string ?? "" }
                case "kind": if !seen.kind { seen.kind = true; kind = members[i].value.string ?? "" }
                default: break
                }
            }
        }
        var username = "", groups: [String] = []
        if let at = fields.userInfo, case .object(let members) = requestMembers[at].value.value {
            var seen = (username: false, groups: false)
            for i in members.indices {
                switch members[i].key {
                case "username": if !seen.username { seen.username = true; username = members[i].value.string ?? "" }
                case "groups":
                    if !seen.groups, case .array(let items) = members[i].value.value {
                        groups.reserveCapacity(items.count)
                        for j in items.indices {
                            if case .string(let s) = items[j].value { groups.append(s) }
                        }
                    }
                    seen.groups = true
                default: break
                }
            }
        }
        return AdmissionRequest(
            apiVersion: apiVersion, uid: uid, group: group, version: version, kind: kind,
            name: value(fields.name)?.string ?? "", namespace: value(fields.namespace)?.string.flatMap { $0.isEmpty ? nil : $0 },
            operation: operation, operationText: operationText,
            userInfo: UserInfo(username: username, groups: groups),
            object: object, oldObject: oldObject, dryRun: value(fields.dryRun)?.bool ?? false)
    }

    /// The members of a review that decode never reads: checked as JSON, but not built
    /// into nodes only to be freed (a third of the parse of a typical review).
    static let unread = JSONOmissions(within: [
        "request": JSONOmissions(omit: ["resource", "subResource", "requestKind", "requestResource",
                                        "requestSubResource", "options"],
                                 within: ["userInfo": JSONOmissions(omit: ["uid", "extra"])]),
    ])

    /// Where in `request` the members decode reads are, first occurrence of each.
    private struct RequestFields {
        var uid, kind, name, namespace, operation, userInfo, object, oldObject, dryRun: Int?

        mutating func take(_ key: String, at i: Int) {
            // Dispatch on the key's length first: most keys then need one comparison at most.
            switch key.utf8.count {
            case 3: if key == "uid", uid == nil { uid = i }
            case 4:
                if key == "kind" { if kind == nil { kind = i } }
                else if key == "name", name == nil { name = i }
            case 6:
                if key == "object" { if object == nil { object = i } }
                else if key == "dryRun", dryRun == nil { dryRun = i }
            case 8: if key == "userInfo", userInfo == nil { userInfo = i }
            case 9:
                if key == "namespace" { if namespace == nil { namespace = i } }
                else if key == "operation" { if operation == nil { operation = i } }
                else if key == "oldObject", oldObject == nil { oldObject = i }
            default: break
            }
        }
    }

    /// True for the ESO kinds esoguard judges (group external-secrets.io).
    public var isESOKind: Bool { esoKind != nil }

    /// `request.kind` as an ESO kind esoguard judges (group external-secrets.io), else nil.
    public var esoKind: ESOKind? {
        group == "external-secrets.io" ? ESOKind(named: kind) : nil
    }
}
