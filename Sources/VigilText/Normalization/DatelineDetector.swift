/// Finds a news dateline at the start of an article ("ERBIL, Kurdistan Region -", "KHARTOUM, Sudan (AP) —").
public enum DatelineDetector {
    /// The dateline's place words, without the dash and agency ("ERBIL, Kurdistan Region"), or nil.
    public static func dateline(in text: AnalyzedText) -> String? {
        // Look at the first sentence of the first two paragraphs (the first may be a title).
        for paragraph in text.paragraphs.prefix(2) {
            guard let first = paragraph.sentences.first else { continue }
            let tokens = text.tokens[text.sentences[first].tokens]
            guard let opening = tokens.first, opening.kind == .word, opening.text.count >= 3,
                opening.text == opening.text.uppercased()
            else { continue }
            // Up to the first dash within the first 12 tokens, skipping an agency in brackets.
            var end: Int?
            var depth = 0
            for token in tokens.prefix(14) {
                if token.text == "(" { depth += 1 }
                if token.text == ")" { depth -= 1 }
                if depth == 0, token.kind == .punctuation, token.norm == "-" || token.text == "—" || token.text == "–",
                    token.spaceBefore
                {
                    end = token.start
                    break
                }
            }
            guard let end else { continue }
            var stop = end
            // Drop a trailing agency: "KHARTOUM (AP) -".
            if let open = tokens.first(where: { $0.text == "(" && $0.start < end }) { stop = open.start }
            let dateline = text.slice(opening.start, stop).trimmingTrailingSpace()
            return dateline.isEmpty ? nil : dateline
        }
        return nil
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace || last == "," { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
