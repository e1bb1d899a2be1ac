import GRDB

/// The review schema ("v4-review"): reviewers' decisions and edits, the audit log, API tokens, and
/// triggers that re-apply edits and restore split-off events when a story is extracted again.
enum SQLiteReviewSchema {
    /// Copies an event's indexed columns from its JSON (after a merge patch changed the JSON).
    static let syncColumns = """
        UPDATE events SET
            event_date = json_extract(json, '$.event_date'), event_type = json_extract(json, '$.event_type'),
            sub_event_type = json_extract(json, '$.sub_event_type'),
            actor1 = coalesce(json_extract(json, '$.actor1'), ''), actor2 = coalesce(json_extract(json, '$.actor2'), ''),
            country = coalesce(json_extract(json, '$.country'), ''), admin1 = coalesce(json_extract(json, '$.admin1'), ''),
            latitude = json_extract(json, '$.latitude'), longitude = json_extract(json, '$.longitude'),
            fatalities = coalesce(json_extract(json, '$.fatalities'), 0),
            confidence = coalesce(json_extract(json, '$.confidence'), 0),
            claimed = coalesce(json_extract(json, '$.claimed'), 0)
        """

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event_reviews (
                event_id TEXT PRIMARY KEY NOT NULL,
                story_id TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'unreviewed',
                patch TEXT NOT NULL DEFAULT '{}',
                merged_into TEXT,
                split_from TEXT,
                created_json TEXT,
                updated TEXT,
                updated_by TEXT
            );
            CREATE INDEX event_reviews_story ON event_reviews(story_id);
            CREATE INDEX event_reviews_status ON event_reviews(status);
            CREATE TABLE review_audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                subject TEXT NOT NULL,
                action TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX review_audit_subject ON review_audit(subject, id);
            CREATE TABLE api_tokens (
                name TEXT PRIMARY KEY NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created TEXT NOT NULL,
                last_used TEXT
            );
            CREATE INDEX events_date_id ON events(event_date, id);
            CREATE TRIGGER events_reapply_review AFTER INSERT ON events
            WHEN EXISTS (SELECT 1 FROM event_reviews WHERE event_id = NEW.id AND patch != '{}')
            BEGIN
                UPDATE events SET json = json_patch(json, (SELECT patch FROM event_reviews WHERE event_id = NEW.id))
                WHERE id = NEW.id;
                \(syncColumns) WHERE id = NEW.id;
            END;
            CREATE TRIGGER stories_restore_split_events AFTER UPDATE OF extractor_version ON stories
            WHEN NEW.extractor_version IS NOT NULL
            BEGIN
                INSERT OR IGNORE INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1,
                    actor2, country, admin1, latitude, longitude, fatalities, confidence, claimed, json)
                SELECT r.event_id, r.story_id, json_extract(r.created_json, '$.doc_id'), '', '', '', '', '', '', '',
                    NULL, NULL, 0, 0, 0, r.created_json
                FROM event_reviews r WHERE r.story_id = NEW.id AND r.created_json IS NOT NULL;
                \(syncColumns) WHERE id IN (
                    SELECT event_id FROM event_reviews WHERE story_id = NEW.id AND created_json IS NOT NULL AND patch = '{}');
            END;
            """)
    }
}
