import Foundation
import NIOCore
import PostgresNIO
import VigilText
public import VigilModel

/// The shared store for several analysts and machines: one PostgreSQL database through postgres-nio,
/// with the same schema semantics as ``SQLiteStore`` (see ``PostgresSession`` for how the
/// synchronous protocol is bridged to the asynchronous driver).
public final class PostgresStore: Store {
    let session: PostgresSession
    /// The schema of the PostGIS extension when spatial filters use it; nil when they use the plain
    /// latitude/longitude index.
    let postgisSchema: String?
    /// Where the database is, without the password.
    public var location: String { session.location }
    /// Whether bounding-box filters go through PostGIS (a GiST index on each event's point).
    public var usesPostGIS: Bool { postgisSchema != nil }

    /// Connects to the database at `url` (`postgres://user@host:port/database`) and applies pending
    /// migrations; sets up PostGIS's spatial index when the server has the extension.
    /// - Throws: ``StoreError`` naming the server and the problem.
    public init(url: String) throws {
        let settings = try PostgresSettings(url: url)
        session = try PostgresSession(settings)
        postgisSchema = try PostgresMigrations.migrate(session, postgis: settings.postgis)
    }

    public func ingest(_ documents: [IncomingDocument], nearDuplicateThreshold: Double) throws -> [IngestOutcome] {
        try session.transaction { db in
            // One ingesting transaction at a time, as in SQLite: two processes storing copies of one
            // article at once must see each other's documents to find the duplicate.
            try db.execute("SELECT pg_advisory_xact_lock(\(PostgresStore.ingestLock))")
            return try documents.map { try ingestOne($0, threshold: nearDuplicateThreshold, db) }
        }
    }

    private func ingestOne(_ incoming: IncomingDocument, threshold: Double, _ db: PostgresSession.Queries) throws -> IngestOutcome {
        let document = incoming.document
        let published = document.published?.description
        if let existing = try db.value("SELECT id FROM documents WHERE content_hash = \(document.contentHash)", as: String.self) {
            try db.execute("""
                INSERT INTO document_sources (document_id, source, url, published, ingested, origin)
                VALUES (\(existing), \(document.source), \(document.url), \(published), \(document.ingested), \(incoming.origin))
                ON CONFLICT DO NOTHING
                """)
            // A copy may know the publication date the stored one lacks.
            try db.execute("UPDATE documents SET published = COALESCE(published, \(published)) WHERE id = \(existing)")
            return .duplicate(documentID: document.id, existingID: existing)
        }
        if try db.value("SELECT 1 FROM documents WHERE id = \(document.id)", as: Int32.self) != nil {
            return .rejected(
                documentID: document.id,
                reason: "document id \"\(document.id)\" is already stored with different text; give the new version another id")
        }
        var storyID = document.id
        var similarity = 1.0
        var outcome = IngestOutcome.new(documentID: document.id)
        if !incoming.bandKeys.isEmpty {
            // The newest few documents of each bucket, as in SQLiteStore: comparing with every
            // look-alike of a templated report would make ingestion quadratic.
            let keys = incoming.bandKeys
            let rows = try db.rows("""
                SELECT d.id, d.story_id, d.signature, d.key_terms FROM (
                    SELECT DISTINCT b.document_id FROM unnest(\(keys)::BIGINT[]) AS k(band_key)
                    CROSS JOIN LATERAL (
                        SELECT document_id FROM lsh_buckets WHERE band_key = k.band_key
                        ORDER BY seq DESC LIMIT \(SQLiteStore.candidatesPerBucket)) b
                ) c JOIN documents d ON d.id = c.document_id ORDER BY d.seq
                """)
            let candidates = try rows.map { row in
                let (_, story, signature, terms) = try row.decode((String, String, ByteBuffer, String).self)
                return NearDuplicateMatcher.Candidate(storyID: story, signature: Data(signature.readableBytesView), keyTerms: terms)
            }
            let best = NearDuplicateMatcher.bestStory(for: incoming, among: candidates, threshold: threshold)
            if let best {
                storyID = best.storyID
                similarity = best.similarity
                outcome = .nearDuplicate(documentID: document.id, storyID: best.storyID, similarity: best.similarity)
            }
        }
        if case .new = outcome {
            try db.execute(
                "INSERT INTO stories (id, canonical_document_id, created) VALUES (\(storyID), \(document.id), \(document.ingested))")
        }
        let signature = ByteBuffer(bytes: NearDuplicateMatcher.blob(incoming.signature))
        let spans = SQLiteStore.json(incoming.repeatedSpans)
        let terms = incoming.keyTerms.joined(separator: String(NearDuplicateMatcher.termSeparator))
        try db.execute("""
            INSERT INTO documents (id, content_hash, story_id, title, published, ingested, language, dateline, text,
                repeated_spans, signature, key_terms, similarity)
            VALUES (\(document.id), \(document.contentHash), \(storyID), \(document.title), \(published),
                \(document.ingested), \(document.language), \(document.dateline), \(document.text), \(spans),
                \(signature), \(terms), \(similarity))
            """)
        try db.execute("""
            INSERT INTO document_sources (document_id, source, url, published, ingested, origin)
            VALUES (\(document.id), \(document.source), \(document.url), \(published), \(document.ingested), \(incoming.origin))
            """)
        if !incoming.bandKeys.isEmpty {
            let keys = incoming.bandKeys
            try db.execute(
                "INSERT INTO lsh_buckets (band_key, document_id) SELECT k, \(document.id) FROM unnest(\(keys)::BIGINT[]) AS k")
        }
        return outcome
    }

