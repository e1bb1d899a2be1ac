public import VigilModel
public import VigilText

/// The sentences of a document that hold an event's evidence: what the linker compares of two reports besides
/// their fields. The sentences are VigilText's, as extraction reads them, so "U.S. forces" or "Brig. Gen." do not
/// end one.
public struct EvidenceSentences: Sendable {
    private let analyzed: AnalyzedText

    /// Segments `text` once, for every event of the document.
    public init(text: String) {
        self.init(analyzed: AnalyzedText(text))
    }

    /// The sentences of a text already analyzed (for extraction, whose evidence offsets index it).
    public init(analyzed: AnalyzedText) {
        self.analyzed = analyzed
    }

    /// The sentences that contain a span of `evidence` (code-point offsets, as ``Evidence`` defines them), in text
    /// order, joined by spaces.
    public func context(of evidence: [Evidence]) -> String {
        var chosen = Set<Int>()
        for span in evidence where span.start >= 0 && span.start < analyzed.scalars.count {
            let end = max(span.end, span.start + 1)
            for (i, sentence) in analyzed.sentences.enumerated() where sentence.start < end && sentence.end > span.start {
                chosen.insert(i)
            }
        }
        return chosen.sorted().map { analyzed.slice(analyzed.sentences[$0].start, analyzed.sentences[$0].end) }
            .joined(separator: " ")
    }

    /// The sentences of `text` that contain a span of `evidence`, for one event.
    public static func sentences(of evidence: [Evidence], in text: String) -> String {
        EvidenceSentences(text: text).context(of: evidence)
    }
}

extension String {
    /// The string without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
