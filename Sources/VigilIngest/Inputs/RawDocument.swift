public import VigilModel

/// A document as read from an input, before de-duplication and storage.
public struct RawDocument: Sendable, Hashable {
    /// The input's own id (JSONL `id`, feed guid), if it has one.
    public var id: String?
    public var title: String
    public var text: String
    public var published: CalendarDay?
    public var source: String
    public var url: String
    public var language: String?
    /// Where it came from, for messages: "feeds/world.rss item 2", "docs.jsonl:14".
    public var origin: String

    public init(
        id: String? = nil, title: String = "", text: String, published: CalendarDay? = nil, source: String = "",
        url: String = "", language: String? = nil, origin: String
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.published = published
        self.source = source
        self.url = url
        self.language = language
        self.origin = origin
    }
}
