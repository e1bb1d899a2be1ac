import Hummingbird
import VigilStore
import VigilWatch

/// `GET /api/feeds`: every watched feed with its health.
struct FeedListPayload: ResponseEncodable, Sendable {
    var feeds: [FeedHealth]
}

/// One feed, as added.
struct FeedPayload: ResponseEncodable, Sendable {
    var feed: FeedRecord

    func encode(to encoder: any Encoder) throws { try feed.encode(to: encoder) }
}
