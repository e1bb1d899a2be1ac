public import VigilModel

/// A reported tally set against what the database holds for the same period, places and target:
/// "Pentagon: 38 attacks on US troops since 2023-10-17 (Iraq 20, Syria 18); Vigil: 4 events, 6 attacks".
public struct TallyCoverage: Sendable, Hashable {
    /// What Vigil holds in one place of the breakdown.
    public struct Part: Sendable, Hashable {
        /// The country, as ACLED names it.
        public var country: String
        /// The figure the reporter gives for this place (nil when the breakdown does not name it).
        public var reported: Int?
        /// Vigil's matching events there.
        public var events: Int
        /// Vigil's figure in the tally's unit (attacks, killed, injured or events).
        public var counted: Int
    }

    /// The reported tally.
    public var tally: Tally
    /// The first day compared (the tally's `since`).
    public var from: CalendarDay?
    /// The last day compared: the tally's `until`, else the report's date.
    public var to: CalendarDay?
    /// Vigil's matching events (canonical events when linking has run).
    public var events: [Event]
    /// Vigil's figure in the tally's unit: attacks (sum of attack counts), killed, injured or events.
    public var counted: Int
    /// Per place of the breakdown (or per country of the matching events when there is none).
    public var parts: [Part]

    /// Compares `tally` with `events`: those dated in the tally's period (through `reportDate` when
    /// the tally gives no end), in its breakdown's countries, and aimed at its target.
    public init(tally: Tally, events: [Event], reportDate: CalendarDay?) {
        self.tally = tally
        from = tally.since
        to = tally.until ?? reportDate
        let target = TallyTarget(tally.target)
        let countries = Set(tally.breakdown.map(\.country))
        let unit = TallyUnit(tally.counted)
        let matching = events.filter { event in
            if let from = tally.since, event.eventDate < from { return false }
            if let to = tally.until ?? reportDate, event.eventDate > to { return false }
            if !countries.isEmpty, !countries.contains(event.country) { return false }
            return unit.applies(to: event) && target.matches(event)
        }.sorted { ($0.eventDate, $0.eventID) < ($1.eventDate, $1.eventID) }
        self.events = matching
        counted = matching.reduce(0) { $0 + unit.figure(of: $1) }
        let partCountries = tally.breakdown.isEmpty ? Array(Set(matching.map(\.country))).sorted() : tally.breakdown.map(\.country)
        parts = partCountries.map { country in
            let here = matching.filter { $0.country == country }
            return Part(
                country: country, reported: tally.breakdown.first { $0.country == country }?.count, events: here.count,
                counted: here.reduce(0) { $0 + unit.figure(of: $1) })
        }
    }

    /// The comparison in one line.
    public var summary: String {
        var reported = "\(tally.reporter.isEmpty ? "(unnamed reporter)" : tally.reporter): \(tally.count) \(tally.counted)"
        if !tally.target.isEmpty { reported += " on \(tally.target)" }
        if let since = tally.since { reported += " since \(since)" }
        if let until = tally.until { reported += " until \(until)" }
        let breakdown = parts.compactMap { part in part.reported.map { "\(part.country) \($0)" } }
        if !breakdown.isEmpty { reported += " (\(breakdown.joined(separator: ", ")))" }
        let unit = TallyUnit(tally.counted)
        var vigil = "Vigil: \(events.count) event\(events.count == 1 ? "" : "s")"
        if unit != .events { vigil += ", \(counted) \(tally.counted)" }
        let places = parts.map { "\($0.country) \($0.events)" }
        if parts.count > 1 || !tally.breakdown.isEmpty { vigil += " (\(places.joined(separator: ", ")))" }
        return reported + "; " + vigil
    }
}
