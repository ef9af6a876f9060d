import Admission
import Documents
import Foundation
import Policy
import Testing

/// An AdmissionReview JSON body around `object` (JSON text).
func reviewBody(apiVersion: String = "admission.k8s.io/v1", uid: String = "705ab4f5-6393-11e8-b7cc-42010a800002",
                operation: String = "CREATE", kind: String = "ExternalSecret", group: String = "external-secrets.io",
                namespace: String = "team-a", object: String? = nil, oldObject: String? = nil, dryRun: Bool = false,
                username: String = "alice") -> [UInt8] {
    var request = """
    "uid":"\(uid)","kind":{"group":"\(group)","version":"v1","kind":"\(kind)"},\
    "resource":{"group":"\(group)","version":"v1","resource":"\(kind.lowercased())s"},\
    "namespace":"\(namespace)","operation":"\(operation)","userInfo":{"username":"\(username)","groups":["system:authenticated"]},\
    "dryRun":\(dryRun)
    """
    if let object { request += ",\"object\":" + object }
    if let oldObject { request += ",\"oldObject\":" + oldObject }
    return Array("{\"apiVersion\":\"\(apiVersion)\",\"kind\":\"AdmissionReview\",\"request\":{\(request)}}".utf8)
}

/// An ExternalSecret in team-a as JSON, reading `key` through ClusterSecretStore `shared`.
func externalSecretJSON(key: String = "team-a/db", refresh: String = "1h", name: String = "db") -> String {
    """
    {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"\(name)","namespace":"team-a"},\
    "spec":{"refreshInterval":"\(refresh)","secretStoreRef":{"name":"shared","kind":"ClusterSecretStore"},"target":{"name":"db"},\
    "data":[{"secretKey":"password","remoteRef":{"key":"\(key)"}}]}}
    """
}

func policies(_ yaml: String) throws -> PolicySet {
    try PolicySet(documents: YAMLLoader.load(yaml, source: "test-policy.yaml"))
}

/// The parsed response body, requiring HTTP 200.
func respond(_ handler: AdmissionHandler, _ endpoint: AdmissionEndpoint, _ body: [UInt8]) throws -> Node {
    let (status, out) = handler.respond(endpoint, body: body)
    #expect(status == 200, "\(String(decoding: out, as: UTF8.self))")
    return try JSONParser.parse(out)
}

/// The decoded JSON Patch of a response, or nil when it has none.
func decodedPatch(_ review: Node) throws -> JSONPatch? {
    guard let b64 = review[path: "response", "patch"]?.string else { return nil }
    let data = try #require(Data(base64Encoded: b64))
    return try JSONPatch.parse(Array(data))
}
