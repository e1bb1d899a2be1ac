import Foundation
import GRDB
import VigilModel

/// The review actions' statements on SQLite, inside one write transaction (which SQLite runs one
/// at a time, so rows need no locks).
struct SQLiteReviewTransaction: ReviewTransaction {
    let db: Database

    func reviewedEvent(id: String, locking: Bool) throws -> ReviewedEvent? {
        try Row.fetchOne(
            db,
            sql: "SELECT e.json, \(SQLiteStore.reviewColumns) FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id WHERE e.id = ?",
            arguments: [id]
        ).map { try SQLiteStore.reviewedEvent($0, JSONDecoder()) }
    }

    func storyID(ofEvent id: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT story_id FROM events WHERE id = ?", arguments: [id])
    }

    func ensureReview(eventID: String) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO event_reviews (event_id, story_id) SELECT id, story_id FROM events WHERE id = ?",
            arguments: [eventID])
    }

    func reviewPatch(eventID: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT patch FROM event_reviews WHERE event_id = ?", arguments: [eventID])
    }

    func setReviewPatch(_ patch: String, eventID: String, at time: String, by actor: String) throws {
        try db.execute(
            sql: "UPDATE event_reviews SET patch = ?, updated = ?, updated_by = ? WHERE event_id = ?",
            arguments: [patch, time, actor, eventID])
    }

    func setReviewStatus(_ status: ReviewStatus, mergedInto: String?, eventID: String, at time: String, by actor: String) throws {
        try db.execute(
            sql: "UPDATE event_reviews SET status = ?, merged_into = ?, updated = ?, updated_by = ? WHERE event_id = ?",
            arguments: [status.rawValue, mergedInto, time, actor, eventID])
    }

    func redirectMerges(from absorbed: String, to kept: String, at time: String, by actor: String) throws {
        try db.execute(
            sql: "UPDATE event_reviews SET merged_into = ?, updated = ?, updated_by = ? WHERE merged_into = ?",
            arguments: [kept, time, actor, absorbed])
    }

    func replaceEvent(_ event: Event, json: String) throws {
        try db.execute(
            sql: """
                UPDATE events SET event_date = ?, event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?, country = ?,
                    admin1 = ?, latitude = ?, longitude = ?, fatalities = ?, confidence = ?, claimed = ?, json = ?
                WHERE id = ?
                """,
            arguments: [
                event.eventDate.description, event.eventType.rawValue, event.subEventType.rawValue, event.actor1,
                event.actor2, event.country, event.admin1, event.latitude, event.longitude, event.fatalities,
                event.confidence, event.claimed, json, event.eventID,
            ])
    }

    func insertSplitPart(_ part: Event, json: String, story: String, splitFrom original: String, at time: String, by actor: String) throws {
        try db.execute(
            sql: """
                INSERT INTO event_reviews (event_id, story_id, status, split_from, created_json, updated, updated_by)
                VALUES (?, ?, 'unreviewed', ?, ?, ?, ?)
                """,
            arguments: [part.eventID, story, original, json, time, actor])
        try SQLiteStore.insertEvent(part, storyID: story, json: json, db)
    }

    func updateCanonicalRow(_ event: Event) throws {
        try SQLiteStore.updateCanonicalRow(event, db)
    }

    func audit(
        _ action: AuditEntry.Action, subject: String, actor: String, before: Event?, after: Event?, note: String, at time: String
    ) throws {
        try db.execute(
            sql: "INSERT INTO review_audit (subject, action, actor, at, before_json, after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                subject, action.rawValue, actor, time, try before.map(StoredJSON.text), try after.map(StoredJSON.text), note,
            ])
    }
}
