import Hummingbird
import VigilStore

/// A page of document summaries.
struct DocumentListPayload: ResponseEncodable, Sendable {
    var documents: [DocumentSummary]
    var count: Int
    /// The `offset` of the next page; null on the last page.
    var nextOffset: Int?

    enum CodingKeys: String, CodingKey {
        case documents, count
        case nextOffset = "next_offset"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(count, forKey: .count)
        try container.encode(nextOffset, forKey: .nextOffset)
    }
}

/// A document with its sources, near-duplicates and extracted events.
struct DocumentDetailPayload: ResponseEncodable, Sendable {
    var stored: StoredDocument
    var events: [EventPayload]

    enum CodingKeys: String, CodingKey {
        case events
    }

    func encode(to encoder: any Encoder) throws {
        try stored.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(events, forKey: .events)
    }
}
