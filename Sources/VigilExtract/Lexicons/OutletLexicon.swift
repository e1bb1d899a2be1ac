import VigilText

/// News outlets whose coverage is one country (`Resources/outlets.tsv`: name, ISO3 code or "-"), matched on
/// the words of a document's source.
///
/// Names and sources are read the same way (``words(of:)``): glued words split ("NewZimbabwe", "Libya24"),
/// folded (case and accents), hyphens, dots and apostrophes dropped, so "Al-Masry Al-Youm" matches
/// "al masry al youm" and "Legit.ng" matches "legit ng".
struct OutletLexicon: Sendable {
    /// An outlet's words and its country; nil for an international outlet whose name holds a country word.
    struct Entry: Sendable {
        let words: [String]
        let iso3: String?
    }

    /// A match: the range of `words` it covers and the outlet's country (nil: international).
    struct Match: Sendable {
        let words: Range<Int>
        let iso3: String?
    }

    /// One word of a source: its folded text and the index of its token in the source's tokens.
    struct Word: Sendable {
        let norm: String
        let token: Int
    }

    /// Entries by first word, longest first.
    private var byFirstWord: [String: [Entry]] = [:]
    private(set) var count = 0

    /// Loads `Resources/outlets.tsv`.
    static func load() throws(ExtractorError) -> OutletLexicon {
        try OutletLexicon(TSVResource(named: "outlets.tsv"))
    }

    /// `Resources/outlets.tsv`, read once, the first time a document's source is read: documents without a
    /// source (text files, most pipes) never wait for its 5,800 names.
    static let shared: Result<OutletLexicon, ExtractorError> = Result { () throws(ExtractorError) in try load() }

    /// Parses `file`; a row needs a name and a three-letter code or "-". A name seen before is skipped.
    init(_ file: TSVResource) throws(ExtractorError) {
        var seen = Set<String>()
        for row in file.rows {
            let code = row[1]
            guard !row[0].isEmpty, code == "-" || (code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase })
            else { throw .badLine(file: file.name, line: row.line, reason: "expected outlet name, ISO3 code or \"-\"") }
            let words = Self.words(of: Self.tokens(of: row[0])).map(\.norm)
            guard !words.isEmpty, seen.insert(words.joined(separator: " ")).inserted else { continue }
            byFirstWord[words[0], default: []].append(Entry(words: words, iso3: code == "-" ? nil : code))
            count += 1
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// The tokens of `text` with glued words split: before a digit after a letter and the reverse ("Libya24"),
    /// and before a capital after two lower-case letters ("IraqiNews", not "eSwatini" or "McAllen").
    static func tokens(of text: String) -> [Token] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count + 4)
        var previous: Unicode.Scalar?
        var lowerRun = 0
        for s in text.unicodeScalars {
            if let p = previous {
                let pDigit = p.value >= 0x30 && p.value <= 0x39, sDigit = s.value >= 0x30 && s.value <= 0x39
                if (pDigit && isAlphabetic(s)) || (sDigit && isAlphabetic(p)) || (lowerRun >= 2 && isUppercase(s)) {
                    out.append(" ")
                }
            }
            lowerRun = isLowercase(s) ? lowerRun + 1 : 0
            out.append(s)
            previous = s
        }
        return Tokenizer().tokenize(out)
    }

    // Unicode properties with the ASCII answers first: the lexicon's 5,800 names are read at every start.
    private static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : s.properties.isAlphabetic
    }

    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    private static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value >= 0x61 && s.value <= 0x7A : s.properties.isLowercase
    }

    /// The words of `tokens` outlet names are matched on: every token but hyphens, dots and apostrophes.
    static func words(of tokens: [Token]) -> [Word] {
        tokens.indices.compactMap { i in
            let t = tokens[i]
            if t.kind == .punctuation, Self.ignored.contains(t.norm) { return nil }
            return Word(norm: t.norm, token: i)
        }
    }

    private static let ignored: Set<String> = ["-", ".", "'", "\u{2019}", "\u{2018}", "`", "\u{2010}", "\u{2011}", "\u{2013}"]

    /// The longest outlet starting at word `i` and ending before `end`; not one followed by a clitic ("Sana'a").
    func match(at i: Int, in words: [Word], end: Int) -> Match? {
        guard i < end, let entries = byFirstWord[words[i].norm] else { return nil }
        for entry in entries where i + entry.words.count <= end {
            var k = 1
            while k < entry.words.count, words[i + k].norm == entry.words[k] { k += 1 }
            guard k == entry.words.count else { continue }
            let next = i + k
            if next < words.count, words[next].token == words[next - 1].token + 1, words[next].norm.hasPrefix("'") {
                continue
            }
            return Match(words: i..<next, iso3: entry.iso3)
        }
        return nil
    }
}
