public import VigilText

/// Turns text into sparse binary features: folded word unigrams and bigrams and 4- and 6-letter
/// word prefixes, with numbers, dates and proper names masked.
///
/// Names are recognized by spelling alone: a capitalized word becomes `<cap>` unless it is a
/// *common word*, one seen in lower case in the training text, so place and actor names
/// ("Khan Younis", "Taliban") do not drive predictions while "Police" or "Protesters" at the start
/// of a sentence still count. A leading ACLED date clause ("On 2 May 2020, ...") is skipped.
public struct Featurizer: Sendable {
    /// Hashes of the folded words that are kept even when capitalized.
    public let commonWords: Set<UInt64>

    /// Creates a featurizer that keeps capitalized words whose hashes are in `commonWords`.
    public init(commonWords: Set<UInt64>) {
        self.commonWords = commonWords
    }

    /// Creates a featurizer whose common words are those seen in lower case at least
    /// `minimumCount` times in `texts`, plus weapon acronyms ("IED", "RPG", "UAV").
    public init(learningFrom texts: [String], minimumCount: Int) {
        var counts: [UInt64: Int] = [:]
        let tokenizer = Tokenizer()
        for text in texts {
            for token in tokenizer.tokenize(Array(text.unicodeScalars))
            where token.kind == .word && !token.isCapitalized {
                counts[FeatureHash.hash(token.norm, namespace: Namespace.word), default: 0] += 1
            }
        }
        var common = Set(counts.filter { $0.value >= minimumCount }.keys)
        for acronym in Featurizer.acronyms { common.insert(FeatureHash.hash(acronym, namespace: Namespace.word)) }
        self.init(commonWords: common)
    }

    /// The masked terms the features are built from; an empty string marks a phrase break.
    public func terms(of text: String) -> [String] {
        terms(of: Tokenizer().tokenize(Array(text.unicodeScalars))[...])
    }

    /// The masked terms of already tokenized text (the tokens ``Tokenizer`` makes of it).
    public func terms(of tokens: ArraySlice<Token>) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        for token in tokens.dropFirst(Featurizer.dateClauseLength(of: tokens)) {
            switch token.kind {
            case .number:
                terms.append("<num>")
            case .punctuation:
                if Featurizer.breaks.contains(token.norm), terms.last != "" { terms.append("") }
            case .word:
                let term = self.term(for: token)
                if term == "<cap>", terms.last == "<cap>" { continue }
                terms.append(term)
            }
        }
        return terms
    }

    /// The sorted, distinct feature hashes of `text`.
    public func features(of text: String) -> [UInt64] {
        features(of: Tokenizer().tokenize(Array(text.unicodeScalars))[...])
    }

    /// The sorted, distinct feature hashes of already tokenized text.
    public func features(of tokens: ArraySlice<Token>) -> [UInt64] {
        let terms = terms(of: tokens)
        var features: [UInt64] = []
        features.reserveCapacity(terms.count * 3)
        var previous: UInt64?
        for term in terms {
            guard !term.isEmpty else {
                previous = nil
                continue
            }
            let hash = FeatureHash.hash(term, namespace: Namespace.word)
            features.append(hash)
            if let previous { features.append(FeatureHash.pair(previous, hash, namespace: Namespace.bigram)) }
            for length in Featurizer.prefixLengths where term.unicodeScalars.count > length && !term.hasPrefix("<") {
                features.append(FeatureHash.hash(prefixOf: term, count: length, namespace: Namespace.prefix))
            }
            previous = hash
        }
        features.sort()
        var unique = 0
        for i in features.indices where i == 0 || features[i] != features[i - 1] {
            features[unique] = features[i]
            unique += 1
        }
        features.removeSubrange(unique...)
        return features
    }

    private func term(for token: Token) -> String {
        if Featurizer.dateWords.contains(token.norm) { return "<date>" }
        if token.norm.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
            return String(String.UnicodeScalarView(token.norm.unicodeScalars.map {
                $0.value >= 0x30 && $0.value <= 0x39 ? "0" : $0
            }))
        }
        if token.isCapitalized, !commonWords.contains(FeatureHash.hash(token.norm, namespace: Namespace.word)) {
            return "<cap>"
        }
        return token.norm
    }

    /// The number of tokens of a leading date clause ("On 2 May 2020,", "Around
    /// 3 August 2020 (between 3 - 4 August),", "Reported on 18 March,"), or 0.
    private static func dateClauseLength(of tokens: ArraySlice<Token>) -> Int {
        var sawDate = false
        for (index, token) in tokens.prefix(16).enumerated() {
            if token.norm == "," { return sawDate ? index + 1 : 0 }
            if token.kind == .number || dateWords.contains(token.norm) {
                sawDate = true
            } else if !dateClauseWords.contains(token.norm) {
                return 0
            }
        }
        return 0
    }

    private enum Namespace {
        static let word: UInt8 = 1
        static let bigram: UInt8 = 2
        static let prefix: UInt8 = 3
    }

    private static let prefixLengths = [4, 6]

    private static let breaks: Set<String> = [".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\""]

    private static let acronyms = ["ied", "ieds", "vbied", "svbied", "rpg", "rpgs", "uav", "uavs"]

    /// Words that may appear in a leading date clause besides numbers and ``dateWords``.
    private static let dateClauseWords: Set<String> = [
        "on", "around", "about", "reported", "between", "and", "or", "of", "the", "-", "(", ")", "/", "night",
        "morning", "afternoon", "evening", "early", "late", "mid", "week", "weekend", "overnight", "st", "nd",
        "rd", "th", "since", "from", "to", "until", "in", "during",
    ]

    private static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
