import Hummingbird

/// What `POST /api/documents` did with each document.
struct IngestPayload: ResponseEncodable, Sendable {
    /// One document's outcome.
    struct Outcome: Encodable, Sendable {
        /// new, duplicate, near_duplicate or rejected.
        var outcome: String
        var id: String
        /// The stored document this one duplicates, or the story it joined.
        var existing: String?
        var similarity: Double?
        var reason: String?
    }

    var documents: [Outcome]
    var new: Int
    var duplicates: Int
    var nearDuplicates: Int
    var rejected: Int
    /// Events extracted after ingestion, when the server extracts; null when left to `vigil process`.
    var eventsExtracted: Int?

    enum CodingKeys: String, CodingKey {
        case documents, new, duplicates
        case nearDuplicates = "near_duplicates"
        case rejected
        case eventsExtracted = "events_extracted"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(new, forKey: .new)
        try container.encode(duplicates, forKey: .duplicates)
        try container.encode(nearDuplicates, forKey: .nearDuplicates)
        try container.encode(rejected, forKey: .rejected)
        try container.encode(eventsExtracted, forKey: .eventsExtracted)
    }
}
