import Hummingbird

/// `/healthz`: the server answers and the database reads.
struct HealthPayload: ResponseEncodable, Sendable {
    var status: String
    var documents: Int
    var events: Int
    var version: String
}