    public func document(id: String) throws -> StoredDocument? {
        try session.read { db in
            guard let row = try db.rows("""
                SELECT id, title, published, ingested, language, text, content_hash, story_id, dateline, repeated_spans
                FROM documents WHERE id = \(id)
                """).first
            else { return nil }
            let (_, title, published, ingested, language, text, hash, story, dateline, spansJSON) = try row.decode(
                (String, String, String?, String, String, String, String, String, String?, String).self)
            let sources = try db.rows("""
                SELECT source, url, published, ingested, origin FROM document_sources WHERE document_id = \(id)
                ORDER BY ingested, source
                """
            ).map { row in
                let (source, url, published, ingested, origin) = try row.decode((String, String, String?, String, String).self)
                return DocumentSourceRecord(
                    source: source, url: url, published: published.flatMap(CalendarDay.init(iso:)), ingested: ingested,
                    origin: origin)
            }
            let siblings = try summaries(db, "\(unescaped: PostgresStore.summarySelect) WHERE d.story_id = \(story) AND d.id != \(id) ORDER BY d.seq")
            let spans = (try? JSONDecoder().decode([[Int]].self, from: Data(spansJSON.utf8))) ?? []
            let document = Document(
                id: id, source: sources.first?.source ?? "", url: sources.first?.url ?? "", title: title,
                published: published.flatMap(CalendarDay.init(iso:)), ingested: ingested, language: language, text: text,
                contentHash: hash, storyID: story, dateline: dateline)
            return StoredDocument(document: document, sources: sources, storyDocuments: siblings, repeatedSpans: spans)
        }
    }

    public func documents(limit: Int, offset: Int) throws -> [DocumentSummary] {
        try session.read { db in
            try summaries(db, "\(unescaped: PostgresStore.summarySelect) ORDER BY d.ingested DESC, d.seq DESC LIMIT \(limit) OFFSET \(offset)")
        }
    }

    public func searchDocuments(_ query: String, limit: Int) throws -> [DocumentSummary] {
        guard let words = SearchTerms(query)?.tsquery else { return [] }
        return try session.read { db in
            try summaries(db, """
                SELECT d.id, d.title, d.published, d.ingested, d.story_id,
                    (SELECT COUNT(*) FROM document_sources s WHERE s.document_id = d.id) AS source_count,
                    (SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS source,
                    CASE WHEN length(d.text) <= \(unescaped: String(SearchTerms.longestSnippetSource))
                        THEN ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8')
                        ELSE left(d.text, 120) || '…' END AS snippet
                FROM documents d, to_tsquery('simple', \(words)) q
                WHERE d.search @@ q ORDER BY ts_rank(d.search, q) DESC, d.seq LIMIT \(limit)
                """)
        }
    }

    public func pendingStories(extractorVersion: String, limit: Int) throws -> [Document] {
        try session.read { db in
            try PostgresStore.documents(db.rows("""
                \(unescaped: PostgresStore.documentSelect)
                FROM stories st JOIN documents d ON d.id = st.canonical_document_id
                WHERE st.extractor_version IS NULL OR st.extractor_version != \(extractorVersion)
                ORDER BY st.created, st.seq LIMIT \(limit)
                """))
        }
    }

    public func markAllStoriesPending() throws {
        try session.transaction { db in try db.execute("UPDATE stories SET extractor_version = NULL") }
    }

    public func saveExtraction(storyID: String, extractorVersion: String, events: [Event], tallies: [Tally]) throws {
        try session.transaction { db in
            try db.execute("DELETE FROM events WHERE story_id = \(storyID)")
            try db.execute("DELETE FROM tallies WHERE story_id = \(storyID)")
            for event in events {
                try PostgresStore.insertEvent(event, storyID: storyID, json: try StoredJSON.text(event), db)
            }
            for tally in tallies {
                let json = try StoredJSON.text(tally)
                try db.execute(
                    "INSERT INTO tallies (id, story_id, document_id, json) VALUES (\(tally.tallyID), \(storyID), \(tally.docID), \(json))")
            }
            try PostgresStore.reapplyReviews(storyID: storyID, db)
            try db.execute("""
                UPDATE stories SET extractor_version = \(extractorVersion), lease_owner = NULL, lease_expires = NULL
                WHERE id = \(storyID)
                """)
        }
    }

