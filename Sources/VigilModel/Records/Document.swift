/// An article as Vigil stores it: the original text and where it came from.
public struct Document: Codable, Hashable, Sendable {
    /// Stable identifier: the input's `id`, or one derived from the content hash.
    public var id: String
    /// The outlet or feed ("Rudaw"); empty when unknown.
    public var source: String
    public var url: String
    public var title: String
    /// Publication date, when known; relative dates in the text resolve against it.
    public var published: CalendarDay?
    /// When Vigil ingested it, ISO 8601 UTC.
    public var ingested: String
    /// ISO 639-1 language code ("en").
    public var language: String
    /// The original text, exactly as received after decoding; evidence offsets point into it.
    public var text: String
    /// Hex SHA-256 of the normalized text; equal hashes are exact duplicates.
    public var contentHash: String
    /// The story (group of near-duplicate documents) this document belongs to.
    public var storyID: String
    /// The dateline that opened the text ("ERBIL, Kurdistan Region"), if any.
    public var dateline: String?

    public init(
        id: String, source: String = "", url: String = "", title: String = "", published: CalendarDay? = nil,
        ingested: String = "", language: String = "en", text: String, contentHash: String = "",
        storyID: String = "", dateline: String? = nil
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.ingested = ingested
        self.language = language
        self.text = text
        self.contentHash = contentHash
        self.storyID = storyID
        self.dateline = dateline
    }

    enum CodingKeys: String, CodingKey {
        case id, source, url, title, published, ingested, language, text
        case contentHash = "content_hash"
        case storyID = "story_id"
        case dateline
    }
}
