/// A cheap language check: the script of the letters, then the share of tokens that are common
/// function words of each language (`Resources/function-words.tsv`).
///
/// Good enough to tell English from the languages news feeds commonly mix in; Vigil codes English only.
public struct LanguageIdentifier: Sendable {
    public init() {}

    /// ISO 639-1 code of the most likely language ("en", "fr", "es", "de", "pt", "it", "nl", "id", "tr"),
    /// "ar"/"ru"/"zh" by script, or "und" when the text is too short or unclear.
    public func identify(_ text: AnalyzedText) -> String {
        if let script = Self.script(of: text) { return script }
        let (words, counts) = Self.functionWords(in: text, tokens: 600)
        guard words >= 5, let (best, hits) = Self.mostFrequent(counts) else { return "und" }
        return Double(hits) / Double(words) >= 0.08 ? best : "und"
    }

    /// The language extraction reads `text` as: English unless another language's function words
    /// clearly outnumber English's (more than twice as many, English under 8% of the words) in a
    /// text of at least 12 words. Short or mixed texts are read as English.
    public func codingLanguage(of text: AnalyzedText) -> String {
        let (words, counts) = Self.functionWords(in: text, tokens: 400)
        guard words >= 12 else { return "en" }
        let english = counts["en"] ?? 0
        guard let (best, hits) = Self.mostFrequent(counts), best != "en", hits > english * 2, Double(english) / Double(words) < 0.08
        else { return "en" }
        return best
    }

    /// "ar", "ru" or "zh" when more than half the letters are of that script; nil for Latin text,
    /// and "und" for fewer than 20 letters.
    private static func script(of text: AnalyzedText) -> String? {
        var letters = 0, arabic = 0, cyrillic = 0, cjk = 0
        for scalar in text.scalars.prefix(4000) {
            let v = scalar.value
            if v < 0x80 {
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { letters += 1 }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            letters += 1
            switch v {
            case 0x600..<0x700, 0x750..<0x780, 0xFB50..<0xFE00: arabic += 1
            case 0x400..<0x530: cyrillic += 1
            case 0x4E00..<0xA000, 0x3040..<0x3100, 0xAC00..<0xD7B0: cjk += 1
            default: break
            }
        }
        guard letters >= 20 else { return "und" }
        if arabic * 2 > letters { return "ar" }
        if cyrillic * 2 > letters { return "ru" }
        if cjk * 2 > letters { return "zh" }
        return nil
    }

    /// The language with the most function words, the first in alphabetical order on a tie.
    private static func mostFrequent(_ counts: [String: Int]) -> (language: String, hits: Int)? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// The words among the first `tokens` tokens, and how many of them are function words of each language.
    private static func functionWords(in text: AnalyzedText, tokens: Int) -> (words: Int, counts: [String: Int]) {
        var counts: [String: Int] = [:]
        var words = 0
        for token in text.tokens.prefix(tokens) where token.kind == .word {
            words += 1
            for language in languagesOfWord[token.norm] ?? [] { counts[language, default: 0] += 1 }
        }
        return (words, counts)
    }

    /// The languages each function word belongs to (function-words.tsv).
    private static let languagesOfWord: [String: [String]] = {
        var table: [String: [String]] = [:]
        for fields in ResourceTable.rows("function-words") where fields.count == 2 {
            let (language, word) = (String(fields[0]), String(fields[1]))
            if table[word]?.contains(language) != true { table[word, default: []].append(language) }
        }
        return table
    }()
}
