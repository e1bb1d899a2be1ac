/// A document's text split into code points, tokens, sentences and paragraphs: what every
/// extraction stage reads.
public struct AnalyzedText: Sendable {
    /// The original text.
    public let text: String
    /// The original text as code points; all offsets index this array.
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let paragraphs: [Paragraph]

    /// Analyzes `text` with the default tokenizer and segmenter.
    public init(_ text: String) {
        self.init(text, tokenizer: Tokenizer(), segmenter: Segmenter())
    }

    public init(_ text: String, tokenizer: Tokenizer, segmenter: Segmenter) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        tokens = tokenizer.tokenize(scalars)
        (sentences, paragraphs) = segmenter.segment(scalars: scalars, tokens: tokens)
    }

    /// The original text of `[start, end)` in code points.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    /// The original text covered by tokens `range` (from the first token's start to the last one's end).
    public func slice(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return slice(tokens[first].start, tokens[last].end)
    }

    /// The sentences extraction should read: every sentence not repeated earlier in the document.
    public var uniqueSentences: [Sentence] { sentences.filter { !$0.isRepeat } }
}
