/// A document prepared for storage: the document, where this copy came from, and its fingerprints.
public struct IncomingDocument: Sendable, Hashable {
    public var document: Document
    /// MinHash signature of the normalized text, for near-duplicate detection.
    public var signature: [UInt32]
    /// LSH band keys of the signature.
    public var bandKeys: [Int64]
    /// Names and numbers of the text (folded, sorted, unique): near-copies must share nearly all of
    /// them, so two short reports that differ only in the place or the toll stay apart.
    public var keyTerms: [String]
    /// `[start, end)` code-point ranges of paragraphs that repeat earlier text of the same document.
    public var repeatedSpans: [[Int]]
    /// Where this copy was read from ("feeds/world.rss item 2").
    public var origin: String

    public init(document: Document, signature: [UInt32], bandKeys: [Int64], keyTerms: [String], repeatedSpans: [[Int]], origin: String) {
        self.document = document
        self.signature = signature
        self.bandKeys = bandKeys
        self.keyTerms = keyTerms
        self.repeatedSpans = repeatedSpans
        self.origin = origin
    }
}
