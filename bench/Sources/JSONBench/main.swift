// JSON parse and serialise throughput: esoguard's JSONParser/JSONWriter against
// Foundation's JSONSerialization on the same bytes, in the same process.
// Prints MB/s per case and ours/Foundation ratios (>1 means esoguard is faster).
import Documents
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An AdmissionReview like the ones the webhook receives (about 2 KiB).
func admissionReview(_ i: Int) -> String {
    #"""
    {"kind":"AdmissionReview","apiVersion":"admission.k8s.io/v1","request":{"uid":"705ab4f5-6393-11e8-b7cc-42010a8000\#(i % 100)","kind":{"group":"external-secrets.io","version":"v1","kind":"ExternalSecret"},"resource":{"group":"external-secrets.io","version":"v1","resource":"externalsecrets"},"name":"db-credentials-\#(i)","namespace":"team-a","operation":"CREATE","userInfo":{"username":"system:serviceaccount:argocd:argocd-application-controller","uid":"d2a1b1c4-1111-2222-3333-444455556666","groups":["system:serviceaccounts","system:serviceaccounts:argocd","system:authenticated"]},"object":{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"db-credentials-\#(i)","namespace":"team-a","labels":{"app.kubernetes.io/name":"billing","app.kubernetes.io/part-of":"payments","team":"a"},"annotations":{"argocd.argoproj.io/sync-wave":"1","description":"Database credentials for the billing service — rotated daily ✓","kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"external-secrets.io/v1\",\"kind\":\"ExternalSecret\",\"metadata\":{\"name\":\"db\"}}\n"},"generation":\#(i),"resourceVersion":"12345678901234567890"},"spec":{"refreshInterval":"1h","refreshPolicy":"Periodic","secretStoreRef":{"name":"vault-backend","kind":"ClusterSecretStore"},"target":{"name":"db-credentials","creationPolicy":"Owner","deletionPolicy":"Retain","template":{"type":"Opaque","engineVersion":"v2","data":{"dsn":"postgres://{{ .username }}:{{ .password }}@db:5432/billing?sslmode=require"}}},"data":[{"secretKey":"username","remoteRef":{"key":"secret/data/billing/db","property":"username","version":"3","conversionStrategy":"Default","decodingStrategy":"None","metadataPolicy":"None"}},{"secretKey":"password","remoteRef":{"key":"secret/data/billing/db","property":"password"}}],"dataFrom":[{"extract":{"key":"secret/data/billing/common"},"rewrite":[{"regexp":{"source":"(.*)_KEY","target":"key-$1"}}]},{"find":{"path":"billing/","name":{"regexp":"^db-.*$"},"tags":{"env":"prod"}}}]}},"oldObject":null,"dryRun":false,"options":{"apiVersion":"meta.k8s.io/v1","kind":"CreateOptions","fieldManager":"argocd-controller"}}}
    """#
}

struct Measurement {
    var mbPerSecond: Double
}

/// Seconds of CPU time used by this thread: the build machines are shared and
/// loaded, so wall-clock time would mostly measure the neighbours.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Best of `rounds` timings of `body` repeated until at least `minimum` CPU seconds have passed.
func measure(bytes: Int, rounds: Int = 3, minimum: Double = 0.25, _ body: () throws -> Void) rethrows -> Double {
    var best = 0.0
    for _ in 0..<rounds {
        let start = threadCPUSeconds()
        var iterations = 0
        var elapsed = 0.0
        repeat {
            try body()
            iterations += 1
            elapsed = threadCPUSeconds() - start
        } while elapsed < minimum
        best = max(best, Double(bytes * iterations) / elapsed / 1_000_000)
    }
    return best
}

func format(_ value: Double) -> String {
    let scaled = (value * 10).rounded() / 10
    return String(scaled)
}

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

let corpora: [(String, [UInt8])] = [
    ("admission review (\(admissionReview(1).utf8.count) B)", Array(admissionReview(1).utf8)),
    ("1000 reviews in an array (\((admissionReview(1).utf8.count * 1000) / 1024) KiB)",
     Array(("[" + (0..<1000).map(admissionReview).joined(separator: ",") + "]").utf8)),
]

print("JSON parse + serialise, MB/s of JSON text per CPU second (best of 3); ratio = esoguard / Foundation")
print("case".padding(toLength: 44, withPad: " ", startingAt: 0) + "  ours MB/s  Foundation MB/s  ratio")
var ratios: [String: [Double]] = [:]
for (name, bytes) in corpora {
    let data = Data(bytes)
    let node = try JSONParser.parse(bytes)
    let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    let written = JSONWriter.encode(node)

    let oursParse = try measure(bytes: bytes.count) { blackHole(try JSONParser.parse(bytes)) }
    let foundationParse = try measure(bytes: bytes.count) { blackHole(try JSONSerialization.jsonObject(with: data)) }
    let oursWrite = measure(bytes: written.count) { blackHole(JSONWriter.encode(node)) }
    let foundationWrite = try measure(bytes: written.count) { blackHole(try JSONSerialization.data(withJSONObject: object)) }
    let oursBoth = try measure(bytes: bytes.count) { blackHole(JSONWriter.encode(try JSONParser.parse(bytes))) }
    let foundationBoth = try measure(bytes: bytes.count) {
        blackHole(try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data)))
    }
    for (label, ours, theirs) in [("parse", oursParse, foundationParse), ("serialise", oursWrite, foundationWrite),
                                  ("parse+serialise", oursBoth, foundationBoth)] {
        let title = "\(label): \(name)".padding(toLength: 44, withPad: " ", startingAt: 0)
        print("\(title)  \(format(ours).leftPad(9))  \(format(theirs).leftPad(15))  \(format(ours / theirs).leftPad(5))x")
        ratios[label, default: []].append(ours / theirs)
    }
}
for label in ["parse", "serialise", "parse+serialise"] {
    let r = ratios[label] ?? []
    print("ratio \(label) (worst case): \(format(r.min() ?? 0))x")
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
