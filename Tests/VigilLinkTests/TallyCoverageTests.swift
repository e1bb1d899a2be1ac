import Testing
import VigilLink
import VigilModel

/// Reported tallies against the events Vigil holds.
@Suite struct TallyCoverageTests {
    @Test func pentagonTallyAgainstFourEvents() {
        let tally = Tally(
            docID: "seed", tallyID: "seed-t1", reporter: "Pentagon", counted: "attacks", target: "US troops", count: 38,
            since: CalendarDay(iso: "2023-10-17"),
            breakdown: [.init(country: "Iraq", iso3: "IRQ", count: 20), .init(country: "Syria", iso3: "SYR", count: 18)])
        let syria = place("Al Tanf", 33.5, 38.66, admin1: "Homs", country: "Syria")
        let events = [
            report("a-1", attacks: 3), report("a-2", place: place("Erbil Air Base", 36.24, 43.96, admin1: "Erbil")),
            report("a-3", place: syria), report("a-4", place: place("Tal Baydar", 36.87, 40.22, admin1: "Al Hasakah", country: "Syria")),
            report("a-5", date: "2023-10-01"), report("a-6", type: .peacefulProtest, actor2: ""),
            report("a-7", actor2: "Military Forces of Israel"),
        ].map(\.event)
        let coverage = TallyCoverage(tally: tally, events: events, reportDate: CalendarDay(iso: "2023-11-07"))
        #expect(coverage.events.count == 4)
        #expect(coverage.counted == 6)
        #expect(coverage.summary == "Pentagon: 38 attacks on US troops since 2023-10-17 (Iraq 20, Syria 18); Vigil: 4 events, 6 attacks (Iraq 2, Syria 2)")
    }
}
