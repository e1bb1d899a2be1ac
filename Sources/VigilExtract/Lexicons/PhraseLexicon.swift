public import VigilText

/// A phrase-to-value table matched on token norms, longest phrase first.
///
/// A phrase is written as plain words ("roadside bomb", "al-shabaab"); it is tokenized like the
/// text, so hyphens and apostrophes match. A word ending in `*` matches any token with that prefix
/// ("protest*" matches "protesters").
public struct PhraseLexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [String]
        let prefix: [Bool]
        let value: Value
        /// The order the phrase was added in, which breaks ties between prefix phrases.
        let order: Int
    }

    /// A match: the tokens it covers and the entry's value.
    public struct Match: Sendable {
        /// Token indexes of the phrase.
        public let tokens: Range<Int>
        /// The value the lexicon gives the phrase.
        public let value: Value
    }

    private var byFirstWord: [String: [Entry]] = [:]
    /// Phrases whose first word is a prefix, by that word's first ``leadLength`` characters.
    private var prefixEntriesByLead: [String: [Entry]] = [:]
    /// Phrases whose first word is a prefix shorter than ``leadLength``.
    private var shortPrefixEntries: [Entry] = []
    private var count = 0
    private static var leadLength: Int { 3 }

    /// An empty lexicon.
    public init() {}

    /// Adds a phrase; later duplicates do not replace earlier ones at equal length.
    public mutating func add(_ phrase: String, _ value: Value) {
        var words: [String] = []
        var prefix: [Bool] = []
        for piece in phrase.split(separator: " ") {
            let isPrefix = piece.hasSuffix("*")
            let core = isPrefix ? piece.dropLast() : piece[...]
            let tokens = PhraseLexicon.tokenizer.tokenize(Array(core.unicodeScalars))
            for (k, token) in tokens.enumerated() {
                words.append(token.norm)
                prefix.append(isPrefix && k == tokens.count - 1)
            }
        }
        guard !words.isEmpty else { return }
        let entry = Entry(words: words, prefix: prefix, value: value, order: count)
        count += 1
        if prefix[0] {
            if let lead = Self.lead(of: words[0]) {
                prefixEntriesByLead[lead, default: []].append(entry)
            } else {
                shortPrefixEntries.append(entry)
            }
        } else {
            byFirstWord[words[0], default: []].append(entry)
            byFirstWord[words[0]]!.sort { $0.words.count > $1.words.count }
        }
    }

    /// The longest phrase starting at token `i` that ends before `limit`, if any.
    public func match(at i: Int, in tokens: [Token], limit: Int? = nil) -> Match? {
        let end = limit ?? tokens.count
        guard i < end else { return nil }
        var best: Match?
        if let entries = byFirstWord[tokens[i].norm] {
            for entry in entries where matches(entry, at: i, in: tokens, end: end) {
                best = Match(tokens: i..<(i + entry.words.count), value: entry.value)
                break
            }
        }
        let leading = Self.lead(of: tokens[i].norm).flatMap { prefixEntriesByLead[$0] } ?? []
        let candidates = shortPrefixEntries.isEmpty ? leading : (leading + shortPrefixEntries).sorted { $0.order < $1.order }
        for entry in candidates where (best?.tokens.count ?? 0) < entry.words.count {
            if matches(entry, at: i, in: tokens, end: end) {
                best = Match(tokens: i..<(i + entry.words.count), value: entry.value)
            }
        }
        return best
    }

    /// Every non-overlapping longest match in `range`, left to right.
    public func matches(in range: Range<Int>, of tokens: [Token]) -> [Match] {
        var out: [Match] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = match(at: i, in: tokens, limit: range.upperBound) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private func matches(_ entry: Entry, at i: Int, in tokens: [Token], end: Int) -> Bool {
        guard i + entry.words.count <= end else { return false }
        for k in entry.words.indices {
            let norm = tokens[i + k].norm
            if entry.prefix[k] {
                if !norm.hasPrefix(entry.words[k]) { return false }
            } else if norm != entry.words[k] {
                return false
            }
        }
        return true
    }

    /// The first ``leadLength`` scalars of `word`, or nil when it is shorter.
    private static func lead(of word: String) -> String? {
        let lead = String(word.unicodeScalars.prefix(leadLength))
        return lead.unicodeScalars.count == leadLength ? lead : nil
    }

    private static var tokenizer: Tokenizer { Tokenizer() }
}
