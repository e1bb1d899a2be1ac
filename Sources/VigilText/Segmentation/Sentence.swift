/// A sentence, with code-point offsets and the range of its tokens.
public struct Sentence: Hashable, Sendable {
    public let start: Int
    public let end: Int
    /// Indexes into the document's tokens.
    public let tokens: Range<Int>
    /// Index of the paragraph it belongs to.
    public let paragraph: Int
    /// True when the same sentence (after normalization) appeared earlier in the document:
    /// extraction reads each sentence once.
    public let isRepeat: Bool

    public init(start: Int, end: Int, tokens: Range<Int>, paragraph: Int, isRepeat: Bool) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.paragraph = paragraph
        self.isRepeat = isRepeat
    }
}
