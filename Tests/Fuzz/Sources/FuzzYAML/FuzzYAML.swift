import Documents

/// libFuzzer entry: any bytes must load or fail with a DocumentError, and what
/// loads must survive YAMLWriter → YAMLLoader and JSONWriter → JSONParser unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = DocumentLimits(maxDepth: 64, maxNodes: 100_000)
    guard let documents = try? YAMLLoader.load(bytes, source: "fuzz", limits: limits) else { return 0 }
    for document in documents {
        let yaml = YAMLWriter.string(document.root)
        guard let again = try? YAMLLoader.load(yaml, source: "fuzz-rewritten"), again.first?.root == document.root else {
            fatalError("YAML round trip changed the document:\n\(yaml)")
        }
        let json = JSONWriter.encode(document.root)
        guard let parsed = try? JSONParser.parse(json), parsed == document.root else {
            fatalError("JSON round trip changed the document: \(String(decoding: json, as: UTF8.self))")
        }
    }
    return 0
}
