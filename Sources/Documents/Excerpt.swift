/// Text from an input, quoted in an error message: cut to `limit` characters, with the full
/// length said when cut. Errors name what they refused, but a client must not be able to
/// write megabytes into a log line or an answer through them (an apiVersion or a key of 3 MB).
public func quotedExcerpt(_ text: some StringProtocol, limit: Int = 64) -> String {
    var count = 0
    var end = text.startIndex
    while end < text.endIndex && count < limit {
        end = text.index(after: end)
        count += 1
    }
    if end == text.endIndex { return "\"\(text)\"" }
    return "\"\(text[..<end])…\" (\(text.utf8.count) bytes)"
}
