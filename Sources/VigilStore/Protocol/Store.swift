public import VigilModel

/// Vigil's persistence: documents and their sources, stories (near-duplicate groups), extracted
/// events and tallies, and user places. SQLite is the embedded default; other engines implement
/// the same protocol.
public protocol Store: Sendable {
    /// Stores documents in one transaction: each is stored whole or not at all. Exact duplicates
    /// only add a source; near-duplicates (estimated Jaccard ≥ `nearDuplicateThreshold`) join the
    /// story of the document they copy.
    func ingest(_ documents: [IncomingDocument], nearDuplicateThreshold: Double) throws -> [IngestOutcome]

    /// One document with its sources and the other documents of its story.
    func document(id: String) throws -> StoredDocument?
    /// Documents, newest ingested first.
    func documents(limit: Int, offset: Int) throws -> [DocumentSummary]
    /// Full-text search over titles and texts, best match first.
    func searchDocuments(_ query: String, limit: Int) throws -> [DocumentSummary]

    /// Stories not yet extracted by `extractorVersion`, oldest first, with their canonical document.
    func pendingStories(extractorVersion: String, limit: Int) throws -> [Document]
    /// Marks every story as not yet extracted, so the next run re-extracts all of them.
    func markAllStoriesPending() throws
    /// Replaces a story's events and tallies with a new extraction, in one transaction.
    func saveExtraction(storyID: String, extractorVersion: String, events: [Event], tallies: [Tally]) throws
    /// Events matching a query.
    func events(_ query: EventQuery) throws -> [Event]
    /// One event by id.
    func event(id: String) throws -> Event?
    /// All tallies.
    func tallies() throws -> [Tally]

    /// Places users added, for the geocoder.
    func customPlaces() throws -> [CustomPlace]
    /// Adds or replaces a user place (by name).
    func saveCustomPlace(_ place: CustomPlace) throws

    /// Extracted events dated from `from` through `to`, with their linking context, by id.
    func linkReports(from: CalendarDay, to: CalendarDay) throws -> [ReportRecord]
    /// Extracted events in no canonical event yet, by id; first drops every canonical event that
    /// lost a report (re-extraction), so its other reports are linked again too.
    func unlinkedReports() throws -> [ReportRecord]
    /// The ids and dates of the extracted events in no canonical event yet, without reading the
    /// events; first drops every canonical event that lost a report, as ``unlinkedReports()`` does.
    func unlinkedReportDays() throws -> [String: CalendarDay]
    /// Saves the context sentences of reports (by event id) for later linking runs.
    func saveLinkContexts(_ contexts: [String: String]) throws
    /// Replaces every canonical event holding one of `reportIDs` with `events`, in one transaction.
    func saveCanonicalEvents(_ events: [CanonicalEventRecord], replacingReports reportIDs: [String]) throws
    /// Replaces the reconciled row of the canonical event with `event`'s id (`ce-…`): a reviewer's
    /// edit (the caller edits its reports too, so that the next linking run reconciles the same values).
    func replaceCanonicalEvent(_ event: Event) throws
    /// Canonical events matching a query (`documentID` matches any of their documents). Their
    /// documents are their reports' documents and every near-copy in those documents' stories.
    func canonicalEvents(_ query: EventQuery) throws -> [CanonicalEventRecord]
    /// One canonical event by its id, or the one holding the report with that id.
    func canonicalEvent(id: String) throws -> CanonicalEventRecord?
    /// Records a reviewer's merge or split.
    func saveLinkDecision(_ decision: LinkDecisionRecord) throws
    /// Every recorded review decision, oldest first.
    func linkDecisions() throws -> [LinkDecisionRecord]

    /// Counts for `vigil stats`.
    func stats() throws -> StoreStats
}
