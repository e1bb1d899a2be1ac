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
            id: raw.id ?? "doc-" + hash.prefix(16), source: source ?? raw.source, url: raw.url, title: raw.title,
            published: raw.published ?? published, ingested: ingested,
            language: raw.language ?? language ?? LanguageIdentifier().identify(analyzed), text: raw.text,
            contentHash: hash, dateline: DatelineDetector.dateline(in: analyzed))
    }

    /// The current time as ISO 8601 UTC, second precision.
    public static func now() -> String { timestamp(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down))) }

    /// A time as ISO 8601 UTC, second precision ("2024-06-05T14:03:09Z"), computed without a date formatter, whose
    /// time-zone data takes milliseconds to load at start-up.
    public static func timestamp(secondsSince1970 seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(CalendarDay(daysSinceEpoch: days))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }
}
