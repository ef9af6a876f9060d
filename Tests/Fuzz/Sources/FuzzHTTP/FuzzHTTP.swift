import Transport

/// libFuzzer entry: any bytes must parse to requests or a 4xx/5xx rejection without a
/// crash, and the result must not depend on how the bytes were split into reads
/// (a parser that does is a smuggling or desync bug).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = HTTPLimits()
    limits.maxHeaderBytes = 2048
    limits.maxBodyBytes = 4096
    let whole = HTTPRequestStream.parse([bytes], limits: limits)
    let split = size > 1 ? Int(bytes[0]) % size : 0
    let twoReads = HTTPRequestStream.parse([Array(bytes[..<split]), Array(bytes[split...])], limits: limits)
    let byteByByte = size <= 512 ? HTTPRequestStream.parse(bytes.map { [$0] }, limits: limits) : whole
    guard whole == twoReads, whole == byteByByte else {
        fatalError("HTTP parse depends on read boundaries: \(whole) vs \(twoReads) vs \(byteByByte)")
    }
    for case .rejected(let status) in whole where !(400...599).contains(status) {
        fatalError("rejection with non-error status \(status)")
    }
    // Routing reads the path of any target form (origin or absolute): a part of the target, no query.
    for case .request(let method, let target, _) in whole {
        let path = HTTPRequest(method: method, target: target).path
        guard path == "/" || target.contains(path), !path.contains("?") else {
            fatalError("path \(path) of target \(target)")
        }
    }
    // One field read from the received lines (`header(_:)`) is the first of the split fields.
    for request in HTTPRequestStream.requests(bytes, limits: limits) {
        let fields = request.headers
        for name in fields.map(\.name) + ["content-type", "x-absent"] {
            let expected = fields.first { $0.name == name }?.value
            guard request.header(name) == expected else {
                fatalError("header(\(name)) is \(String(describing: request.header(name))), fields say \(String(describing: expected))")
            }
        }
    }
    return 0
}
