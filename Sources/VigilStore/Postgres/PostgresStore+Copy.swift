import GRDB
import PostgresNIO

/// `vigil db copy`: moves a SQLite project into an empty PostgreSQL database, table by table in one
/// transaction, then compares each table's row count and checksum on both sides.
extension PostgresStore {
    /// One table's copy: rows on each side and whether their checksums agree.
    public struct CopiedTable: Sendable {
        /// The table's name.
        public var table: String
        /// Rows in the PostgreSQL copy.
        public var rows: Int
        /// SHA-256 of the copied rows, in key order.
        public var checksum: String
        /// Whether the SQLite table has the same number of rows and the same checksum.
        public var matches: Bool
    }

    /// Copies every row of `source` into this database, which must hold no document yet.
    /// - Throws: ``StoreError`` when this database is not empty (nothing is copied then).
    public func copy(from source: SQLiteStore) throws -> [CopiedTable] {
        let tables = PostgresStore.copiedTables
        try session.transaction { db in
            guard try db.value("SELECT COUNT(*) FROM stories", as: Int.self) == 0 else {
                throw StoreError("\(location) already holds stories: copy into an empty database")
            }
            for table in tables {
                let rows = try source.read { try table.rows(in: $0, asStored: true) }
                let columns = table.columns.map(\.name).joined(separator: ", ")
                for row in rows {
                    var statement = PostgresStatement("INSERT INTO \(table.name) (\(columns)) VALUES (")
                    let placeholders = row.map { statement.bind($0) }
                    statement.append(placeholders.joined(separator: ", ") + ")")
                    try db.execute(statement.query)
                }
            }
            try db.execute("SELECT setval(pg_get_serial_sequence('link_decisions', 'sequence'), COALESCE(MAX(sequence), 0) + 1, false) FROM link_decisions")
            try db.execute("SELECT setval(pg_get_serial_sequence('review_audit', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM review_audit")
        }
        return try tables.map { table in
            let sourceRows = try source.read { try table.rows(in: $0) }
            let copiedRows = try session.read { try table.rows(in: $0) }
            let checksum = CopyValue.checksum(copiedRows)
            return CopiedTable(
                table: table.name, rows: copiedRows.count, checksum: checksum,
                matches: sourceRows.count == copiedRows.count && CopyValue.checksum(sourceRows) == checksum)
        }
    }

    /// Every table of the shared schema with its columns, in an order that satisfies the foreign keys.
    static let copiedTables: [CopyTable] = [
        CopyTable("stories", order: "created, id", [("id", .text), ("canonical_document_id", .text), ("created", .text), ("extractor_version", .text)]),
        CopyTable("documents", order: "ingested, id", [
            ("id", .text), ("content_hash", .text), ("story_id", .text), ("title", .text), ("published", .text),
            ("ingested", .text), ("language", .text), ("dateline", .text), ("text", .text), ("repeated_spans", .text),
            ("signature", .blob), ("key_terms", .text), ("similarity", .real),
        ]),
        CopyTable("document_sources", order: "document_id, source, url", [
            ("document_id", .text), ("source", .text), ("url", .text), ("published", .text), ("ingested", .text), ("origin", .text),
        ]),
        CopyTable("lsh_buckets", order: "document_id, band_key", [("band_key", .integer), ("document_id", .text)]),
        CopyTable("events", order: "id", [
            ("id", .text), ("story_id", .text), ("document_id", .text), ("event_date", .text), ("event_type", .text),
            ("sub_event_type", .text), ("actor1", .text), ("actor2", .text), ("country", .text), ("admin1", .text),
            ("latitude", .real), ("longitude", .real), ("fatalities", .integer), ("confidence", .real), ("claimed", .boolean),
            ("json", .text),
        ]),
        CopyTable("tallies", order: "id", [("id", .text), ("story_id", .text), ("document_id", .text), ("json", .text)]),
        CopyTable("custom_places", order: "name", [("name", .text), ("json", .text)]),
        CopyTable("canonical_events", order: "id", [
            ("id", .text), ("event_date", .text), ("event_type", .text), ("sub_event_type", .text), ("actor1", .text),
            ("actor2", .text), ("country", .text), ("admin1", .text), ("fatalities", .integer), ("attack_count", .integer),
            ("event_json", .text), ("detail_json", .text),
        ]),
        CopyTable("canonical_event_reports", order: "canonical_id, report_id", [("canonical_id", .text), ("report_id", .text)]),
        CopyTable("canonical_event_documents", order: "canonical_id, document_id", [("canonical_id", .text), ("document_id", .text)]),
        CopyTable("link_contexts", order: "report_id", [("report_id", .text), ("context", .text)]),
        CopyTable("link_decisions", order: "sequence", [
            ("sequence", .integer), ("kind", .text), ("groups_json", .text), ("reviewer", .text), ("decided_at", .text), ("note", .text),
        ]),
        CopyTable("event_reviews", order: "event_id", [
            ("event_id", .text), ("story_id", .text), ("status", .text), ("patch", .text), ("merged_into", .text),
            ("split_from", .text), ("created_json", .text), ("updated", .text), ("updated_by", .text),
        ]),
        CopyTable("review_audit", order: "id", [
            ("id", .integer), ("subject", .text), ("action", .text), ("actor", .text), ("at", .text), ("before_json", .text),
            ("after_json", .text), ("note", .text),
        ]),
        CopyTable("api_tokens", order: "name", [("name", .text), ("token_hash", .text), ("created", .text), ("last_used", .text)]),
    ]
}
