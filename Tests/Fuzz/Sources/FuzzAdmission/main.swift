import Admission
import Documents
import Policy

/// The restricted-like policies every input is judged against: every check, a mutation
/// and all three modes, so the fuzzer reaches every rule's code.
let policyText = """
apiVersion: esoguard.io/v1alpha1
kind: Policy
metadata: {name: fuzz}
spec:
  rules:
    - {name: conditions, check: clusterStoreConditions}
    - {name: anchored, check: anchoredNamespaceRegexes}
    - {name: protected, check: protectedNamespaces, mode: warn}
    - {name: admits, check: clusterStoreAdmitsNamespace}
    - {name: providers, check: allowedProviders, with: {deny: [webhook]}}
    - {name: static, check: noStaticCredentials, mode: audit}
    - {name: values, check: providerFieldValues, with: {awsRoles: ["arn:*"], allowCustomCA: false}}
    - {name: prefix, check: remoteKeyPrefix, mutate: addPrefix}
    - {name: find, check: findRestrictions, with: {requirePath: true}}
    - {name: refresh, check: refreshInterval, mutate: clamp, with: {min: 1m, max: 24h}}
    - {name: stores, check: allowedStores, with: {namespaces: [{namespaces: ["*"], clusterSecretStores: [shared]}]}}
    - {name: labels, check: requiredMetadata, mode: warn, with: {labels: [owner]}}
    - {name: field, check: field, with: {path: "spec.data[*].remoteRef.key", operator: matches, values: ["^[a-z]"]}}
"""

let handler: AdmissionHandler = {
    var state = StaticClusterState()
    state.addNamespace("team-a", labels: ["tenant": "true"])
    if let store = try? JSONParser.parse(#"{"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","metadata":{"name":"shared"},"spec":{"conditions":[{"namespaceRegexes":["^team-"]}],"provider":{"fake":{}}}}"#) {
        state.add(store)
    }
    guard let docs = try? YAMLLoader.load(policyText, source: "fuzz-policy.yaml"),
          let set = try? PolicySet(documents: docs) else {
        fatalError("the fuzz policy must load")
    }
    return AdmissionHandler(policies: set, state: state)
}()

/// libFuzzer entry: any bytes POSTed to /validate or /mutate must get HTTP 200 with a
/// well-formed AdmissionReview echoing the uid, or HTTP 400 with an error; mutation
/// patches must apply and be idempotent.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAdmission(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    for endpoint in AdmissionEndpoint.allCases {
        let (status, out) = handler.respond(endpoint, body: body)
        guard let response = try? JSONParser.parse(out) else { fatalError("response is not JSON (status \(status))") }
        switch status {
        case 200:
            guard let request = try? AdmissionRequest.decode(body) else { fatalError("200 for an undecodable review") }
            guard response[path: "response", "uid"]?.string == request.uid,
                  response["apiVersion"]?.string == request.apiVersion,
                  response["kind"]?.string == "AdmissionReview",
                  let allowed = response[path: "response", "allowed"]?.bool else {
                fatalError("malformed AdmissionReview response")
            }
            if endpoint == .validate, response[path: "response", "patch"] != nil { fatalError("validate returned a patch") }
            if endpoint == .mutate, !allowed { fatalError("mutate denied") }
            for w in response[path: "response", "warnings"]?.array ?? [] where (w.string?.count ?? 0) > 256 {
                fatalError("warning over 256 characters")
            }
            if endpoint == .mutate, let object = request.object, response[path: "response", "patch"] != nil,
               let decision = handler.decide(.mutate, request), !decision.patch.isEmpty {
                guard let patched = try? decision.patch.apply(to: object) else { fatalError("patch does not apply") }
                var again = request
                again.object = patched
                if let second = handler.decide(.mutate, again), !second.patch.isEmpty { fatalError("mutation is not idempotent") }
            }
        case 400:
            guard response["error"]?.string != nil else { fatalError("400 without an error message") }
        default:
            fatalError("unexpected status \(status)")
        }
    }
    return 0
}
