import VigilModel

/// The statements of the review actions, run inside one transaction of a backend. Each backend
/// holds only this SQL; ``ReviewActions`` writes every action once over it.
protocol ReviewTransaction {
    /// The event `id` with its review, or nil; `locking` holds its row until the transaction ends,
    /// so that two reviewers' changes to one event apply one after the other.
    func reviewedEvent(id: String, locking: Bool) throws -> ReviewedEvent?
    /// The story of event `id`, or nil when there is no such event.
    func storyID(ofEvent id: String) throws -> String?
    /// Gives event `eventID` a review row (unreviewed, no patch) when it has none.
    func ensureReview(eventID: String) throws
    /// The JSON object of the fields reviewers changed in event `eventID`, or nil.
    func reviewPatch(eventID: String) throws -> String?
    /// Sets the review's patch and who changed it when.
    func setReviewPatch(_ patch: String, eventID: String, at time: String, by actor: String) throws
    /// Sets the review's status and the event it is merged into (nil for none).
    func setReviewStatus(_ status: ReviewStatus, mergedInto: String?, eventID: String, at time: String, by actor: String) throws
    /// Moves the events merged into `absorbed` to `kept`.
    func redirectMerges(from absorbed: String, to kept: String, at time: String, by actor: String) throws
    /// Rewrites the stored row of `event` (same id): its JSON and indexed columns.
    func replaceEvent(_ event: Event, json: String) throws
    /// Stores `part` as a new event of story `story`, split off `original`, with its review row.
    func insertSplitPart(_ part: Event, json: String, story: String, splitFrom original: String, at time: String, by actor: String) throws
    /// Rewrites the stored row of the canonical event `event` (same id).
    func updateCanonicalRow(_ event: Event) throws
    /// Appends an entry to the audit log.
    func audit(
        _ action: AuditEntry.Action, subject: String, actor: String, before: Event?, after: Event?, note: String, at time: String
    ) throws
}

extension ReviewTransaction {
    /// The event `id` with its review; a missing event is an error naming it.
    func existingEvent(id: String, locking: Bool = false) throws -> ReviewedEvent {
        guard let event = try reviewedEvent(id: id, locking: locking) else { throw StoreError("no event with id \"\(id)\"") }
        return event
    }
}
