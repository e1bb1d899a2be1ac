import Hummingbird
import VigilStore

/// `GET /api/stats`: counts by day, type, country and actor of the events matching the filters.
struct StatsRoutes {
    let store: any ReviewStore

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("stats") { request, _ -> StatsPayload in
            let query = try QueryParameters(request, allowed: EventSearchParser.filterParameters.union(["actors"]))
            let search = try EventSearchParser.search(query)
            let actors = try query.int("actors", in: 1...500) ?? 20
            return try await StoreWork.run { StatsPayload(statistics: try store.eventStatistics(search, actorLimit: actors)) }
        }
    }
}
