import Testing
import Admission
import Documents

/// `AdmissionRequest.decode` reads each object of the review in one pass, by index:
/// the fields it takes, the defaults for missing or mistyped ones, and its errors.
@Suite struct AdmissionRequestDecodeTests {
    func decode(_ request: String, apiVersion: String = "\"admission.k8s.io/v1\"",
                kind: String = "\"AdmissionReview\"") throws(AdmissionReviewError) -> AdmissionRequest {
        try AdmissionRequest.decode(Array("{\"apiVersion\":\(apiVersion),\"kind\":\(kind),\"request\":\(request)}".utf8))
    }

    func message(_ body: String) -> String? {
        do { _ = try AdmissionRequest.decode(Array(body.utf8)); return nil } catch { return error.message }
    }

    /// A review may build at most AdmissionRequest.limits.maxNodes values (its memory bound):
    /// far more than real ESO objects hold, far fewer than 3 MiB of `0,` would make.
    @Test func theNodeLimitBoundsAReview() throws {
        func review(values: Int) -> [UInt8] {
            Array(("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\","
                   + "\"object\":{\"spec\":{\"data\":[" + Array(repeating: "0", count: values).joined(separator: ",") + "]}}}}").utf8)
        }
        let limit = AdmissionRequest.limits.maxNodes
        #expect(limit == 200_000)
        #expect(try AdmissionRequest.decode(review(values: limit - 100)).object?[path: "spec", "data"]?.array?.count == limit - 100)
        let error = try #require(throws: AdmissionReviewError.self) { try AdmissionRequest.decode(review(values: limit)) }
        #expect(error.message.contains("more than 200000 values (maxNodes)"), "\(error.message)")
    }

    @Test func takesEveryField() throws {
        let r = try decode("""
            {"x":1,"uid":"u-1","kind":{"kind":"ExternalSecret","extra":[],"group":"external-secrets.io","version":"v1"},\
            "name":"db","namespace":"team-a","operation":"UPDATE","userInfo":{"groups":["a",1,"b",null],"username":"alice"},\
            "object":{"a":1},"oldObject":{"b":2},"dryRun":true}
            """)
        #expect(r.uid == "u-1")
        #expect((r.group, r.version, r.kind) == ("external-secrets.io", "v1", "ExternalSecret"))
        #expect((r.name, r.namespace, r.operationText) == ("db", "team-a", "UPDATE"))
        #expect(r.operation == .update)
        #expect(r.userInfo.username == "alice")
        #expect(r.userInfo.groups == ["a", "b"])
        #expect(r.object?["a"]?.int == 1)
        #expect(r.oldObject?["b"]?.int == 2)
        #expect(r.dryRun)
        #expect(r.apiVersion == "admission.k8s.io/v1")
    }

    @Test func missingOrMistypedFieldsTakeDefaults() throws {
        let r = try decode("""
            {"uid":"u","kind":{"group":1,"version":null,"kind":["x"]},"namespace":"","operation":"DELETE",\
            "userInfo":{"username":7,"groups":"g"},"object":null,"dryRun":"yes"}
            """)
        #expect((r.group, r.version, r.kind) == ("", "", ""))
        #expect(r.namespace == nil)
        #expect(r.name == "")
        #expect(r.userInfo.username == "")
        #expect(r.userInfo.groups.isEmpty)
        #expect(r.object == nil && r.oldObject == nil)
        #expect(!r.dryRun)
        let bare = try decode("{\"uid\":\"u\",\"kind\":\"Pod\",\"userInfo\":[1],\"operation\":\"PATCH\"}")
        #expect((bare.group, bare.version, bare.kind) == ("", "", ""))
        #expect(bare.userInfo.username == "" && bare.userInfo.groups.isEmpty)
        #expect(bare.operation == nil)
        #expect(bare.operationText == "PATCH")
    }

    @Test func errors() {
        #expect(message("[1]") == "AdmissionReview must be a JSON object, not an array")
        #expect(message("{\"kind\":\"AdmissionReview\"}")
            == "AdmissionReview has no apiVersion (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        #expect(message("{\"apiVersion\":1}")
            == "AdmissionReview has no apiVersion (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        #expect(message("{\"apiVersion\":\"v2\"}")
            == "AdmissionReview apiVersion \"v2\" is not supported (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        // Values quoted from the review are cut: the message goes to the log and the answer.
        let long = String(repeating: "v", count: 3_000_000)
        #expect(message("{\"apiVersion\":\"\(long)\"}")
            == "AdmissionReview apiVersion \"\(long.prefix(64))…\" (3000000 bytes) is not supported (expected admission.k8s.io/v1 or admission.k8s.io/v1beta1)")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"\(long)\"}")
            == "kind must be AdmissionReview, not \"\(long.prefix(64))…\" (3000000 bytes)")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1beta1\"}") == "kind must be AdmissionReview, not missing")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"Review\"}") == "kind must be AdmissionReview, not \"Review\"")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":[]}")
            == "AdmissionReview has no request object")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"\"}}")
            == "AdmissionReview request has no uid")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":42}}")
            == "request.uid must be a string, not a number")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":[\"u\"]}}")
            == "request.uid must be a string, not an array")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"object\":3}}")
            == "request.object must be an object, not a number")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"oldObject\":\"x\"}}")
            == "request.oldObject must be an object, not a string")
        #expect(message("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"operation\":\"CREATE\"}}")
            == "request.object is required for CREATE")
    }

    /// The members decode never reads (request.resource, requestKind, options, …) are left
    /// out of the parse but still checked as JSON.
    @Test func unreadMembersAreCheckedNotBuilt() throws {
        let r = try decode("""
            {"uid":"u","resource":[1,{"x":null}],"requestKind":{"kind":"Secret"},"requestResource":"?",\
            "subResource":"status","requestSubResource":7,"options":{"a":{"a":{}}},\
            "kind":{"group":"external-secrets.io","version":"v1","kind":"ExternalSecret"},\
            "userInfo":{"username":"bob","uid":"9","extra":{"k":["v"]},"groups":["g"]},"operation":"DELETE"}
            """)
        // requestKind does not stand in for kind, and userInfo keeps what decode reads.
        #expect(r.kind == "ExternalSecret")
        #expect((r.userInfo.username, r.userInfo.groups) == ("bob", ["g"]))
        #expect(r.operation == .delete)
        #expect(message(#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","options":{"a":1,}}}"#)?
            .hasPrefix("cannot read the request body as an AdmissionReview: request:1:") == true)
        #expect(message(#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"options":1,"uid":"u","options":2}}"#)?
            .contains(#"duplicate key "options""#) == true)
    }
}
