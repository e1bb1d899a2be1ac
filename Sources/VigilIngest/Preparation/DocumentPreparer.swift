import Foundation
public import VigilModel
public import VigilText

/// Turns a read document into one ready for storage: analyzes the text once to find the dateline,
/// the repeated paragraphs, the language, the content hash and the MinHash fingerprint.
public struct DocumentPreparer: Sendable {
    /// Overrides the source of every document ("--source").
    public var source: String?
    /// Publication date for documents that carry none ("--published").
    public var published: CalendarDay?
    /// Language for documents that declare none ("--language"); nil identifies it from the text.
    public var language: String?
    private let minHash = MinHash()

    public init(source: String? = nil, published: CalendarDay? = nil, language: String? = nil) {
        self.source = source
        self.published = published
        self.language = language
    }

    /// Prepares one document for storage; `ingested` is the ISO 8601 time of the run.
    public func prepare(_ raw: RawDocument, ingested: String) -> IncomingDocument {
        let analyzed = AnalyzedText(raw.text)
        let document = self.document(raw, analyzed: analyzed, ingested: ingested)
        let signature = minHash.signature(of: analyzed)
        let repeated = analyzed.paragraphs.filter(\.isRepeat).map { [$0.start, $0.end] }
        return IncomingDocument(
            document: document, signature: signature, bandKeys: MinHash.bandKeys(signature),
            keyTerms: MinHash.keyTerms(of: analyzed), repeatedSpans: repeated,
            origin: raw.origin)
    }

    /// The document alone, without fingerprints, from its text already analyzed (`analyzed` must be
    /// `raw.text`'s analysis): what `vigil extract` needs.
    public func document(_ raw: RawDocument, analyzed: AnalyzedText, ingested: String) -> Document {
        let hash = TextNormalizer.contentHash(analyzed)
        return Document(
            id: raw.id ?? "doc-" + hash.prefix(16), source: Self.sourceName(source ?? raw.source), url: raw.url, title: raw.title,
            published: raw.published ?? published, ingested: ingested,
            language: raw.language ?? language ?? LanguageIdentifier().identify(analyzed), text: raw.text,
            contentHash: hash, dateline: DatelineDetector.dateline(in: analyzed))
    }

    /// A source name as stored: a control character (which listings join names with) becomes a space.
    static func sourceName(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return name }
        return String(String.UnicodeScalarView(name.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
