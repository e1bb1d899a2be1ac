/// A cheap language check: the share of tokens that are common function words of each language.
///
/// Good enough to tell English from the languages news feeds commonly mix in; Vigil codes English only.
public struct LanguageIdentifier: Sendable {
    public init() {}

    /// ISO 639-1 code of the most likely language ("en", "fr", "es", "de", "pt", "it", "nl", "id", "tr"),
    /// "ar"/"ru"/"uk"/"zh"/"fa" by script, or "und" when the text is too short or unclear.
    public func identify(_ text: AnalyzedText) -> String {
        var letters = 0, latin = 0, arabic = 0, cyrillic = 0, cjk = 0
        for scalar in text.scalars.prefix(4000) {
            let v = scalar.value
            if v < 0x80 {
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A {
                    letters += 1
                    latin += 1
                }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            letters += 1
            switch v {
            case 0..<0x250, 0x1E00..<0x1F00: latin += 1
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
        var counts = [Int](repeating: 0, count: LanguageIdentifier.stopWords.count)
        var words = 0
        for token in text.tokens.prefix(600) where token.kind == .word {
            words += 1
            for language in LanguageIdentifier.languagesOfWord[token.norm] ?? [] { counts[language] += 1 }
        }
        let scored = counts.indices.filter { counts[$0] > 0 }.map { (LanguageIdentifier.stopWords[$0].0, counts[$0]) }
        guard words >= 5, let best = scored.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) else { return "und" }
        return Double(best.1) / Double(words) >= 0.08 ? best.0 : "und"
    }

    /// For each function word, the indexes in ``stopWords`` of the languages it belongs to.
    private static let languagesOfWord: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, (_, words)) in stopWords.enumerated() {
            for word in words { table[word, default: []].append(index) }
        }
        return table
    }()

    private static let stopWords: [(String, Set<String>)] = [
        ("en", ["the", "of", "and", "to", "in", "a", "is", "was", "were", "on", "for", "that", "with", "by", "at", "from", "have", "has", "said", "it", "their", "which", "after"]),
        ("fr", ["le", "la", "les", "des", "et", "du", "un", "une", "est", "dans", "pour", "que", "qui", "sur", "au", "aux", "par", "ont", "été"]),
        ("es", ["el", "los", "las", "del", "y", "en", "un", "una", "que", "por", "con", "para", "fue", "su", "al", "se", "como"]),
        ("pt", ["o", "os", "as", "do", "da", "dos", "das", "e", "em", "um", "uma", "que", "por", "com", "para", "foi", "não", "nao"]),
        ("de", ["der", "die", "das", "und", "den", "dem", "nicht", "ist", "ein", "eine", "mit", "von", "auf", "für", "fur", "wurde", "sich"]),
        ("it", ["il", "lo", "gli", "della", "di", "che", "è", "e", "per", "una", "con", "sono", "nel", "alla", "dei"]),
        ("nl", ["de", "het", "een", "en", "van", "niet", "zijn", "met", "voor", "op", "werd", "dat", "ook"]),
        ("id", ["yang", "dan", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "pada", "tidak", "akan", "oleh"]),
        ("tr", ["ve", "bir", "bu", "ile", "için", "icin", "da", "de", "olarak", "olan", "gibi", "daha"]),
    ]
}
