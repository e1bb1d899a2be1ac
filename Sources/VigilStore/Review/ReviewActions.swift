import Foundation
import VigilModel

/// What reviewers do to events, written once for every backend over a ``ReviewTransaction``: the
/// caller runs each action in one transaction, so that it changes all its events or none.
enum ReviewActions {
    /// Each edit's changed fields join its review's patch; the canonical event's row follows when
    /// given. See ``ReviewStore/editEvents(_:canonical:by:note:)``.
    static func edit(
        _ edits: [Event], canonical: Event?, by actor: String, note: String, in db: some ReviewTransaction
    ) throws -> [ReviewedEvent] {
        let edited = try edits.map { try edit($0, by: actor, note: note, in: db) }
        if let canonical { try db.updateCanonicalRow(canonical) }
        return edited
    }

    /// Approves or rejects each event. See ``ReviewStore/setStatus(_:eventIDs:by:note:)``.
    static func setStatus(
        _ status: ReviewStatus, eventIDs: [String], by actor: String, note: String, in db: some ReviewTransaction
    ) throws -> [ReviewedEvent] {
        guard status == .approved || status == .rejected else {
            throw StoreError("a reviewer sets an event to approved or rejected, not \(status.rawValue)")
        }
        return try eventIDs.map { eventID in
            let before = try db.existingEvent(id: eventID, locking: true)
            try db.ensureReview(eventID: eventID)
            let now = Timestamp.now()
            try db.setReviewStatus(status, mergedInto: nil, eventID: eventID, at: now, by: actor)
            try db.audit(
                status == .approved ? .approve : .reject, subject: eventID, actor: actor, before: before.event,
                after: before.event, note: note, at: now)
            return try db.existingEvent(id: eventID)
        }
    }

    /// Merges each of `absorbed` into `kept`. See ``ReviewStore/mergeEvents(_:into:by:note:)``.
    static func merge(
        _ absorbed: [String], into kept: String, by actor: String, note: String, in db: some ReviewTransaction
    ) throws -> ReviewedEvent {
        if absorbed.contains(kept) { throw StoreError("an event cannot be merged into itself (\(kept))") }
        for source in absorbed { try merge(source, into: kept, by: actor, note: note, in: db) }
        return try db.existingEvent(id: kept)
    }

    /// Adds `parts` as events of `eventID`'s story. See ``ReviewStore/splitEvent(_:into:by:note:)``.
    static func split(
        _ eventID: String, into parts: [Event], by actor: String, note: String, in db: some ReviewTransaction
    ) throws -> [ReviewedEvent] {
        let original = try db.existingEvent(id: eventID, locking: true)
        guard let story = try db.storyID(ofEvent: eventID) else { throw StoreError("no event with id \"\(eventID)\"") }
        let now = Timestamp.now()
        var created: [ReviewedEvent] = []
        for part in parts {
            if try db.storyID(ofEvent: part.eventID) != nil {
                throw StoreError("event id \"\(part.eventID)\" is already taken")
            }
            try db.insertSplitPart(part, json: try StoredJSON.text(part), story: story, splitFrom: eventID, at: now, by: actor)
            let stored = try db.existingEvent(id: part.eventID)
            try db.audit(
                .split, subject: part.eventID, actor: actor, before: original.event, after: stored.event,
                note: note.isEmpty ? "split from \(eventID)" : note, at: now)
            created.append(stored)
        }
        try db.audit(
            .split, subject: eventID, actor: actor, before: original.event, after: original.event,
            note: note.isEmpty ? "split into " + parts.map(\.eventID).joined(separator: ", ") : note, at: now)
        return created
    }

    /// Records a document ingested through the API.
    static func recordIngest(documentID: String, by actor: String, note: String, in db: some ReviewTransaction) throws {
        try db.audit(.ingest, subject: documentID, actor: actor, before: nil, after: nil, note: note, at: Timestamp.now())
    }

    /// One event's edit: its changed fields join its review's patch, and the audit log keeps the
    /// event before and after.
    private static func edit(_ edited: Event, by actor: String, note: String, in db: some ReviewTransaction) throws -> ReviewedEvent {
        let before = try db.existingEvent(id: edited.eventID, locking: true)
        let changes = try EventPatch.changedFields(from: before.event, to: edited)
        guard !changes.isEmpty else { return before }
        var patch = try EventPatch.fields(fromJSON: try db.reviewPatch(eventID: edited.eventID))
        patch.merge(changes) { _, new in new }
        try db.ensureReview(eventID: edited.eventID)
        let now = Timestamp.now()
        try db.setReviewPatch(try EventPatch.json(patch), eventID: edited.eventID, at: now, by: actor)
        try db.replaceEvent(edited, json: try StoredJSON.text(edited))
        let after = try db.existingEvent(id: edited.eventID)
        try db.audit(.edit, subject: edited.eventID, actor: actor, before: before.event, after: after.event, note: note, at: now)
        return after
    }

    /// One merge; events already merged into `absorbed` follow it.
    private static func merge(_ absorbed: String, into kept: String, by actor: String, note: String, in db: some ReviewTransaction) throws {
        let source = try db.existingEvent(id: absorbed, locking: true)
        let target = try db.existingEvent(id: kept, locking: true)
        guard target.review.status != .merged else {
            throw StoreError("event \(kept) is itself merged into \(target.review.mergedInto ?? "another event")")
        }
        try db.ensureReview(eventID: absorbed)
        let now = Timestamp.now()
        try db.setReviewStatus(.merged, mergedInto: kept, eventID: absorbed, at: now, by: actor)
        try db.redirectMerges(from: absorbed, to: kept, at: now, by: actor)
        try db.audit(
            .merge, subject: absorbed, actor: actor, before: source.event, after: target.event,
            note: note.isEmpty ? "merged into \(kept)" : note, at: now)
        try db.audit(
            .merge, subject: kept, actor: actor, before: source.event, after: target.event,
            note: note.isEmpty ? "absorbed \(absorbed)" : note, at: now)
    }
}
