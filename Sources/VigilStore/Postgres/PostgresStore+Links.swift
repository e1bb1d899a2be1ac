import Foundation
import PostgresNIO
public import VigilModel

/// Cross-source linking: canonical events, their reports and documents, context sentences and
/// review decisions (migration "v3-links"), as ``SQLiteStore`` keeps them.
extension PostgresStore {
    public func linkReports(from: CalendarDay, to: CalendarDay) throws -> [ReportRecord] {
        try session.read { db in
            try PostgresStore.reports(db.rows("""
                SELECT e.json, c.context FROM events e LEFT JOIN link_contexts c ON c.report_id = e.id
                WHERE e.event_date >= \(from.description) AND e.event_date <= \(to.description) ORDER BY e.id
                """))
        }
    }

    public func unlinkedReports() throws -> [ReportRecord] {
        try session.transaction { db in
            try PostgresStore.dropCanonicalEventsMissingReports(db)
            return try PostgresStore.reports(db.rows("""
                SELECT e.json, c.context FROM events e LEFT JOIN link_contexts c ON c.report_id = e.id
                WHERE NOT EXISTS (SELECT 1 FROM canonical_event_reports r WHERE r.report_id = e.id) ORDER BY e.id
                """))
        }
    }

    public func unlinkedReportDays() throws -> [String: CalendarDay] {
        try session.transaction { db in
            try PostgresStore.dropCanonicalEventsMissingReports(db)
            var days: [String: CalendarDay] = [:]
            for row in try db.rows("""
                SELECT e.id, e.event_date FROM events e
                WHERE NOT EXISTS (SELECT 1 FROM canonical_event_reports r WHERE r.report_id = e.id)
                """)
            {
                let (id, date) = try row.decode((String, String).self)
                if let day = CalendarDay(iso: date) { days[id] = day }
            }
            return days
        }
    }

    /// Deletes the canonical events that hold a report no longer stored, under the linking lock.
    private static func dropCanonicalEventsMissingReports(_ db: PostgresSession.Queries) throws {
        try db.execute("SELECT pg_advisory_xact_lock(\(PostgresStore.linkLock))")
        try db.execute("""
            DELETE FROM canonical_events WHERE id IN (
                SELECT r.canonical_id FROM canonical_event_reports r
                WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.report_id))
            """)
    }

    public func saveLinkContexts(_ contexts: [String: String]) throws {
        guard !contexts.isEmpty else { return }
        let sorted = contexts.sorted { $0.key < $1.key }
        let reports = sorted.map(\.key), texts = sorted.map(\.value)
        try session.transaction { db in
            try db.execute("""
                INSERT INTO link_contexts (report_id, context) SELECT * FROM unnest(\(reports)::TEXT[], \(texts)::TEXT[])
                ON CONFLICT (report_id) DO UPDATE SET context = excluded.context
                """)
        }
    }

    public func saveCanonicalEvents(_ events: [CanonicalEventRecord], replacingReports reportIDs: [String]) throws {
        let replaced = Set(reportIDs + events.flatMap(\.reportIDs)).sorted()
        try session.transaction { db in
            // Linking runs replace canonical events one at a time across processes.
            try db.execute("SELECT pg_advisory_xact_lock(\(PostgresStore.linkLock))")
            try db.execute("""
                DELETE FROM canonical_events WHERE id IN
                    (SELECT canonical_id FROM canonical_event_reports WHERE report_id = ANY(\(replaced)::TEXT[]))
                """)
            for record in events {
                let event = record.event
                let json = try StoredJSON.text(event)
                try db.execute("""
                    INSERT INTO canonical_events (id, event_date, event_type, sub_event_type, actor1, actor2, country,
                        admin1, fatalities, attack_count, event_json, detail_json)
                    VALUES (\(record.id), \(event.eventDate.description), \(event.eventType.rawValue),
                        \(event.subEventType.rawValue), \(event.actor1), \(event.actor2), \(event.country), \(event.admin1),
                        \(event.fatalities), \(event.attackCount), \(json), \(record.detail))
                    """)
                try db.execute("""
                    INSERT INTO canonical_event_reports (canonical_id, report_id)
                    SELECT \(record.id), r FROM unnest(\(record.reportIDs)::TEXT[]) AS r
                    """)
                try db.execute("""
                    INSERT INTO canonical_event_documents (canonical_id, document_id)
                    SELECT \(record.id), d FROM unnest(\(record.documentIDs)::TEXT[]) AS d ON CONFLICT DO NOTHING
                    """)
            }
        }
    }

