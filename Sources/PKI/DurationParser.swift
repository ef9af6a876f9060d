/// Parses durations such as `720h`, `30d`, `1h30m`, `90s` or a bare number of
/// days, the forms `--renew-before` accepts (Go-style units plus days).
public enum DurationParser {
    /// The duration in seconds, or nil when `text` is not a positive duration.
    public static func seconds(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: " ")
        guard !trimmed.isEmpty else { return nil }
        if let days = Int(trimmed) { return (1...1_000_000).contains(days) ? days * 86_400 : nil }
        var total = 0
        var digits = ""
        for character in trimmed {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let unit: Int
            switch character {
            case "d": unit = 86_400
            case "h": unit = 3_600
            case "m": unit = 60
            case "s": unit = 1
            default: return nil
            }
            guard let value = Int(digits), value < 1_000_000_000 else { return nil }
            total += value * unit
            digits = ""
        }
        guard digits.isEmpty, total > 0 else { return nil }
        return total
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice = slice.dropFirst() }
        while slice.last == character { slice = slice.dropLast() }
        return String(slice)
    }
}
