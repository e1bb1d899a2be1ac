public import VigilModel

/// Searching events and recording what reviewers do to them. Every change is written to an audit
/// log with who made it and the event before and after, and survives re-extraction of the story.
public protocol ReviewStore: Store {
    /// One page of events matching a search, with their review state.
    func searchEvents(_ search: EventSearch) throws -> EventPage
    /// The same page with each event left as its stored JSON (no decoding): the fast path for listings.
    func searchEventJSON(_ search: EventSearch) throws -> EventJSONPage
    /// Counts of the events matching a search (its sort, cursor and limit are ignored).
    func eventStatistics(_ search: EventSearch, actorLimit: Int) throws -> EventStatistics
    /// One event with its review state, whatever its status.
    func reviewedEvent(id: String) throws -> ReviewedEvent?
    /// Changes, oldest first: of one subject (event or document), or the latest `limit` of all.
    func auditLog(subject: String?, limit: Int) throws -> [AuditEntry]

    /// Replaces the fields of each event in `edits` (same ids), remembering the changed fields, and
    /// the stored row of `canonical` (a canonical event whose reports they are) when given: all of
    /// them or none, in one transaction.
    func editEvents(_ edits: [Event], canonical: Event?, by actor: String, note: String) throws -> [ReviewedEvent]
    /// Sets the status of each of `eventIDs` to approved or rejected, in one transaction.
    func setStatus(_ status: ReviewStatus, eventIDs: [String], by actor: String, note: String) throws -> [ReviewedEvent]
    /// Marks each of `absorbed` as merged into `kept`, in one transaction.
    func mergeEvents(_ absorbed: [String], into kept: String, by actor: String, note: String) throws -> ReviewedEvent
    /// Adds `parts` (new ids) as events of the same story, split off `eventID`.
    func splitEvent(_ eventID: String, into parts: [Event], by actor: String, note: String) throws -> [ReviewedEvent]
    /// Records a document ingested through the API.
    func recordIngest(documentID: String, by actor: String, note: String) throws
}

extension ReviewStore {
    /// Replaces an event's fields with `edited`'s (same id), remembering the changed fields.
    public func editEvent(_ edited: Event, by actor: String, note: String) throws -> ReviewedEvent {
        try editEvents([edited], canonical: nil, by: actor, note: note)[0]
    }

    /// Sets an event's status to approved or rejected.
    public func setStatus(_ status: ReviewStatus, eventID: String, by actor: String, note: String) throws -> ReviewedEvent {
        try setStatus(status, eventIDs: [eventID], by: actor, note: note)[0]
    }

    /// Marks `absorbed` as merged into `kept`.
    public func mergeEvent(_ absorbed: String, into kept: String, by actor: String, note: String) throws -> ReviewedEvent {
        try mergeEvents([absorbed], into: kept, by: actor, note: note)
    }
}
