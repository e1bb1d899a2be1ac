import Hummingbird
import VigilModel
import VigilStore

/// `GET /api/events` (filtered, sorted, paginated by cursor) and `GET /api/events/{id}`.
struct EventRoutes {
    let store: any ReviewStore

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("events") { request, _ in try list(request) }
        reads.get("events/{id}") { request, context in try detail(request, id: context.recordID()) }
    }

    func list(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: EventSearchParser.listingParameters)
        return try EventJSONListBody.response(try store.searchEventJSON(try EventSearchParser.search(query)))
    }

    func detail(_ request: Request, id: String) throws -> EventDetailPayload {
        _ = try QueryParameters(request, allowed: [])
        guard let reviewed = try store.reviewedEvent(id: id) else { throw APIError.notFound("no event with id \"\(id)\"") }
        let stored = try store.document(id: reviewed.event.docID)
        var merged = EventSearch()
        merged.statuses = [.merged]
        merged.limit = ServerConfiguration.maxPageSize
        let mergedIDs = try store.searchEvents(merged).events.filter { $0.review.mergedInto == id }.map(\.event.eventID)
        return EventDetailPayload(
            event: EventPayload(reviewed: reviewed),
            article: stored.map {
                .init(
                    id: $0.document.id, title: $0.document.title, published: $0.document.published,
                    language: $0.document.language, text: $0.document.text, repeatedSpans: $0.repeatedSpans)
            },
            sources: stored?.sources ?? [], storyDocuments: stored?.storyDocuments ?? [], mergedEvents: mergedIDs,
            history: try store.auditLog(subject: id, limit: 1000))
    }
}
