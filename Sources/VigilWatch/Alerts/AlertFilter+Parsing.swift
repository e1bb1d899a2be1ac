import VigilModel

extension AlertFilter {
    /// One `field=value` part of a filter's text.
    struct Entry {
        /// The field name, lowercased.
        var field: String
        /// The text after the first `=`, its words joined by single spaces.
        var value: String
        /// The part as written, for error messages (`contry=Iraq`).
        var source: String
    }

    /// Splits `text` into entries, each starting at a word of the form `name=`; unknown names are errors.
    static func entries(in text: String) throws(AlertFilterError) -> [Entry] {
        var parts: [[Substring]] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            if parts.isEmpty || fieldName(startingWith: word) != nil {
                parts.append([word])
            } else {
                parts[parts.count - 1].append(word)
            }
        }
        var entries: [Entry] = []
        for words in parts {
            let source = words.joined(separator: " ")
            guard let name = fieldName(startingWith: words[0]), let equals = source.firstIndex(of: "=") else {
                throw .notFieldValue(source)
            }
            let field = name.lowercased()
            guard fieldNames.contains(field) else { throw .unknownField(String(name), in: source) }
            entries.append(Entry(field: field, value: String(source[source.index(after: equals)...]), source: source))
        }
        return entries
    }

    /// The name before `=` when `word` starts with an identifier (letters, digits, `_`) and `=`.
    static func fieldName(startingWith word: Substring) -> Substring? {
        guard let equals = word.firstIndex(of: "=") else { return nil }
        let name = word[..<equals]
        guard let first = name.first, first.isASCII, first.isLetter else { return nil }
        let isIdentifier = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return isIdentifier ? name : nil
    }

    /// The `|`-separated alternatives of an entry; event and sub-event types are checked and spelled as ACLED does.
    static func values(of entry: Entry, for field: Field) throws(AlertFilterError) -> [String] {
        var values: [String] = []
        for alternative in entry.value.split(separator: "|", omittingEmptySubsequences: false) {
            let value = trimmed(alternative)
            guard !value.isEmpty else { throw .emptyValue(entry.source) }
            switch field {
            case .eventType:
                do {
                    let type = try EventType(validating: value)
                    values.append(type.rawValue)
                } catch {
                    throw unknownTaxonomyName(value, field: field, valid: EventType.allCases.map(\.rawValue))
                }
            case .subEventType:
                do {
                    let type = try SubEventType(validating: value)
                    values.append(type.rawValue)
                } catch {
                    throw unknownTaxonomyName(value, field: field, valid: SubEventType.allCases.map(\.rawValue))
                }
            case .country, .admin1, .admin2, .location, .actor:
                values.append(value)
            }
        }
        return values
    }

    /// The error for a name outside `valid`, suggesting the nearest names by spelling, or those containing the value.
    static func unknownTaxonomyName(_ value: String, field: Field, valid: [String]) -> AlertFilterError {
        let wanted = value.lowercased()
        let distances = valid.map { editDistance(Array($0.lowercased()), Array(wanted)) }
        let best = distances.min() ?? 0
        var closest: [String] = []
        if best <= max(2, wanted.count / 3) {
            closest = zip(valid, distances).filter { $0.1 == best }.map { $0.0 }
        } else if wanted.count >= 3 {
            closest = valid.filter { $0.lowercased().contains(wanted) }
        }
        return .unknownName(field: field.rawValue, value: value, closest: closest, valid: valid)
    }

    /// Levenshtein distance between two character sequences.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private static func trimmed(_ text: Substring) -> String {
        var slice = text.drop(while: \.isWhitespace)
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }
}
