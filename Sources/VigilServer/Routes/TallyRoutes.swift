import Hummingbird
import VigilModel
import VigilStore

/// `GET /api/tallies`: reported tallies beside what the stored events add up to.
struct TallyRoutes {
    let store: any ReviewStore

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("tallies") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return TallyListPayload(tallies: try store.tallies().map(coverage))
        }
    }

    /// Compares a tally with the events of its period and places: attacks and deaths are counted
    /// over political violence (battles, explosions, violence against civilians), other tallies over
    /// every event.
    func coverage(_ tally: Tally) throws -> TallyCoverage {
        let violent = tally.counted.contains("attack") || tally.counted.contains("kill")
        func recorded(countries: [String]) throws -> Int {
            var search = EventSearch()
            search.from = tally.since
            search.to = tally.until
            search.countries = countries
            if violent { search.eventTypes = EventType.allCases.filter { $0.disorderType == .politicalViolence } }
            let statistics = try store.eventStatistics(search, actorLimit: 1)
            return tally.counted.contains("kill") ? statistics.fatalities : statistics.attacks
        }
        let parts = try tally.breakdown.map { part in
            TallyCoverage.Part(country: part.country, reported: part.count, recorded: try recorded(countries: [part.country]))
        }
        let total = try recorded(countries: tally.breakdown.map(\.country))
        return TallyCoverage(
            tally: tally, recorded: total, coverage: tally.count > 0 ? Double(total) / Double(tally.count) : nil,
            parts: parts)
    }
}
