import Foundation
import PostgresNIO

/// The PostgreSQL schema, as named migrations applied in order and recorded in `schema_migrations`.
/// The same tables as the SQLite schema; never edit a migration that has shipped: add a new one.
enum PostgresMigrations {
    /// Name and statements of each migration, oldest first.
    static let all: [(name: String, statements: [String])] = [
        ("v1-documents-and-stories", [
            """
            CREATE TABLE stories (
                seq BIGSERIAL UNIQUE,
                id TEXT PRIMARY KEY,
                canonical_document_id TEXT NOT NULL,
                created TEXT NOT NULL,
                extractor_version TEXT
            )
            """,
            "CREATE INDEX stories_pending ON stories(extractor_version, created)",
            // Accents folded the way SQLite's unicode61 tokenizer folds them (`Bogotá` matches `bogota`);
            // IMMUTABLE so that the search column can be generated from it.
            """
            CREATE FUNCTION vigil_fold(value TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
                SELECT lower(translate(value,
                    'ÀÁÂÃÄÅàáâãäåÇçĆćČčÈÉÊËèéêëĘęĚěÌÍÎÏìíîïİıÑñŃńŇňÒÓÔÕÖØòóôõöøŘřŚśŠšŞşŢţŤťÙÚÛÜùúûüŮůÝýÿŹźŻżŽžĞğŁłĀāĒēĪīŌōŪū',
                    'AAAAAAaaaaaaCcCcCcEEEEeeeeEeEeIIIIiiiiIiNnNnNnOOOOOOooooooRrSsSsSsTtTtUUUUuuuuUuYyyZzZzZzGgLlAaEeIiOoUu'))
            $$
            """,
            """
            CREATE TABLE documents (
                seq BIGSERIAL UNIQUE,
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                story_id TEXT NOT NULL REFERENCES stories(id),
                title TEXT NOT NULL,
                published TEXT,
                ingested TEXT NOT NULL,
                language TEXT NOT NULL,
                dateline TEXT,
                text TEXT NOT NULL,
                repeated_spans TEXT NOT NULL,
                signature BYTEA NOT NULL,
                key_terms TEXT NOT NULL,
                similarity DOUBLE PRECISION NOT NULL DEFAULT 1,
                search TSVECTOR GENERATED ALWAYS AS
                    (to_tsvector('simple', vigil_fold(title || ' ' || text))) STORED
            )
            """,
            "CREATE INDEX documents_story ON documents(story_id)",
            "CREATE INDEX documents_ingested ON documents(ingested)",
            "CREATE INDEX documents_search ON documents USING GIN (search)",
            """
            CREATE TABLE document_sources (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                source TEXT NOT NULL,
                url TEXT NOT NULL,
                published TEXT,
                ingested TEXT NOT NULL,
                origin TEXT NOT NULL,
                PRIMARY KEY (document_id, source, url)
            )
            """,
            """
            CREATE TABLE lsh_buckets (
                seq BIGSERIAL PRIMARY KEY,
                band_key BIGINT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX lsh_buckets_key ON lsh_buckets(band_key, seq DESC)",
        ]),
        ("v2-events-and-tallies", [
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                story_id TEXT NOT NULL REFERENCES stories(id),
                document_id TEXT NOT NULL,
                event_date TEXT NOT NULL,
                event_type TEXT NOT NULL,
                sub_event_type TEXT NOT NULL,
                actor1 TEXT NOT NULL,
                actor2 TEXT NOT NULL,
                country TEXT NOT NULL,
                admin1 TEXT NOT NULL,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                fatalities BIGINT NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                claimed BOOLEAN NOT NULL,
                json TEXT NOT NULL
            )
            """,
            "CREATE INDEX events_story ON events(story_id)",
            "CREATE INDEX events_date ON events(event_date)",
            "CREATE INDEX events_country ON events(lower(country), event_date)",
            "CREATE INDEX events_type ON events(sub_event_type, event_date)",
            """
            CREATE TABLE tallies (
                id TEXT PRIMARY KEY,
                story_id TEXT NOT NULL REFERENCES stories(id),
                document_id TEXT NOT NULL,
                json TEXT NOT NULL
            )
            """,
            "CREATE INDEX tallies_story ON tallies(story_id)",
            "CREATE TABLE custom_places (name TEXT PRIMARY KEY, json TEXT NOT NULL)",
        ]),
        ("v3-links", [
            """
            CREATE TABLE canonical_events (
                id TEXT PRIMARY KEY,
                event_date TEXT NOT NULL,
                event_type TEXT NOT NULL,
                sub_event_type TEXT NOT NULL,
                actor1 TEXT NOT NULL,
                actor2 TEXT NOT NULL,
                country TEXT NOT NULL,
                admin1 TEXT NOT NULL,
                fatalities BIGINT NOT NULL,
                attack_count BIGINT NOT NULL,
                event_json TEXT NOT NULL,
                detail_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX canonical_events_date ON canonical_events(event_date)",
            "CREATE INDEX canonical_events_country ON canonical_events(lower(country), event_date)",
            """
            CREATE TABLE canonical_event_reports (
                canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
                report_id TEXT NOT NULL UNIQUE,
                PRIMARY KEY (canonical_id, report_id)
            )
            """,
            """
            CREATE TABLE canonical_event_documents (
                canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
                document_id TEXT NOT NULL,
                PRIMARY KEY (canonical_id, document_id)
            )
            """,
            "CREATE INDEX canonical_event_documents_document ON canonical_event_documents(document_id)",
            "CREATE TABLE link_contexts (report_id TEXT PRIMARY KEY, context TEXT NOT NULL)",
            """
            CREATE TABLE link_decisions (
                sequence BIGSERIAL PRIMARY KEY,
                kind TEXT NOT NULL,
                groups_json TEXT NOT NULL,
                reviewer TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                note TEXT NOT NULL
            )
            """,
        ]),
        ("v4-story-leases", [
            // `vigil worker`: a story claimed by a worker until its lease expires.
            "ALTER TABLE stories ADD COLUMN lease_owner TEXT",
            "ALTER TABLE stories ADD COLUMN lease_expires TIMESTAMPTZ",
        ]),
        ("v5-review", [
            // Reviewers' decisions and edits, the audit log and API tokens, as in SQLite's "v4-review";
            // `saveExtraction` re-applies edits and restores split-off events (SQLite does it in triggers).
            """
            CREATE TABLE event_reviews (
                event_id TEXT PRIMARY KEY,
                story_id TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'unreviewed',
                patch TEXT NOT NULL DEFAULT '{}',
                merged_into TEXT,
                split_from TEXT,
                created_json TEXT,
                updated TEXT,
                updated_by TEXT
            )
            """,
            "CREATE INDEX event_reviews_story ON event_reviews(story_id)",
            "CREATE INDEX event_reviews_status ON event_reviews(status)",
            """
            CREATE TABLE review_audit (
                id BIGSERIAL PRIMARY KEY,
                subject TEXT NOT NULL,
                action TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT,
                note TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX review_audit_subject ON review_audit(subject, id)",
            """
            CREATE TABLE api_tokens (
                name TEXT PRIMARY KEY,
                token_hash TEXT NOT NULL UNIQUE,
                created TEXT NOT NULL,
                last_used TEXT
            )
            """,
            // The listing's orders, each with the id that breaks ties (cursor pagination).
            "CREATE INDEX events_date_id ON events(event_date, id)",
            "CREATE INDEX events_fatalities_id ON events(fatalities, id)",
            "CREATE INDEX events_confidence_id ON events(confidence, id)",
            "CREATE INDEX events_country_date ON events(country, event_date)",
            "CREATE INDEX events_place ON events(latitude, longitude)",
        ]),
        ("v6-listing-indexes", [
            // A listing filtered by one country or one event type, newest first, reads the index in
            // order and stops at the page's end instead of sorting every match; the review queue
            // sorts by its own rank.
            "DROP INDEX events_country_date",
            "CREATE INDEX events_country_date_id ON events(country, event_date, id)",
            "CREATE INDEX events_event_type_date_id ON events(event_type, event_date, id)",
            "CREATE INDEX events_review_rank_id ON events((confidence - 0.25 * claimed::INT), id)",
        ]),
        ("v7-watch", [
            // Watched feeds and the items taken from them, alerts and their deliveries, as in
            // SQLite's "v5-watch"; a lease lets one of several watchers poll each feed.
            """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                source TEXT,
                every_seconds INTEGER NOT NULL,
                page BOOLEAN NOT NULL DEFAULT FALSE,
                added TEXT NOT NULL,
                etag TEXT,
                last_modified TEXT,
                last_polled TEXT,
                last_success TEXT,
                last_error TEXT,
                failures INTEGER NOT NULL DEFAULT 0,
                next_poll TEXT NOT NULL,
                items_stored INTEGER NOT NULL DEFAULT 0,
                lease_owner TEXT,
                lease_expires TEXT
            )
            """,
            """
            CREATE TABLE feed_items (
                feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
                item_key TEXT NOT NULL,
                seen TEXT NOT NULL,
                PRIMARY KEY (feed_url, item_key)
            )
            """,
            "CREATE INDEX feed_items_seen ON feed_items(seen)",
            """
            CREATE TABLE alerts (
                name TEXT PRIMARY KEY,
                filter TEXT NOT NULL,
                webhook TEXT NOT NULL,
                secret TEXT NOT NULL,
                created TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE alert_reports (
                alert TEXT NOT NULL REFERENCES alerts(name) ON DELETE CASCADE,
                report_id TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                PRIMARY KEY (alert, report_id)
            )
            """,
            """
            CREATE TABLE alert_deliveries (
                id BIGSERIAL PRIMARY KEY,
                alert TEXT NOT NULL REFERENCES alerts(name) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                next_attempt TEXT NOT NULL,
                created TEXT NOT NULL,
                delivered TEXT
            )
            """,
            "CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_attempt)",
            "CREATE INDEX alert_deliveries_alert ON alert_deliveries(alert, id)",
        ]),
        ("v8-event-search", [
            // The location a text search (`q=`) tests, read from the JSON when a row is written, as
            // in SQLite's "v6-event-search".
            "ALTER TABLE events ADD COLUMN location TEXT GENERATED ALWAYS AS (coalesce(json::jsonb ->> 'location', '')) STORED",
        ]),
    ]

    /// Applies every migration not yet recorded, in one transaction (PostgreSQL's DDL is
    /// transactional). Concurrent processes wait for each other on an advisory lock, so each
    /// migration runs once. With `postgis`, then adds PostGIS's spatial index (see ``spatialIndex(_:)``).
    /// - Returns: the schema of the PostGIS extension when spatial filters can use it.
    static func migrate(_ session: PostgresSession, postgis: Bool) throws -> String? {
        try session.transaction { db in
            try db.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            try db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (seq BIGSERIAL, name TEXT PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())")
            let applied = Set(try db.values("SELECT name FROM schema_migrations", as: String.self))
            for migration in all where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try db.execute(PostgresQuery(unsafeSQL: statement))
                }
                try db.execute("INSERT INTO schema_migrations (name) VALUES (\(migration.name))")
            }
            return postgis ? try spatialIndex(db) : nil
        }
    }

    /// PostGIS, when the server has it: creates the extension if this role may (a superuser; others
    /// ask their administrator for `CREATE EXTENSION postgis`), then gives `events` a generated
    /// point column `place` with a GiST index. Not a recorded migration: each run checks again, so
    /// installing PostGIS later and running `vigil db migrate` turns it on. Without PostGIS, the
    /// index `events_place` on (latitude, longitude) serves bounding boxes.
    /// - Returns: the extension's schema, or nil without PostGIS.
    private static func spatialIndex(_ db: PostgresSession.Queries) throws -> String? {
        let installed = "SELECT n.nspname::TEXT FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'postgis'"
        var schema = try db.value(PostgresQuery(unsafeSQL: installed), as: String.self)
        if schema == nil,
            try db.value("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'", as: Int32.self) != nil,
            try db.value("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", as: Bool.self) == true
        {
            try db.execute("CREATE EXTENSION postgis SCHEMA public")
            schema = try db.value(PostgresQuery(unsafeSQL: installed), as: String.self)
        }
        guard let schema else { return nil }
        let quoted = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try db.execute(PostgresQuery(unsafeSQL: """
            ALTER TABLE events ADD COLUMN IF NOT EXISTS place \(quoted).geometry(Point, 4326) GENERATED ALWAYS AS
                (\(quoted).ST_SetSRID(\(quoted).ST_MakePoint(longitude, latitude), 4326)) STORED
            """))
        try db.execute("CREATE INDEX IF NOT EXISTS events_place_gist ON events USING GIST (place)")
        return quoted
    }

    /// The advisory lock that serializes migrations.
    static let lockKey = 7_162_001
}