    public func events(_ query: EventQuery) throws -> [Event] {
        var statement = PostgresStatement("SELECT json FROM events ")
        statement.appendFilter(query, documentCondition: { document in
            "story_id = (SELECT story_id FROM documents WHERE id = \(document))"
        })
        statement.append(" ORDER BY event_date DESC, id ")
        statement.appendPage(query)
        let decoder = JSONDecoder()
        return try session.read { db in
            try db.values(statement.query, as: String.self).map { try decoder.decode(Event.self, from: Data($0.utf8)) }
        }
    }

    public func event(id: String) throws -> Event? {
        try session.read { db in
            try db.value("SELECT json FROM events WHERE id = \(id)", as: String.self).map {
                try JSONDecoder().decode(Event.self, from: Data($0.utf8))
            }
        }
    }

    public func tallies() throws -> [Tally] {
        let decoder = JSONDecoder()
        return try session.read { db in
            try db.values("SELECT json FROM tallies ORDER BY document_id, id", as: String.self).map {
                try decoder.decode(Tally.self, from: Data($0.utf8))
            }
        }
    }

    public func customPlaces() throws -> [CustomPlace] {
        let decoder = JSONDecoder()
        return try session.read { db in
            try db.values("SELECT json FROM custom_places ORDER BY name", as: String.self).map {
                try decoder.decode(CustomPlace.self, from: Data($0.utf8))
            }
        }
    }

    public func saveCustomPlace(_ place: CustomPlace) throws {
        let json = String(decoding: try JSONEncoder().encode(place), as: UTF8.self)
        try session.transaction { db in
            try db.execute(
                "INSERT INTO custom_places (name, json) VALUES (\(place.name), \(json)) ON CONFLICT (name) DO UPDATE SET json = excluded.json")
        }
    }

    public func stats() throws -> StoreStats {
        try session.read { db in
            func count(_ query: PostgresQuery) throws -> Int { try db.value(query, as: Int.self) ?? 0 }
            func grouped(_ query: PostgresQuery) throws -> [String: Int] {
                var result: [String: Int] = [:]
                for row in try db.rows(query) {
                    let (key, count) = try row.decode((String, Int).self)
                    result[key] = count
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
                eventsByType: try grouped("SELECT event_type, COUNT(*) FROM events GROUP BY event_type"),
                eventsByCountry: try grouped("SELECT country, COUNT(*) FROM events GROUP BY country"),
                firstEventDate: try db.value("SELECT MIN(event_date) FROM events", as: String?.self) ?? nil,
                lastEventDate: try db.value("SELECT MAX(event_date) FROM events", as: String?.self) ?? nil)
        }
    }

    // MARK: Helpers

    /// Inserts an extracted (or split-off) event with its indexed columns.
    static func insertEvent(_ event: Event, storyID: String, json: String, _ db: PostgresSession.Queries) throws {
        try db.execute("""
            INSERT INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1, actor2,
                country, admin1, latitude, longitude, fatalities, confidence, claimed, json)
            VALUES (\(event.eventID), \(storyID), \(event.docID), \(event.eventDate.description),
                \(event.eventType.rawValue), \(event.subEventType.rawValue), \(event.actor1), \(event.actor2),
                \(event.country), \(event.admin1), \(event.latitude), \(event.longitude), \(event.fatalities),
                \(event.confidence), \(event.claimed), \(json))
            """)
    }

    /// The advisory lock that serializes ingesting transactions.
    static let ingestLock = 7_162_002

    private static let summarySelect = """
        SELECT d.id, d.title, d.published, d.ingested, d.story_id,
            (SELECT COUNT(*) FROM document_sources s WHERE s.document_id = d.id) AS source_count,
            (SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS source,
            substr(d.text, 1, 160) AS snippet
        FROM documents d
        """

    /// The columns ``documents(_:)`` reads, for a query over `documents d`.
    static let documentSelect = """
        SELECT d.id, d.title, d.published, d.ingested, d.language, d.text, d.content_hash, d.story_id, d.dateline,
            (SELECT source FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS source,
            (SELECT url FROM document_sources s WHERE s.document_id = d.id ORDER BY ingested LIMIT 1) AS url
        """

    static func documents(_ rows: [PostgresRow]) throws -> [Document] {
        try rows.map { row in
            let (id, title, published, ingested, language, text, hash, story, dateline, source, url) = try row.decode(
                (String, String, String?, String, String, String, String, String, String?, String?, String?).self)
            return Document(
                id: id, source: source ?? "", url: url ?? "", title: title,
                published: published.flatMap(CalendarDay.init(iso:)), ingested: ingested, language: language, text: text,
                contentHash: hash, storyID: story, dateline: dateline)
        }
    }

    private func summaries(_ db: PostgresSession.Queries, _ query: PostgresQuery) throws -> [DocumentSummary] {
        try db.rows(query).map { row in
            let (id, title, published, ingested, story, count, source, snippet) = try row.decode(
                (String, String, String?, String, String, Int, String?, String).self)
            return DocumentSummary(
                id: id, title: title, source: source ?? "", published: published.flatMap(CalendarDay.init(iso:)),
                ingested: ingested, storyID: story, sourceCount: count,
                snippet: snippet.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
    }
}
