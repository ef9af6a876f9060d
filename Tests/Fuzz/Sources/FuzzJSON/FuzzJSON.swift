import Documents

/// libFuzzer entry: any bytes must parse or fail with a DocumentError; what parses
/// must serialise to JSON that parses to the same tree and serialises identically,
/// and patches computed between trees must apply.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let node = try? JSONParser.parse(bytes, source: "fuzz") else { return 0 }
    let compact = JSONWriter.encode(node)
    guard let again = try? JSONParser.parse(compact), again == node, JSONWriter.encode(again) == compact else {
        fatalError("JSON round trip changed the document: \(String(decoding: compact, as: UTF8.self))")
    }
    let pretty = JSONWriter(options: .pretty).bytes(node)
    guard let fromPretty = try? JSONParser.parse(pretty), fromPretty == node else {
        fatalError("pretty JSON did not parse back")
    }
    // A patch from an empty object to the document rebuilds it.
    let patch = JSONPatch.diff(from: Node(.object([])), to: node)
    guard let patched = try? patch.apply(to: Node(.object([]))), JSONPatch.jsonEqual(patched, node) else {
        fatalError("diff patch did not rebuild the document")
    }
    // Patch documents themselves: applying arbitrary patches must not crash.
    if let parsedPatch = try? JSONPatch(parsing: node) {
        _ = try? parsedPatch.apply(to: node)
    }
    return 0
}
