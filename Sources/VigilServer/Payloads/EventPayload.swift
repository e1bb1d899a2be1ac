import Hummingbird
import VigilModel
import VigilStore

/// An event as the API returns it: the extraction contract's fields plus `review`, and
/// `report_count` and `source_names` when the store gave them.
struct EventPayload: Encodable, Sendable {
    var reviewed: ReviewedEvent

    enum CodingKeys: String, CodingKey {
        case review
    }

    func encode(to encoder: any Encoder) throws {
        try reviewed.event.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reviewed.review, forKey: .review)
        try reviewed.sources?.encode(to: encoder)
    }
}
