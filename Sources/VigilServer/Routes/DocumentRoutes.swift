import Hummingbird
import VigilStore

/// `GET /api/documents` (newest first, or matching `q`) and `GET /api/documents/{id}`.
struct DocumentRoutes {
    let store: any ReviewStore

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("documents") { request, _ in try await StoreWork.run { try list(request) } }
        reads.get("documents/{id}") { request, context in
            let id = try context.recordID()
            return try await StoreWork.run { try detail(request, id: id) }
        }
    }

    func list(_ request: Request) throws -> DocumentListPayload {
        let query = try QueryParameters(request, allowed: ["q", "limit", "offset"])
        let limit = try query.int("limit", in: 1...ServerConfiguration.maxPageSize) ?? 50
        let offset = try query.int("offset", in: 0...Int(Int32.max)) ?? 0
        if let text = query.string("q") {
            guard offset == 0 else { throw APIError.badParameter("offset", "search results come in one page; use limit") }
            let found = try store.searchDocuments(text, limit: limit)
            return DocumentListPayload(documents: found, count: found.count, nextOffset: nil)
        }
        let documents = try store.documents(limit: limit + 1, offset: offset)
        return DocumentListPayload(
            documents: Array(documents.prefix(limit)), count: min(documents.count, limit),
            nextOffset: documents.count > limit ? offset + limit : nil)
    }

    func detail(_ request: Request, id: String) throws -> DocumentDetailPayload {
        _ = try QueryParameters(request, allowed: [])
        guard let stored = try store.document(id: id) else { throw APIError.notFound("no document with id \"\(id)\"") }
        var search = EventSearch()
        search.documentID = id
        search.view = .reports
        search.statuses = Set(ReviewStatus.allCases)
        search.limit = ServerConfiguration.maxPageSize
        return DocumentDetailPayload(stored: stored, events: try store.searchEvents(search).events.map(EventPayload.init))
    }
}
