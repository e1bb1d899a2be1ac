/// Finds the dateline that opens a news text ("ERBIL, Kurdistan Region - ", "KABUL (Reuters) —"), also after a
/// headline line ("Drone attacks test truce efforts\nERBIL, Iraq, Feb 11 (Gulf Ledger) - …"): ingestion keeps its
/// place words, extraction its tokens.
///
/// A dateline starts with a word in capitals and ends at a dash (or a colon) within the first dozen tokens; a
/// release's dateline ("(Berlin, July 9, 2025) –", "Dakar, 22 August 2025 -") starts with a capitalized place,
/// perhaps in brackets, and holds a year.
public enum DatelineDetector {
    /// The dateline's place words, without the agency, the date and the dash ("ERBIL, Kurdistan Region",
    /// "Berlin"), or nil.
    public static func dateline(in text: AnalyzedText) -> String? {
        let found = tokens(in: text)
        guard !found.isEmpty else { return nil }
        let opening = text.tokens[found.lowerBound]
        if opening.text == "(" || opening.text.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            // A release's dateline: the place is what comes before the first comma.
            let first = opening.text == "(" ? found.lowerBound + 1 : found.lowerBound
            let comma = found.first { text.tokens[$0].text == "," } ?? first
            return comma > first ? text.slice(text.tokens[first].start, text.tokens[comma - 1].end) : nil
        }
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
        else { return releaseDateline(from: start, tokens: tokens) }
        for k in (start + 1)..<min(tokens.count, start + 14) {
            let t = tokens[k]
            if closes(t) { return start..<(k + 1) }
            if t.norm == "." { break }
        }
        return start..<start
    }

    /// "(Berlin, July 9, 2025) – Belarusian authorities should …", "Dakar, 22 August 2025 - The network is …",
    /// "Srinagar, Nov 14: Police in …": a place of capitalized words (perhaps in brackets) and a comma, then a date
    /// that ends with its year, with a day after its month, or with the closing bracket, then a dash or a colon.
    private static func releaseDateline(from start: Int, tokens: [Token]) -> Range<Int> {
        let place = tokens[start].text == "(" ? start + 1 : start
        var comma = place
        while comma < min(tokens.count, place + 4), isCapitalized(tokens[comma]) { comma += 1 }
        guard comma > place, comma < tokens.count, tokens[comma].text == "," else { return start..<start }
        for k in (comma + 1)..<min(tokens.count, start + 14) {
            let t = tokens[k]
            if closes(t) {
                let date = tokens[(comma + 1)..<k]
                let closes =
                    tokens[k - 1].text == ")"
                    ? place > start && date.contains(where: isYear)
                    : isYear(tokens[k - 1]) || date.count == 2 && isMonthAndDay(date.first!, date.last!)
                return closes ? start..<(k + 1) : start..<start
            }
            if t.norm == "." { break }
        }
        return start..<start
    }

    /// A dash that stands apart ("KABUL -", "KABUL —") or a colon: what closes a dateline.
    private static func closes(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.norm == "-" && (token.spaceBefore || token.text != "-") || token.norm == ":")
    }

    private static func isCapitalized(_ token: Token) -> Bool {
        token.kind == .word && token.text.unicodeScalars.first?.properties.isUppercase == true
    }

    /// "Nov 14": a capitalized word, then a day of the month.
    private static func isMonthAndDay(_ month: Token, _ day: Token) -> Bool {
        isCapitalized(month) && day.kind == .number && Int(day.text).map { (1...31).contains($0) } == true
    }

    private static func isYear(_ token: Token) -> Bool {
        token.kind == .number && token.text.count == 4 && Int(token.text).map { (1900...2100).contains($0) } == true
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace || last == "," { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
