import VigilText

/// A cheap language check: which language's function words make up most of the text.
///
/// Short texts (under 12 words) are taken as English.
struct LanguageDetector: Sendable {
    /// The languages each function word belongs to.
    let stopwords: [String: [String]]

    /// The ISO 639-1 code of the text's language, "en" when unsure.
    func language(of text: AnalyzedText) -> String {
        var counts: [String: Int] = [:]
        var words = 0
        for token in text.tokens.prefix(400) where token.kind == .word {
            words += 1
            for language in stopwords[token.norm] ?? [] { counts[language, default: 0] += 1 }
        }
        guard words >= 12 else { return "en" }
        let english = counts["en"] ?? 0
        guard let (best, hits) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            best != "en", hits > english * 2, Double(english) / Double(words) < 0.08
        else { return "en" }
        return best
    }
}
