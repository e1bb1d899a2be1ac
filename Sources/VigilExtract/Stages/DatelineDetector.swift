import VigilText

/// Finds the dateline that opens a news text ("ERBIL, Kurdistan Region - ", "KABUL (Reuters) —"), also after a
/// headline line ("Drone attacks test truce efforts\nERBIL, Iraq, Feb 11 (Gulf Ledger) - …").
///
/// A dateline starts with a word in capitals and ends at a dash within the first dozen tokens.
struct DatelineDetector: Sendable {
    /// The tokens of the dateline, including its closing dash, or an empty range.
    func dateline(in text: AnalyzedText) -> Range<Int> {
        for start in openings(of: text) {
            let found = dateline(from: start, tokens: text.tokens)
            if !found.isEmpty { return found }
        }
        return 0..<0
    }

    /// Where a dateline may start: the text's first token and, after a headline, the second paragraph's.
    private func openings(of text: AnalyzedText) -> [Int] {
        guard let headline = Self.headline(of: text) else { return [0] }
        return [0, text.sentences[headline].tokens.upperBound]
    }

    /// The index of the headline sentence: a first paragraph of one sentence that ends in a word, without a stop,
    /// with more text after it ("Tear gas, water cannon and a quiet march: Kenya's cost-of-living protests").
    static func headline(of text: AnalyzedText) -> Int? {
        let first = text.sentences.prefix { $0.paragraph == text.sentences.first?.paragraph }
        guard first.count == 1, let headline = first.first, headline.tokens.upperBound < text.tokens.count,
            !headline.tokens.isEmpty, text.tokens[headline.tokens.upperBound - 1].kind != .punctuation
        else { return nil }
        return 0
    }

    private func dateline(from start: Int, tokens: [Token]) -> Range<Int> {
        guard start < tokens.count else { return start..<start }
        let first = tokens[start]
        guard first.kind == .word, first.text.count >= 3, first.text.unicodeScalars.allSatisfy({ !$0.properties.isLowercase })
        else { return start..<start }
        for k in (start + 1)..<min(tokens.count, start + 14) {
            let t = tokens[k]
            if t.kind == .punctuation && (t.norm == "-" && (t.spaceBefore || t.text != "-") || t.norm == ":") {
                return start..<(k + 1)
            }
            if t.norm == "." { break }
        }
        return start..<start
    }
}
