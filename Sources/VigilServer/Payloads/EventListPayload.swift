import Hummingbird

/// A page of events and the cursor of the next page.
struct EventListPayload: ResponseEncodable, Sendable {
    var events: [EventPayload]
    var count: Int
    /// Pass as `cursor` to get the next page; null on the last page.
    var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case events, count
        case nextCursor = "next_cursor"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(events, forKey: .events)
        try container.encode(count, forKey: .count)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
