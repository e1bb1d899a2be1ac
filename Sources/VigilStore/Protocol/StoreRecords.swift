public import VigilModel

/// One place a document was seen: the outlet, URL and date of one copy.
public struct DocumentSourceRecord: Codable, Hashable, Sendable {
    public var source: String
    public var url: String
    public var published: CalendarDay?
    public var ingested: String
    public var origin: String

    public init(source: String, url: String, published: CalendarDay?, ingested: String, origin: String) {
        self.source = source
        self.url = url
        self.published = published
        self.ingested = ingested
        self.origin = origin
    }
}

/// A document with everything stored about it.
public struct StoredDocument: Codable, Hashable, Sendable {
    public var document: Document
    public var sources: [DocumentSourceRecord]
    /// Other documents of the same story (near-duplicates), with their similarity.
    public var storyDocuments: [DocumentSummary]
    /// `[start, end)` code-point ranges of repeated paragraphs.
    public var repeatedSpans: [[Int]]

    public init(document: Document, sources: [DocumentSourceRecord], storyDocuments: [DocumentSummary], repeatedSpans: [[Int]]) {
        self.document = document
        self.sources = sources
        self.storyDocuments = storyDocuments
        self.repeatedSpans = repeatedSpans
    }

    enum CodingKeys: String, CodingKey {
        case document, sources
        case storyDocuments = "story_documents"
        case repeatedSpans = "repeated_spans"
    }
}

/// A line of a document listing.
public struct DocumentSummary: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var source: String
    public var published: CalendarDay?
    public var ingested: String
    public var storyID: String
    public var sourceCount: Int
    /// A short excerpt (search results show the matching words in [brackets]).
    public var snippet: String

    public init(
        id: String, title: String, source: String, published: CalendarDay?, ingested: String, storyID: String,
        sourceCount: Int, snippet: String
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.ingested = ingested
        self.storyID = storyID
        self.sourceCount = sourceCount
        self.snippet = snippet
    }

    enum CodingKeys: String, CodingKey {
        case id, title, source, published, ingested
        case storyID = "story_id"
        case sourceCount = "source_count"
        case snippet
    }
}

/// Counts of what the store holds.
public struct StoreStats: Codable, Hashable, Sendable {
    public var documents: Int
    public var sources: Int
    public var stories: Int
    public var storiesPending: Int
    public var events: Int
    public var tallies: Int
    public var eventsByType: [String: Int]
    public var eventsByCountry: [String: Int]
    public var firstEventDate: String?
    public var lastEventDate: String?

    public init(
        documents: Int, sources: Int, stories: Int, storiesPending: Int, events: Int, tallies: Int,
        eventsByType: [String: Int], eventsByCountry: [String: Int], firstEventDate: String?, lastEventDate: String?
    ) {
        self.documents = documents
        self.sources = sources
        self.stories = stories
        self.storiesPending = storiesPending
        self.events = events
        self.tallies = tallies
        self.eventsByType = eventsByType
        self.eventsByCountry = eventsByCountry
        self.firstEventDate = firstEventDate
        self.lastEventDate = lastEventDate
    }

    enum CodingKeys: String, CodingKey {
        case documents, sources, stories
        case storiesPending = "stories_pending"
        case events, tallies
        case eventsByType = "events_by_type"
        case eventsByCountry = "events_by_country"
        case firstEventDate = "first_event_date"
        case lastEventDate = "last_event_date"
    }
}

/// Filters for listing events; nil means "any".
public struct EventQuery: Sendable, Hashable {
    public var from: CalendarDay?
    public var to: CalendarDay?
    public var country: String?
    public var eventType: EventType?
    public var subEventType: SubEventType?
    public var actor: String?
    public var documentID: String?
    public var limit: Int
    public var offset: Int

    public init(
        from: CalendarDay? = nil, to: CalendarDay? = nil, country: String? = nil, eventType: EventType? = nil,
        subEventType: SubEventType? = nil, actor: String? = nil, documentID: String? = nil, limit: Int = 100,
        offset: Int = 0
    ) {
        self.from = from
        self.to = to
        self.country = country
        self.eventType = eventType
        self.subEventType = subEventType
        self.actor = actor
        self.documentID = documentID
        self.limit = limit
        self.offset = offset
    }
}
