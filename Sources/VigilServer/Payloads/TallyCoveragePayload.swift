import Hummingbird
import VigilLink
import VigilModel

/// A reported tally beside what Vigil holds for the same period, places and target: the figures of
/// `VigilLink.TallyCoverage`, as `vigil tallies` prints them.
struct TallyCoveragePayload: Encodable, Sendable {
    /// One place of the tally's breakdown (or of the matching events when there is none), compared.
    struct Part: Encodable, Sendable {
        var country: String
        /// The reporter's figure there (null when the breakdown does not name it).
        var reported: Int?
        /// Vigil's matching canonical events there.
        var events: Int
        /// Vigil's figure there, in the tally's unit.
        var recorded: Int
    }

    var tally: Tally
    /// The last day compared: the tally's end, else the report's date.
    var to: CalendarDay?
    /// Vigil's figure in the tally's unit: attacks (attack counts), killed, injured or events.
    var recorded: Int
    /// recorded ÷ reported (null when nothing was reported).
    var coverage: Double?
    /// The ids of the matching canonical events.
    var events: [String]
    var parts: [Part]
    /// The comparison in one line, as `vigil tallies` prints it.
    var summary: String

    init(_ coverage: TallyCoverage) {
        tally = coverage.tally
        to = coverage.to
        recorded = coverage.counted
        self.coverage = coverage.tally.count > 0 ? Double(coverage.counted) / Double(coverage.tally.count) : nil
        events = coverage.events.map(\.eventID)
        parts = coverage.parts.map { Part(country: $0.country, reported: $0.reported, events: $0.events, recorded: $0.counted) }
        summary = coverage.summary
    }
}

/// Every tally with its coverage.
struct TallyListPayload: ResponseEncodable, Sendable {
    var tallies: [TallyCoveragePayload]
}
