import VigilText

/// Finds the dateline that opens a news text ("ERBIL, Kurdistan Region - ", "KABUL (Reuters) —").
///
/// A dateline starts with a word in capitals and ends at a dash within the first dozen tokens.
struct DatelineDetector: Sendable {
    /// The tokens of the dateline, including its closing dash, or an empty range.
    func dateline(in text: AnalyzedText) -> Range<Int> {
        let tokens = text.tokens
        guard let first = tokens.first, first.kind == .word, first.text.count >= 3,
            first.text.unicodeScalars.allSatisfy({ !$0.properties.isLowercase })
        else { return 0..<0 }
        for k in 1..<min(tokens.count, 14) {
            let t = tokens[k]
            if t.kind == .punctuation && (t.norm == "-" && (t.spaceBefore || t.text != "-") || t.norm == ":") {
                return 0..<(k + 1)
            }
            if t.norm == "." { break }
        }
        return 0..<0
    }
}
