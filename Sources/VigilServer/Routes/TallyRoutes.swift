import Hummingbird
import VigilLink
import VigilModel
import VigilStore

/// `GET /api/tallies`: reported tallies beside what the canonical events add up to.
struct TallyRoutes {
    let store: any ReviewStore

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("tallies") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return try await StoreWork.run { TallyListPayload(tallies: try store.tallies().map(coverage)) }
        }
    }

    /// Compares a tally with the canonical events (each real event once, however many sources told
    /// it) of its period, places and target, exactly as `vigil tallies` does.
    func coverage(_ tally: Tally) throws -> TallyCoveragePayload {
        let reportDate = try store.document(id: tally.docID)?.document.published
        let events = try store.canonicalEvents(
            EventQuery(from: tally.since, to: tally.until ?? reportDate, limit: Int(Int32.max))
        ).map(\.event)
        return TallyCoveragePayload(TallyCoverage(tally: tally, events: events, reportDate: reportDate))
    }
}
