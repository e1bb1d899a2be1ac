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

    /// Replaces an event's fields with `edited`'s (same id), remembering the changed fields.
    func editEvent(_ edited: Event, by actor: String, note: String) throws -> ReviewedEvent
    /// Sets an event's status to approved or rejected.
    func setStatus(_ status: ReviewStatus, eventID: String, by actor: String, note: String) throws -> ReviewedEvent
    /// Marks `absorbed` as merged into `kept`.
    func mergeEvent(_ absorbed: String, into kept: String, by actor: String, note: String) throws -> ReviewedEvent
    /// Adds `parts` (new ids) as events of the same story, split off `eventID`.
    func splitEvent(_ eventID: String, into parts: [Event], by actor: String, note: String) throws -> [ReviewedEvent]
    /// Records a document ingested through the API.
    func recordIngest(documentID: String, by actor: String, note: String) throws
}
