import Foundation
import GRDB
import Synchronization
import VigilText
public import VigilModel

/// The embedded default store: one SQLite file (WAL mode) through GRDB.
public final class SQLiteStore: Store {
    let pool: DatabasePool
    /// The SQL of the event listings whose prepared statements each connection keeps (``listingStatement``).
    let listingShapes = Mutex<Set<String>>([])
    /// The database file.
    public let path: String

    /// The page cache per connection, in megabytes, of a process that reads much of the database
    /// (the server, ingestion, linking).
    public static let readerCacheMegabytes = 64
    /// The page cache per connection, in megabytes, of a process that mostly writes (a watcher):
    /// SQLite's own default, so that its memory stays flat while the database grows.
    public static let writerCacheMegabytes = 2

    /// Opens (creating if needed) the database at `path` and applies pending migrations, with a page
    /// cache of `cacheMegabytes` per connection unless `$VIGIL_SQLITE_CACHE_MB` sets another.
    /// - Throws: ``StoreError`` naming the path and the problem (missing folder, read-only file, not a database).
    public init(path: String, cacheMegabytes: Int = readerCacheMegabytes) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            let mode = ((try? manager.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
            guard manager.isWritableFile(atPath: path), mode & 0o222 != 0 else {
                throw StoreError("cannot write the database \(path): the file is read-only (check its permissions, or pass --db)")
            }
        } else {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError("cannot create the database folder \(folder): \(error.localizedDescription)")
            }
            guard manager.isWritableFile(atPath: folder) else {
                throw StoreError("cannot create the database \(path): the folder \(folder) is read-only (pass --db with a writable path)")
            }
        }
        let cacheKibibytes = try Self.cacheMegabytes(ProcessInfo.processInfo.environment, default: cacheMegabytes) * 1024
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // A larger cache and rarer checkpoints: bulk ingestion writes many small index entries.
            try db.execute(sql: """
                PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -\(cacheKibibytes);
                PRAGMA wal_autocheckpoint = 16384
                """)
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError("cannot open the database \(path): \(error.message ?? error.description)")
        }
    }

    /// The page cache of each connection in megabytes: `$VIGIL_SQLITE_CACHE_MB` (1 to 4096), else
    /// `fallback`. The cache fills as the database is read, up to this size per connection (a writer
    /// and up to five readers), so a process's memory follows the database's size up to that bound.
    /// - Throws: ``StoreError`` naming the variable when its value is not a number in range.
    static func cacheMegabytes(_ environment: [String: String], default fallback: Int = readerCacheMegabytes) throws -> Int {
        guard let text = environment["VIGIL_SQLITE_CACHE_MB"], !text.isEmpty else { return fallback }
        guard let megabytes = Int(text), (1...4096).contains(megabytes) else {
            throw StoreError("VIGIL_SQLITE_CACHE_MB is \"\(text)\"; give the page cache per connection in megabytes, 1 to 4096")
        }
        return megabytes
    }

    /// `$VIGIL_DB`, else `$XDG_DATA_HOME/vigil/vigil.sqlite`, else `~/.local/share/vigil/vigil.sqlite`.
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["VIGIL_DB"], !path.isEmpty { return path }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (data as NSString).appendingPathComponent("vigil/vigil.sqlite")
    }

    public func ingest(_ documents: [IncomingDocument], nearDuplicateThreshold: Double) throws -> [IngestOutcome] {
        try write { db in
            try documents.map { try self.ingestOne($0, threshold: nearDuplicateThreshold, db) }
        }
    }

    private func ingestOne(_ incoming: IncomingDocument, threshold: Double, _ db: Database) throws -> IngestOutcome {
        let document = incoming.document
        let source = [
            document.source, document.url, document.published?.description, document.ingested, incoming.origin,
        ]
        // Cached statements: compiled once per connection, not once per document.
        let byHash = try db.cachedStatement(sql: "SELECT id FROM documents WHERE content_hash = ?")
        if let existing = try String.fetchOne(byHash, arguments: [document.contentHash]) {
            try db.execute(
                sql: "INSERT OR IGNORE INTO document_sources (document_id, source, url, published, ingested, origin) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: StatementArguments([existing] + source))
            // A copy may know the publication date the stored one lacks.
            try db.execute(
                sql: "UPDATE documents SET published = COALESCE(published, ?) WHERE id = ?",
                arguments: [document.published?.description, existing])
            return .duplicate(documentID: document.id, existingID: existing)
        }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM documents WHERE id = ?"), arguments: [document.id]) == true {
            return .rejected(
                documentID: document.id,
                reason: "document id \"\(document.id)\" is already stored with different text; give the new version another id")
        }
        var storyID = document.id
        var similarity = 1.0
        var outcome = IngestOutcome.new(documentID: document.id)
        if !incoming.bandKeys.isEmpty {
            // The newest few documents of each bucket: templated reports fill buckets with thousands
            // of look-alikes, and comparing with all of them would make ingestion quadratic.
            let bucket = try db.cachedStatement(
                sql: "SELECT document_id FROM lsh_buckets WHERE band_key = ? ORDER BY rowid DESC LIMIT \(SQLiteStore.candidatesPerBucket)")
            var ids: [String] = []
            for key in incoming.bandKeys {
                for id in try String.fetchAll(bucket, arguments: [key]) where !ids.contains(id) { ids.append(id) }
            }
            let candidate = try db.cachedStatement(sql: "SELECT story_id, signature, key_terms FROM documents WHERE id = ?")
            let candidates = try ids.compactMap { try Row.fetchOne(candidate, arguments: [$0]) }.map {
                NearDuplicateMatcher.Candidate(storyID: $0["story_id"], signature: $0["signature"], keyTerms: $0["key_terms"])
            }
            let best = NearDuplicateMatcher.bestStory(for: incoming, among: candidates, threshold: threshold)
            if let best {
                storyID = best.storyID
                similarity = best.similarity
                outcome = .nearDuplicate(documentID: document.id, storyID: best.storyID, similarity: best.similarity)
            }
        }
        if case .new = outcome {
            try db.cachedStatement(sql: "INSERT INTO stories (id, canonical_document_id, created) VALUES (?, ?, ?)")
                .execute(arguments: [storyID, document.id, document.ingested])
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO documents (id, content_hash, story_id, title, published, ingested, language, dateline, text,
                    repeated_spans, signature, key_terms, similarity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                document.id, document.contentHash, storyID, document.title, document.published?.description,
                document.ingested, document.language, document.dateline, document.text,
                SQLiteStore.json(incoming.repeatedSpans), NearDuplicateMatcher.blob(incoming.signature),
                incoming.keyTerms.joined(separator: String(NearDuplicateMatcher.termSeparator)), similarity,
            ])
        try db.cachedStatement(
            sql: "INSERT INTO document_sources (document_id, source, url, published, ingested, origin) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: StatementArguments([document.id] + source))
        let insertBucket = try db.cachedStatement(sql: "INSERT INTO lsh_buckets (band_key, document_id) VALUES (?, ?)")
        for key in incoming.bandKeys {
            try insertBucket.execute(arguments: [key, document.id])
        }
        return outcome
    }

    public func document(id: String) throws -> StoredDocument? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let sources = try Row.fetchAll(
                db, sql: "SELECT * FROM document_sources WHERE document_id = ? ORDER BY ingested, source", arguments: [id]
            ).map { source in
                DocumentSourceRecord(
                    source: source["source"], url: source["url"],
                    published: (source["published"] as String?).flatMap(CalendarDay.init(iso:)),
                    ingested: source["ingested"], origin: source["origin"])
            }
            let story: String = row["story_id"]
            let siblings = try self.summaries(
                db, sql: "\(SQLiteStore.summarySelect) WHERE d.story_id = ? AND d.id != ? ORDER BY d.rowid",
                arguments: [story, id])
            let spans = (try? JSONDecoder().decode([[Int]].self, from: Data((row["repeated_spans"] as String).utf8))) ?? []
            return StoredDocument(
                document: SQLiteStore.document(from: row, source: sources.first), sources: sources,
                storyDocuments: siblings, repeatedSpans: spans)
        }
    }

    public func documents(limit: Int, offset: Int) throws -> [DocumentSummary] {
        try read { db in
            try self.summaries(
                db, sql: "\(SQLiteStore.summarySelect) ORDER BY d.ingested DESC, d.rowid DESC LIMIT ? OFFSET ?",
                arguments: [limit, offset])
        }
    }

    public func searchDocuments(_ query: String, limit: Int) throws -> [DocumentSummary] {
        guard let terms = SearchTerms(query) else { return [] }
        return try read { db in
            try self.summaries(
                db,
                sql: """
                    SELECT d.id, d.title, d.published, d.ingested, d.story_id,
                        (SELECT COUNT(*) FROM document_sources s WHERE s.document_id = d.id) AS source_count,
                        (SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS source,
                        CASE WHEN length(d.text) <= \(SearchTerms.longestSnippetSource)
                            THEN snippet(documents_fts, 1, '[', ']', '…', 16) ELSE substr(d.text, 1, 120) || '…' END AS snippet
                    FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                    WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?
                    """,
                arguments: [terms.fts5, limit])
        }
    }

    public func pendingStories(extractorVersion: String, limit: Int) throws -> [Document] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.*, (SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS source,
                        (SELECT url FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS url
                    FROM stories st JOIN documents d ON d.id = st.canonical_document_id
                    WHERE st.extractor_version IS NULL OR st.extractor_version != ?
                    ORDER BY st.created, st.rowid LIMIT ?
                    """,
                arguments: [extractorVersion, limit]
            ).map { SQLiteStore.document(from: $0, source: nil) }
        }
    }

    public func markAllStoriesPending() throws {
        try write { db in try db.execute(sql: "UPDATE stories SET extractor_version = NULL") }
    }

    public func saveExtraction(storyID: String, extractorVersion: String, events: [Event], tallies: [Tally]) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM events WHERE story_id = ?", arguments: [storyID])
            try db.execute(sql: "DELETE FROM tallies WHERE story_id = ?", arguments: [storyID])
            for event in events {
                try SQLiteStore.insertEvent(event, storyID: storyID, json: try StoredJSON.text(event), db)
            }
            for tally in tallies {
                try db.execute(
                    sql: "INSERT INTO tallies (id, story_id, document_id, json) VALUES (?, ?, ?, ?)",
                    arguments: [tally.tallyID, storyID, tally.docID, try StoredJSON.text(tally)])
            }
            try db.execute(
                sql: "UPDATE stories SET extractor_version = ? WHERE id = ?", arguments: [extractorVersion, storyID])
        }
    }

    public func events(_ query: EventQuery) throws -> [Event] {
        let (filter, arguments) = SQLiteStore.filter(
            query, documentCondition: ("story_id = (SELECT story_id FROM documents WHERE id = ?)", 1))
        let decoder = JSONDecoder()
        return try read { db in
            try String.fetchAll(
                db, sql: "SELECT json FROM events \(filter) ORDER BY event_date DESC, id LIMIT ? OFFSET ?",
                arguments: StatementArguments(arguments)
            ).map { try decoder.decode(Event.self, from: Data($0.utf8)) }
        }
    }

    public func event(id: String) throws -> Event? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT json FROM events WHERE id = ?", arguments: [id]).map {
                try JSONDecoder().decode(Event.self, from: Data($0.utf8))
            }
        }
    }

    public func tallies() throws -> [Tally] {
        let decoder = JSONDecoder()
        return try read { db in
            try String.fetchAll(db, sql: "SELECT json FROM tallies ORDER BY document_id, id").map {
                try decoder.decode(Tally.self, from: Data($0.utf8))
            }
        }
    }

    public func customPlaces() throws -> [CustomPlace] {
        let decoder = JSONDecoder()
        return try read { db in
            try String.fetchAll(db, sql: "SELECT json FROM custom_places ORDER BY name").map {
                try decoder.decode(CustomPlace.self, from: Data($0.utf8))
            }
        }
    }

    public func saveCustomPlace(_ place: CustomPlace) throws {
        let json = String(decoding: try JSONEncoder().encode(place), as: UTF8.self)
        try write { db in
            try db.execute(
                sql: "INSERT INTO custom_places (name, json) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET json = excluded.json",
                arguments: [place.name, json])
        }
    }

    public func stats() throws -> StoreStats {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func grouped(_ column: String) throws -> [String: Int] {
                var result: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT \(column) AS k, COUNT(*) AS n FROM events GROUP BY \(column)") {
                    result[row["k"]] = row["n"]
                }
                return result
            }
            return StoreStats(
                documents: try count("SELECT COUNT(*) FROM documents"),
                sources: try count("SELECT COUNT(*) FROM document_sources"),
                stories: try count("SELECT COUNT(*) FROM stories"),
                storiesPending: try count("SELECT COUNT(*) FROM stories WHERE extractor_version IS NULL"),
                events: try count("SELECT COUNT(*) FROM events"),
                tallies: try count("SELECT COUNT(*) FROM tallies"),
                eventsByType: try grouped("event_type"), eventsByCountry: try grouped("country"),
                firstEventDate: try String.fetchOne(db, sql: "SELECT MIN(event_date) FROM events"),
                lastEventDate: try String.fetchOne(db, sql: "SELECT MAX(event_date) FROM events"))
        }
    }

    // MARK: Helpers

    /// Inserts an extracted (or split-off) event with its indexed columns.
    static func insertEvent(_ event: Event, storyID: String, json: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1, actor2,
                    country, admin1, latitude, longitude, fatalities, confidence, claimed, json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                event.eventID, storyID, event.docID, event.eventDate.description, event.eventType.rawValue,
                event.subEventType.rawValue, event.actor1, event.actor2, event.country, event.admin1,
                event.latitude, event.longitude, event.fatalities, event.confidence, event.claimed, json,
            ])
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError {
            throw StoreError("database \(path): \(error.message ?? error.description)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch let error as DatabaseError {
            throw StoreError("database \(path): \(error.message ?? error.description)")
        }
    }

    /// The rows of `sql` for every value of `values`, queried in chunks that stay under SQLite's limit on
    /// variables: `sql` receives one chunk's question marks, bound after `leading`.
    static func rows(
        _ db: Database, matching values: [String], after leading: [String], sql: (String) -> String
    ) throws -> [Row] {
        var rows: [Row] = []
        for start in stride(from: 0, to: values.count, by: 500) {
            let chunk = Array(values[start..<min(start + 500, values.count)])
            rows += try Row.fetchAll(
                db, sql: sql(databaseQuestionMarks(count: chunk.count)), arguments: StatementArguments(leading + chunk))
        }
        return rows
    }

    /// Most recent documents read from each LSH bucket as near-duplicate candidates.
    static let candidatesPerBucket = 8


    private static let summarySelect = """
        SELECT d.id, d.title, d.published, d.ingested, d.story_id,
            (SELECT COUNT(*) FROM document_sources s WHERE s.document_id = d.id) AS source_count,
            (SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS source,
            substr(d.text, 1, 160) AS snippet
        FROM documents d
        """

    private func summaries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [DocumentSummary] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            DocumentSummary(
                id: row["id"], title: row["title"], source: row["source"] ?? "",
                published: (row["published"] as String?).flatMap(CalendarDay.init(iso:)), ingested: row["ingested"],
                storyID: row["story_id"], sourceCount: row["source_count"],
                snippet: (row["snippet"] as String).split(whereSeparator: \.isNewline).joined(separator: " "))
        }
    }

    private static func document(from row: Row, source: DocumentSourceRecord?) -> Document {
        Document(
            id: row["id"], source: source?.source ?? row["source"] ?? "", url: source?.url ?? row["url"] ?? "",
            title: row["title"], published: (row["published"] as String?).flatMap(CalendarDay.init(iso:)),
            ingested: row["ingested"], language: row["language"], text: row["text"], contentHash: row["content_hash"],
            storyID: row["story_id"], dateline: row["dateline"])
    }

    /// The WHERE clause and arguments of an event query, with limit and offset appended last.
    /// - Parameter documentCondition: how the table finds a document's events, and how many times
    ///   the condition binds the document id.
    static func filter(
        _ query: EventQuery, documentCondition: (sql: String, bindings: Int)
    ) -> (String, [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        func add(_ condition: String, _ values: [any DatabaseValueConvertible]) {
            conditions.append(condition)
            arguments += values
        }
        if let from = query.from { add("event_date >= ?", [from.description]) }
        if let to = query.to { add("event_date <= ?", [to.description]) }
        if let country = query.country { add("country = ? COLLATE NOCASE", [country]) }
        if let type = query.eventType { add("event_type = ?", [type.rawValue]) }
        if let sub = query.subEventType { add("sub_event_type = ?", [sub.rawValue]) }
        if let actor = query.actor { add("(actor1 LIKE ? OR actor2 LIKE ?)", ["%\(actor)%", "%\(actor)%"]) }
        if let document = query.documentID {
            add(documentCondition.sql, Array(repeating: document, count: documentCondition.bindings))
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (filter, arguments + [query.limit, query.offset])
    }

    static func json(_ spans: [[Int]]) -> String {
        "[" + spans.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
    }
}