    public func replaceCanonicalEvent(_ event: Event) throws {
        try session.transaction { db in try PostgresStore.updateCanonicalRow(event, db) }
    }

    /// Rewrites the reconciled row of the canonical event with `event`'s id.
    static func updateCanonicalRow(_ event: Event, _ db: PostgresSession.Queries) throws {
        let json = try StoredJSON.text(event)
        try db.execute("""
            UPDATE canonical_events SET event_date = \(event.eventDate.description), event_type = \(event.eventType.rawValue),
                sub_event_type = \(event.subEventType.rawValue), actor1 = \(event.actor1), actor2 = \(event.actor2),
                country = \(event.country), admin1 = \(event.admin1), fatalities = \(event.fatalities),
                attack_count = \(event.attackCount), event_json = \(json)
            WHERE id = \(event.eventID)
            """)
    }

    public func canonicalEvents(_ query: EventQuery) throws -> [CanonicalEventRecord] {
        var statement = PostgresStatement("SELECT id, event_json, detail_json FROM canonical_events ")
        statement.appendFilter(query) { document in
            """
            (id IN (SELECT canonical_id FROM canonical_event_documents WHERE document_id = \(document))
                OR id IN (SELECT r.canonical_id FROM canonical_event_reports r JOIN events e ON e.id = r.report_id
                    WHERE e.story_id = (SELECT story_id FROM documents WHERE id = \(document))))
            """
        }
        statement.append(" ORDER BY event_date DESC, id ")
        statement.appendPage(query)
        return try session.read { db in try PostgresStore.canonical(db, db.rows(statement.query)) }
    }

    public func canonicalEvent(id: String) throws -> CanonicalEventRecord? {
        try session.read { db in
            try PostgresStore.canonical(db, db.rows("""
                SELECT id, event_json, detail_json FROM canonical_events WHERE id = \(id)
                    OR id = (SELECT canonical_id FROM canonical_event_reports WHERE report_id = \(id))
                """)).first
        }
    }

    public func saveLinkDecision(_ decision: LinkDecisionRecord) throws {
        let groups = String(decoding: try JSONEncoder().encode(decision.groups), as: UTF8.self)
        try session.transaction { db in
            try db.execute("""
                INSERT INTO link_decisions (kind, groups_json, reviewer, decided_at, note)
                VALUES (\(decision.kind), \(groups), \(decision.reviewer), \(decision.decidedAt), \(decision.note))
                """)
        }
    }

    public func linkDecisions() throws -> [LinkDecisionRecord] {
        let decoder = JSONDecoder()
        return try session.read { db in
            try db.rows("SELECT sequence, kind, groups_json, reviewer, decided_at, note FROM link_decisions ORDER BY sequence")
                .map { row in
                    let (sequence, kind, groups, reviewer, decidedAt, note) = try row.decode(
                        (Int, String, String, String, String, String).self)
                    return LinkDecisionRecord(
                        sequence: sequence, kind: kind, groups: try decoder.decode([[String]].self, from: Data(groups.utf8)),
                        reviewer: reviewer, decidedAt: decidedAt, note: note)
                }
        }
    }

    // MARK: Helpers

    /// The advisory lock that serializes writes of canonical events.
    static let linkLock = 7_162_003

    private static func reports(_ rows: [PostgresRow]) throws -> [ReportRecord] {
        let decoder = JSONDecoder()
        return try rows.map { row in
            let (json, context) = try row.decode((String, String?).self)
            return ReportRecord(event: try decoder.decode(Event.self, from: Data(json.utf8)), context: context ?? "")
        }
    }

    private static func canonical(_ db: PostgresSession.Queries, _ rows: [PostgresRow]) throws -> [CanonicalEventRecord] {
        let decoder = JSONDecoder()
        return try rows.map { row in
            let (id, json, detail) = try row.decode((String, String, String).self)
            return CanonicalEventRecord(
                id: id, event: try decoder.decode(Event.self, from: Data(json.utf8)),
                reportIDs: try db.values(
                    "SELECT report_id FROM canonical_event_reports WHERE canonical_id = \(id) ORDER BY report_id",
                    as: String.self),
                documentIDs: try db.values("""
                    SELECT document_id FROM canonical_event_documents WHERE canonical_id = \(id)
                    UNION SELECT d.id FROM canonical_event_reports r JOIN events e ON e.id = r.report_id
                        JOIN documents d ON d.story_id = e.story_id WHERE r.canonical_id = \(id)
                    ORDER BY 1
                    """, as: String.self),
                detail: detail)
        }
    }
}
