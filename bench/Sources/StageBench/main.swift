// Instructions per admission request, stage by stage, for bench/stages (callgrind).
//
// `StageBench STAGE REVIEW POLICIES N` runs one stage of the /validate path N times on the
// review in REVIEW with the policy set in POLICIES. bench/stages runs it under callgrind
// with N and 2N iterations and prints the difference divided by N: instructions per
// request of that stage alone, a figure that does not depend on how busy the machine is.
// Stages: parse (JSON text → Node), decode (AdmissionRequest.decode), eso (ESO parity and
// schema validation), evaluate (policy engine), validate (the whole /validate answer,
// decode to encoded response), mutate (the whole /mutate answer).
import Admission
import Documents
import ESO
import Glibc
import Policy

func fail(_ message: String) -> Never {
    let line = "StageBench: \(message)\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

func readFile(_ path: String) -> [UInt8] {
    guard let f = fopen(path, "rb") else { fail("cannot open \(path)") }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
}

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

let args = CommandLine.arguments
guard args.count == 5, let n = Int(args[4]) else {
    fail("usage: StageBench parse|decode|eso|evaluate|validate|mutate REVIEW.json POLICIES_DIR N")
}
let body = readFile(args[2])
let policies: PolicySet
do { policies = try PolicySet.load(directory: args[3]) } catch { fail("cannot load policies: \(error)") }
let engine = PolicyEngine(policies: policies)
let handler = AdmissionHandler(policies: policies)
let request: AdmissionRequest
do { request = try AdmissionRequest.decode(body) } catch { fail("not an AdmissionReview: \(error)") }
guard let operation = request.operation, let object = request.object else { fail("review has no object") }
let input = EvaluationInput(object: object, oldObject: request.oldObject, operation: operation,
                            namespace: request.namespace, userInfo: request.userInfo, dryRun: request.dryRun)
// One-time work (schema tables, lazy statics) happens before the counted iterations.
blackHole(handler.respond(.validate, body: body))
blackHole(handler.respond(.mutate, body: body))

switch args[1] {
case "parse":
    for _ in 0..<n { blackHole(try? JSONParser.parse(body, vocabulary: .admissionReviews)) }
case "decode":
    for _ in 0..<n { blackHole(try? AdmissionRequest.decode(body)) }
case "eso":
    for _ in 0..<n { blackHole(ESOValidator.validate(document: object, namespace: request.namespace)) }
case "evaluate":
    for _ in 0..<n { blackHole(engine.evaluate(input, state: UnknownClusterState())) }
case "validate":
    for _ in 0..<n { blackHole(handler.respond(.validate, body: body)) }
case "mutate":
    for _ in 0..<n { blackHole(handler.respond(.mutate, body: body)) }
default:
    fail("unknown stage \(args[1])")
}
