import GRDB

/// The SQLite schema, as named migrations applied in order. Never edit a migration that has shipped:
/// add a new one.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-and-stories") { db in
            try db.execute(sql: """
                CREATE TABLE stories (
                    id TEXT PRIMARY KEY NOT NULL,
                    canonical_document_id TEXT NOT NULL,
                    created TEXT NOT NULL,
                    extractor_version TEXT
                );
                CREATE INDEX stories_pending ON stories(extractor_version, created);
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    story_id TEXT NOT NULL REFERENCES stories(id),
                    title TEXT NOT NULL,
                    published TEXT,
                    ingested TEXT NOT NULL,
                    language TEXT NOT NULL,
                    dateline TEXT,
                    text TEXT NOT NULL,
                    repeated_spans TEXT NOT NULL,
                    signature BLOB NOT NULL,
                    key_terms TEXT NOT NULL,
                    similarity REAL NOT NULL DEFAULT 1
                );
                CREATE INDEX documents_story ON documents(story_id);
                CREATE INDEX documents_ingested ON documents(ingested);
                CREATE TABLE document_sources (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    source TEXT NOT NULL,
                    url TEXT NOT NULL,
                    published TEXT,
                    ingested TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    PRIMARY KEY (document_id, source, url)
                );
                CREATE TABLE lsh_buckets (
                    band_key INTEGER NOT NULL,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
                );
                CREATE INDEX lsh_buckets_key ON lsh_buckets(band_key);
                """)
            try db.create(virtualTable: "documents_fts", using: FTS5()) { table in
                table.synchronize(withTable: "documents")
                table.tokenizer = .unicode61(diacritics: .remove)
                table.column("title")
                table.column("text")
            }
        }
        migrator.registerMigration("v2-events-and-tallies") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    id TEXT PRIMARY KEY NOT NULL,
                    story_id TEXT NOT NULL REFERENCES stories(id),
                    document_id TEXT NOT NULL,
                    event_date TEXT NOT NULL,
                    event_type TEXT NOT NULL,
                    sub_event_type TEXT NOT NULL,
                    actor1 TEXT NOT NULL,
                    actor2 TEXT NOT NULL,
                    country TEXT NOT NULL,
                    admin1 TEXT NOT NULL,
                    latitude REAL,
                    longitude REAL,
                    fatalities INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    claimed INTEGER NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX events_story ON events(story_id);
                CREATE INDEX events_date ON events(event_date);
                CREATE INDEX events_country ON events(country, event_date);
                CREATE INDEX events_type ON events(sub_event_type, event_date);
                CREATE TABLE tallies (
                    id TEXT PRIMARY KEY NOT NULL,
                    story_id TEXT NOT NULL REFERENCES stories(id),
                    document_id TEXT NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX tallies_story ON tallies(story_id);
                CREATE TABLE custom_places (
                    name TEXT PRIMARY KEY NOT NULL,
                    json TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3-links") { db in
            // Cross-source linking: canonical events, their reports and documents, the context
            // sentences the linker compares, and reviewers' merge and split decisions.
            try db.execute(sql: """
                CREATE TABLE canonical_events (
                    id TEXT PRIMARY KEY NOT NULL,
                    event_date TEXT NOT NULL,
                    event_type TEXT NOT NULL,
                    sub_event_type TEXT NOT NULL,
                    actor1 TEXT NOT NULL,
                    actor2 TEXT NOT NULL,
                    country TEXT NOT NULL,
                    admin1 TEXT NOT NULL,
                    fatalities INTEGER NOT NULL,
                    attack_count INTEGER NOT NULL,
                    event_json TEXT NOT NULL,
                    detail_json TEXT NOT NULL
                );
                CREATE INDEX canonical_events_date ON canonical_events(event_date);
                CREATE INDEX canonical_events_country ON canonical_events(country, event_date);
                CREATE TABLE canonical_event_reports (
                    canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
                    report_id TEXT NOT NULL UNIQUE,
                    PRIMARY KEY (canonical_id, report_id)
                );
                CREATE TABLE canonical_event_documents (
                    canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL,
                    PRIMARY KEY (canonical_id, document_id)
                );
                CREATE INDEX canonical_event_documents_document ON canonical_event_documents(document_id);
                CREATE TABLE link_contexts (
                    report_id TEXT PRIMARY KEY NOT NULL,
                    context TEXT NOT NULL
                );
                CREATE TABLE link_decisions (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    groups_json TEXT NOT NULL,
                    reviewer TEXT NOT NULL,
                    decided_at TEXT NOT NULL,
                    note TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v4-review", migrate: SQLiteReviewSchema.create)
        migrator.registerMigration("v5-watch") { db in
            // `vigil feeds` and `vigil watch`: watched feeds with their polling state, and the
            // items already taken from each, so a restarted watcher fetches nothing twice;
            // `vigil alerts`: alerts, the reports each was told about, and the delivery log.
            try db.execute(sql: """
                CREATE TABLE feeds (
                    url TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    source TEXT,
                    every_seconds INTEGER NOT NULL,
                    page INTEGER NOT NULL DEFAULT 0,
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
                );
                CREATE TABLE feed_items (
                    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
                    item_key TEXT NOT NULL,
                    seen TEXT NOT NULL,
                    PRIMARY KEY (feed_url, item_key)
                );
                CREATE INDEX feed_items_seen ON feed_items(seen);
                CREATE TABLE alerts (
                    name TEXT PRIMARY KEY NOT NULL,
                    filter TEXT NOT NULL,
                    webhook TEXT NOT NULL,
                    secret TEXT NOT NULL,
                    created TEXT NOT NULL
                );
                CREATE TABLE alert_reports (
                    alert TEXT NOT NULL REFERENCES alerts(name) ON DELETE CASCADE,
                    report_id TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    PRIMARY KEY (alert, report_id)
                );
                CREATE TABLE alert_deliveries (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
                );
                CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_attempt);
                CREATE INDEX alert_deliveries_alert ON alert_deliveries(alert, id);
                """)
        }
        migrator.registerMigration("v6-event-search") { db in
            // A text search (`q=`) tests the actor, admin1 and location of each event in date order
            // until a page is full: with those in the date index (the location read from the JSON
            // once, when a row is written), the scan reads the index alone and visits the table only
            // for the rows it lists, not for the 98% it passes over.
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN location TEXT
                    GENERATED ALWAYS AS (coalesce(json_extract(json, '$.location'), '')) VIRTUAL;
                CREATE INDEX events_date_search ON events(event_date, id, story_id, actor1, actor2, admin1, location);
                DROP INDEX events_date_id;
                """)
        }
        return migrator
    }
}
