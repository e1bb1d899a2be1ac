import Hummingbird
import VigilModel
import VigilStore

/// The review actions, each needing a token and written to the audit log:
/// `PATCH /api/events/{id}` and `POST /api/events/{id}/approve|reject|merge|split`. On a canonical
/// event (`ce-…`) they act on its reports (``ReviewTarget``), all of them or none in one
/// transaction, and answer with the canonical event.
struct ReviewRoutes {
    let store: any ReviewStore
    let maxBodyBytes: Int

    func register(on writes: RouterGroup<VigilRequestContext>) {
        writes.patch("events/{id}") { request, context in try await edit(request, context) }
        for (action, status) in [("approve", ReviewStatus.approved), ("reject", .rejected)] {
            writes.post("events/{id}/\(action)") { request, context in try await set(status, request, context) }
        }
        writes.post("events/{id}/merge") { request, context in try await merge(request, context) }
        writes.post("events/{id}/split") { request, context in try await split(request, context) }
    }

    /// `PATCH /api/events/{id}`: the fields named change; on a canonical event, on each report and its row.
    func edit(_ request: Request, _ context: VigilRequestContext) async throws -> EventPayload {
        let body = try await JSONBody(request, limit: maxBodyBytes)
        let id = try context.recordID()
        var changes = body.fields
        let note = try body.string("note") ?? ""
        changes["note"] = nil
        guard !changes.isEmpty else { throw APIError.badParameter("body", "name at least one field to change") }
        let current = try existing(id)
        let edited = try EventEditor.apply(changes, to: current.event, id: id)
        let reports = try ReviewTarget.reports(of: id, in: store)
        guard reports != [id] else {
            return EventPayload(reviewed: try storeCall { try store.editEvent(edited, by: actor(context), note: note) })
        }
        let reportEdits = try reports.map { try EventEditor.apply(changes, to: try existing($0).event, id: $0) }
        _ = try storeCall { try store.editEvents(reportEdits, canonical: edited, by: actor(context), note: note) }
        return EventPayload(reviewed: try existing(id))
    }

    /// `POST /api/events/{id}/approve|reject`.
    func set(_ status: ReviewStatus, _ request: Request, _ context: VigilRequestContext) async throws -> EventPayload {
        let body = try await JSONBody(request, limit: maxBodyBytes)
        try body.only(["note"])
        let id = try context.recordID()
        _ = try existing(id)
        let note = try body.string("note") ?? ""
        let reports = try ReviewTarget.reports(of: id, in: store)
        _ = try storeCall { try store.setStatus(status, eventIDs: reports, by: actor(context), note: note) }
        return EventPayload(reviewed: try existing(id))
    }

    /// `POST /api/events/{id}/merge` with `into`: every report of `id` is merged into the first report of `into`.
    func merge(_ request: Request, _ context: VigilRequestContext) async throws -> EventPayload {
        let body = try await JSONBody(request, limit: maxBodyBytes)
        try body.only(["into", "note"])
        let id = try context.recordID()
        guard let into = try body.string("into"), !into.isEmpty else {
            throw APIError.badParameter("into", "name the event to merge this one into")
        }
        _ = try existing(id)
        guard try store.reviewedEvent(id: into) != nil else {
            throw APIError.badParameter("into", "no event with id \"\(into)\"")
        }
        let kept = try ReviewTarget.lead(of: into, in: store)
        let absorbed = try ReviewTarget.reports(of: id, in: store)
        guard !absorbed.contains(kept) else {
            throw APIError(.conflict, "\(into) is a report of \(id) itself; merge it into another event")
        }
        let note = try body.string("note") ?? ""
        _ = try storeCall { try store.mergeEvents(absorbed, into: kept, by: actor(context), note: note) }
        return EventPayload(reviewed: try existing(into))
    }

    /// `POST /api/events/{id}/split` with `parts`: new events split off the event's first report.
    func split(_ request: Request, _ context: VigilRequestContext) async throws -> EventListPayload {
        let body = try await JSONBody(request, limit: maxBodyBytes)
        try body.only(["parts", "note"])
        let id = try context.recordID()
        guard let parts = body.fields["parts"] as? [[String: Any]], !parts.isEmpty, parts.count <= 50 else {
            throw APIError.badParameter("parts", "give 1 to 50 objects, each the fields that differ in a new event")
        }
        let original = try existing(id)
        let lead = try ReviewTarget.lead(of: id, in: store)
        let leadDocument = try existing(lead).event.docID
        var created: [Event] = []
        var ordinal = 1
        for changes in parts {
            while try store.reviewedEvent(id: "\(lead)~\(ordinal)") != nil { ordinal += 1 }
            var part = try EventEditor.apply(changes, to: original.event, id: "\(lead)~\(ordinal)")
            part.docID = leadDocument
            created.append(part)
            ordinal += 1
        }
        let stored = try storeCall {
            try store.splitEvent(lead, into: created, by: actor(context), note: try body.string("note") ?? "")
        }
        return EventListPayload(events: stored.map(EventPayload.init), count: stored.count, nextCursor: nil)
    }

    private func existing(_ id: String) throws -> ReviewedEvent {
        guard let event = try store.reviewedEvent(id: id) else { throw APIError.notFound("no event with id \"\(id)\"") }
        return event
    }

    private func actor(_ context: VigilRequestContext) -> String {
        context.tokenName ?? "anonymous"
    }

    /// Runs a store change, answering a refusal (merge into itself, id taken) with 409.
    private func storeCall<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError { throw APIError(.conflict, error.message) }
    }
}

extension EventPayload: ResponseEncodable {}
