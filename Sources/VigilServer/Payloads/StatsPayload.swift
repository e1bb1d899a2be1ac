import Hummingbird
import VigilStore

/// `GET /api/stats`: the statistics' members at the top level.
struct StatsPayload: ResponseEncodable, Sendable {
    var statistics: EventStatistics

    func encode(to encoder: any Encoder) throws {
        try statistics.encode(to: encoder)
    }
}
