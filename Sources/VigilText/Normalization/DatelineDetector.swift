/// Finds the dateline that opens a news text ("ERBIL, Kurdistan Region - ", "KABUL (Reuters) —"), also after a
/// headline line ("Drone attacks test truce efforts\nERBIL, Iraq, Feb 11 (Gulf Ledger) - …"): ingestion keeps its
/// place words, extraction its tokens.
///
/// A dateline starts with a word in capitals and ends at a dash (or a colon) within the first dozen tokens.
public enum DatelineDetector {
    /// The dateline's place words, without the agency and the dash ("ERBIL, Kurdistan Region"), or nil.
    public static func dateline(in text: AnalyzedText) -> String? {
        let found = tokens(in: text)
        guard !found.isEmpty else { return nil }
        let agency = found.first { text.tokens[$0].text == "(" }
        let stop = text.tokens[agency ?? (found.upperBound - 1)].start
        let words = text.slice(text.tokens[found.lowerBound].start, stop).trimmingTrailingSpace()
        return words.isEmpty ? nil : words
    }

    /// The tokens of the dateline, including its closing dash, or an empty range.
    public static func tokens(in text: AnalyzedText) -> Range<Int> {
        for start in openings(of: text) {
            let found = dateline(from: start, tokens: text.tokens)
            if !found.isEmpty { return found }
        }
        return 0..<0
    }

    /// The index of the headline sentence: a first paragraph of one sentence that ends in a word, without a stop,
    /// with more text after it ("Tear gas, water cannon and a quiet march: Kenya's cost-of-living protests").
    public static func headline(of text: AnalyzedText) -> Int? {
        let first = text.sentences.prefix { $0.paragraph == text.sentences.first?.paragraph }
        guard first.count == 1, let headline = first.first, headline.tokens.upperBound < text.tokens.count,
            !headline.tokens.isEmpty, text.tokens[headline.tokens.upperBound - 1].kind != .punctuation
        else { return nil }
        return 0
    }

    /// Where a dateline may start: the text's first token and, after a headline, the second paragraph's.
    private static func openings(of text: AnalyzedText) -> [Int] {
        guard let headline = headline(of: text) else { return [0] }
        return [0, text.sentences[headline].tokens.upperBound]
    }

    private static func dateline(from start: Int, tokens: [Token]) -> Range<Int> {
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

extension String {
    func trimmingTrailingSpace() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace || last == "," { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
