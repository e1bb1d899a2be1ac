import Foundation
import PostgresNIO
import VigilModel

/// The review actions' statements on PostgreSQL, inside one transaction; a locking read holds the
/// event's row until it ends.
struct PostgresReviewTransaction: ReviewTransaction {
    let db: PostgresSession.Queries

    func reviewedEvent(id: String, locking: Bool) throws -> ReviewedEvent? {
        guard let row = try db.rows("""
            SELECT e.json, \(unescaped: PostgresStore.reviewColumns) FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id
            WHERE e.id = \(id) \(unescaped: locking ? "FOR UPDATE OF e" : "")
            """).first
        else { return nil }
        let (json, status, patch, mergedInto, splitFrom, updated, updatedBy) = try row.decode(
            (String, String?, String?, String?, String?, String?, String?).self)
        return ReviewedEvent(
            event: try JSONDecoder().decode(Event.self, from: Data(json.utf8)),
            review: try PostgresStore.review(status, patch, mergedInto, splitFrom, updated, updatedBy))
    }

    func storyID(ofEvent id: String) throws -> String? {
        try db.value("SELECT story_id FROM events WHERE id = \(id)", as: String.self)
    }

    func ensureReview(eventID: String) throws {
        try db.execute("""
            INSERT INTO event_reviews (event_id, story_id) SELECT id, story_id FROM events WHERE id = \(eventID)
            ON CONFLICT (event_id) DO NOTHING
            """)
    }

    func reviewPatch(eventID: String) throws -> String? {
        try db.value("SELECT patch FROM event_reviews WHERE event_id = \(eventID)", as: String.self)
    }

    func setReviewPatch(_ patch: String, eventID: String, at time: String, by actor: String) throws {
        try db.execute("UPDATE event_reviews SET patch = \(patch), updated = \(time), updated_by = \(actor) WHERE event_id = \(eventID)")
    }

    func setReviewStatus(_ status: ReviewStatus, mergedInto: String?, eventID: String, at time: String, by actor: String) throws {
        try db.execute("""
            UPDATE event_reviews SET status = \(status.rawValue), merged_into = \(mergedInto), updated = \(time),
                updated_by = \(actor) WHERE event_id = \(eventID)
            """)
    }

    func redirectMerges(from absorbed: String, to kept: String, at time: String, by actor: String) throws {
        try db.execute("""
            UPDATE event_reviews SET merged_into = \(kept), updated = \(time), updated_by = \(actor) WHERE merged_into = \(absorbed)
            """)
    }

    func replaceEvent(_ event: Event, json: String) throws {
        try db.execute("""
            UPDATE events SET event_date = \(event.eventDate.description), event_type = \(event.eventType.rawValue),
                sub_event_type = \(event.subEventType.rawValue), actor1 = \(event.actor1), actor2 = \(event.actor2),
                country = \(event.country), admin1 = \(event.admin1), latitude = \(event.latitude),
                longitude = \(event.longitude), fatalities = \(event.fatalities), confidence = \(event.confidence),
                claimed = \(event.claimed), json = \(json)
            WHERE id = \(event.eventID)
            """)
    }

    func insertSplitPart(_ part: Event, json: String, story: String, splitFrom original: String, at time: String, by actor: String) throws {
        try db.execute("""
            INSERT INTO event_reviews (event_id, story_id, status, split_from, created_json, updated, updated_by)
            VALUES (\(part.eventID), \(story), 'unreviewed', \(original), \(json), \(time), \(actor))
            """)
        try PostgresStore.insertEvent(part, storyID: story, json: json, db)
    }

    func updateCanonicalRow(_ event: Event) throws {
        try PostgresStore.updateCanonicalRow(event, db)
    }

    func audit(
        _ action: AuditEntry.Action, subject: String, actor: String, before: Event?, after: Event?, note: String, at time: String
    ) throws {
        let beforeJSON = try before.map(StoredJSON.text), afterJSON = try after.map(StoredJSON.text)
        try db.execute("""
            INSERT INTO review_audit (subject, action, actor, at, before_json, after_json, note)
            VALUES (\(subject), \(action.rawValue), \(actor), \(time), \(beforeJSON), \(afterJSON), \(note))
            """)
    }
}
