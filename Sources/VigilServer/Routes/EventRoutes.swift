import Hummingbird
import VigilModel
import VigilStore

/// `GET /api/events` (filtered, sorted, paginated by cursor) and `GET /api/events/{id}`.
struct EventRoutes {
    let store: any ReviewStore

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("events") { request, _ in try await StoreWork.run { try list(request) } }
        reads.get("events/{id}") { request, context in
            let id = try context.recordID()
            return try await StoreWork.run { try detail(request, id: id) }
        }
    }

    func list(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: EventSearchParser.listingParameters)
        let search = try EventSearchParser.search(query)
        return try EventJSONListBody.response(try store.searchEventJSON(search), search: search)
    }

    func detail(_ request: Request, id: String) throws -> EventDetailPayload {
        _ = try QueryParameters(request, allowed: [])
        guard let reviewed = try store.reviewedEvent(id: id) else { throw APIError.notFound("no event with id \"\(id)\"") }
        let stored = try store.document(id: reviewed.event.docID)
        var merged = EventSearch()
        merged.statuses = [.merged]
        merged.view = .reports
        merged.limit = ServerConfiguration.maxPageSize
        let canonical = try ReviewTarget.canonical(id, in: store)
        let reports = canonical?.reportIDs ?? [id]
        let mergedIDs = try store.searchEvents(merged).events
            .filter { event in event.review.mergedInto.map { reports.contains($0) || $0 == id } ?? false }.map(\.event.eventID)
        var sources = stored?.sources ?? []
        var storyDocuments = stored?.storyDocuments ?? []
        if let canonical {
            for other in canonical.documentIDs where other != stored?.document.id {
                guard let document = try store.document(id: other) else { continue }
                sources += document.sources.filter { !sources.contains($0) }
                if !storyDocuments.contains(where: { $0.id == other }) { storyDocuments.append(Self.summary(document)) }
            }
        }
        return EventDetailPayload(
            event: EventPayload(reviewed: reviewed),
            article: stored.map {
                .init(
                    id: $0.document.id, title: $0.document.title, published: $0.document.published,
                    language: $0.document.language, text: $0.document.text, repeatedSpans: $0.repeatedSpans)
            },
            sources: sources, storyDocuments: storyDocuments, mergedEvents: mergedIDs,
            history: try history(of: id, reports: reports), reports: reports)
    }

    /// The changes reviewers made to the event and, for a canonical event, to each of its reports, oldest first.
    private func history(of id: String, reports: [String]) throws -> [AuditEntry] {
        let subjects = Set(reports + [id])
        return try subjects.flatMap { try store.auditLog(subject: $0, limit: 1000) }.sorted { $0.id < $1.id }
    }

    /// A canonical event's other document as the detail lists it.
    private static func summary(_ stored: StoredDocument) -> DocumentSummary {
        DocumentSummary(
            id: stored.document.id, title: stored.document.title, source: stored.sources.first?.source ?? "",
            published: stored.document.published, ingested: stored.sources.first?.ingested ?? "",
            storyID: stored.document.storyID, sourceCount: stored.sources.count,
            snippet: String(stored.document.text.prefix(160)))
    }
}
