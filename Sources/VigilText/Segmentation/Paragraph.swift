/// A paragraph: a block of text between line breaks.
public struct Paragraph: Hashable, Sendable {
    public let start: Int
    public let end: Int
    /// Indexes into the document's sentences.
    public let sentences: Range<Int>
    /// True when the same paragraph (after normalization) appeared earlier in the document.
    public let isRepeat: Bool

    public init(start: Int, end: Int, sentences: Range<Int>, isRepeat: Bool) {
        self.start = start
        self.end = end
        self.sentences = sentences
        self.isRepeat = isRepeat
    }
}
