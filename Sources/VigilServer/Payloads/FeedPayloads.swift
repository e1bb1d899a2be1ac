import Hummingbird
import VigilStore

/// `GET /api/feeds`: every watched feed with its health.
struct FeedListPayload: ResponseEncodable, Sendable {
    struct Feed: Encodable, Sendable {
        var feed: FeedRecord
        var itemsLastDay: Int

        enum CodingKeys: String, CodingKey { case itemsLastDay = "items_last_day" }

        func encode(to encoder: any Encoder) throws {
            try feed.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(itemsLastDay, forKey: .itemsLastDay)
        }
    }

    var feeds: [Feed]
}

/// One feed, as added.
struct FeedPayload: ResponseEncodable, Sendable {
    var feed: FeedRecord

    func encode(to encoder: any Encoder) throws { try feed.encode(to: encoder) }
}
