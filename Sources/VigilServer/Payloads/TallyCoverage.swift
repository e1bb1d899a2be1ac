import Hummingbird
import VigilModel

/// A reported tally beside what Vigil recorded for the same period and places.
struct TallyCoverage: Encodable, Sendable {
    /// One place of the tally's breakdown, compared.
    struct Part: Encodable, Sendable {
        var country: String
        var reported: Int
        var recorded: Int
    }

    var tally: Tally
    /// The figure Vigil's events give: attacks for counted attacks or events, fatalities for killed.
    var recorded: Int
    /// recorded ÷ reported (null when nothing was reported).
    var coverage: Double?
    var parts: [Part]
}

/// Every tally with its coverage.
struct TallyListPayload: ResponseEncodable, Sendable {
    var tallies: [TallyCoverage]
}
