import Foundation
import GRDB
public import VigilModel

/// Cross-source linking: canonical events, their reports and documents, context sentences and
/// review decisions (migration "v3-links").
extension SQLiteStore {
    public func linkReports(from: CalendarDay, to: CalendarDay) throws -> [ReportRecord] {
        try read { db in
            try SQLiteStore.reports(
                db,
                sql: """
                    SELECT e.json, c.context FROM events e LEFT JOIN link_contexts c ON c.report_id = e.id
                    WHERE e.event_date >= ? AND e.event_date <= ? ORDER BY e.id
                    """,
                arguments: [from.description, to.description])
        }
    }

    public func unlinkedReports() throws -> [ReportRecord] {
        try write { db in
            try SQLiteStore.dropCanonicalEventsMissingReports(db)
            return try SQLiteStore.reports(
                db,
                sql: """
                    SELECT e.json, c.context FROM events e LEFT JOIN link_contexts c ON c.report_id = e.id
                    WHERE NOT EXISTS (SELECT 1 FROM canonical_event_reports r WHERE r.report_id = e.id) ORDER BY e.id
                    """,
                arguments: [])
        }
    }

    public func unlinkedReportDays() throws -> [String: CalendarDay] {
        try write { db in
            try SQLiteStore.dropCanonicalEventsMissingReports(db)
            var days: [String: CalendarDay] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.event_date FROM events e
                    WHERE NOT EXISTS (SELECT 1 FROM canonical_event_reports r WHERE r.report_id = e.id)
                    """)
            {
                guard let day = CalendarDay(iso: row["event_date"]) else { continue }
                days[row["id"]] = day
            }
            return days
        }
    }

    /// Deletes the canonical events that hold a report no longer stored (it was re-extracted away).
    private static func dropCanonicalEventsMissingReports(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM canonical_events WHERE id IN (
                SELECT r.canonical_id FROM canonical_event_reports r
                WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.report_id))
            """)
    }

    public func saveLinkContexts(_ contexts: [String: String]) throws {
        try write { db in
            for (report, context) in contexts.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: """
                        INSERT INTO link_contexts (report_id, context) VALUES (?, ?)
                        ON CONFLICT(report_id) DO UPDATE SET context = excluded.context
                        """,
                    arguments: [report, context])
            }
        }
    }

    public func saveCanonicalEvents(_ events: [CanonicalEventRecord], replacingReports reportIDs: [String]) throws {
        try write { db in
            let delete = try db.cachedStatement(
                sql: """
                    DELETE FROM canonical_events WHERE id IN
                        (SELECT canonical_id FROM canonical_event_reports WHERE report_id = ?)
                    """)
            for report in Set(reportIDs + events.flatMap(\.reportIDs)).sorted() {
                try delete.execute(arguments: [report])
            }
            let insertEvent = try db.cachedStatement(
                sql: """
                    INSERT INTO canonical_events (id, event_date, event_type, sub_event_type, actor1, actor2, country,
                        admin1, fatalities, attack_count, event_json, detail_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertReport = try db.cachedStatement(
                sql: "INSERT INTO canonical_event_reports (canonical_id, report_id) VALUES (?, ?)")
            let insertDocument = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO canonical_event_documents (canonical_id, document_id) VALUES (?, ?)")
            for record in events {
                let event = record.event
                try insertEvent.execute(
                    arguments: [
                        record.id, event.eventDate.description, event.eventType.rawValue, event.subEventType.rawValue,
                        event.actor1, event.actor2, event.country, event.admin1, event.fatalities, event.attackCount,
                        try StoredJSON.text(event), record.detail,
                    ])
                for report in record.reportIDs {
                    try insertReport.execute(arguments: [record.id, report])
                }
                for document in record.documentIDs {
                    try insertDocument.execute(arguments: [record.id, document])
                }
            }
        }
    }

    public func replaceCanonicalEvent(_ event: Event) throws {
        try write { db in try Self.updateCanonicalRow(event, db) }
    }

    /// Rewrites the reconciled row of the canonical event with `event`'s id.
    static func updateCanonicalRow(_ event: Event, _ db: Database) throws {
        let json = try StoredJSON.text(event)
        try db.execute(
            sql: """
                UPDATE canonical_events SET event_date = ?, event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?,
                    country = ?, admin1 = ?, fatalities = ?, attack_count = ?, event_json = ?
                WHERE id = ?
                """,
            arguments: [
                event.eventDate.description, event.eventType.rawValue, event.subEventType.rawValue, event.actor1,
                event.actor2, event.country, event.admin1, event.fatalities, event.attackCount, json, event.eventID,
            ])
    }

    public func canonicalEvents(_ query: EventQuery) throws -> [CanonicalEventRecord] {
        let (filter, arguments) = SQLiteStore.filter(
            query,
            documentCondition: ("""
                (id IN (SELECT canonical_id FROM canonical_event_documents WHERE document_id = ?)
                    OR id IN (SELECT r.canonical_id FROM canonical_event_reports r JOIN events e ON e.id = r.report_id
                        WHERE e.story_id = (SELECT story_id FROM documents WHERE id = ?)))
                """, 2))
        return try read { db in
            try SQLiteStore.canonical(
                db, sql: "SELECT * FROM canonical_events \(filter) ORDER BY event_date DESC, id LIMIT ? OFFSET ?",
                arguments: StatementArguments(arguments))
        }
    }

    public func canonicalEvent(id: String) throws -> CanonicalEventRecord? {
        try read { db in
            try SQLiteStore.canonical(
                db,
                sql: """
                    SELECT * FROM canonical_events WHERE id = ?
                        OR id = (SELECT canonical_id FROM canonical_event_reports WHERE report_id = ?)
                    """,
                arguments: [id, id]
            ).first
        }
    }

    public func saveLinkDecision(_ decision: LinkDecisionRecord) throws {
        let groups = String(decoding: try JSONEncoder().encode(decision.groups), as: UTF8.self)
        try write { db in
            try db.execute(
                sql: "INSERT INTO link_decisions (kind, groups_json, reviewer, decided_at, note) VALUES (?, ?, ?, ?, ?)",
                arguments: [decision.kind, groups, decision.reviewer, decision.decidedAt, decision.note])
        }
    }

    public func linkDecisions() throws -> [LinkDecisionRecord] {
        let decoder = JSONDecoder()
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM link_decisions ORDER BY sequence").map { row in
                LinkDecisionRecord(
                    sequence: row["sequence"], kind: row["kind"],
                    groups: try decoder.decode([[String]].self, from: Data((row["groups_json"] as String).utf8)),
                    reviewer: row["reviewer"], decidedAt: row["decided_at"], note: row["note"])
            }
        }
    }

    // MARK: Helpers

    private static func reports(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ReportRecord] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ReportRecord(
                event: try decoder.decode(Event.self, from: Data((row["json"] as String).utf8)),
                context: row["context"] ?? "")
        }
    }

    private static func canonical(_ db: Database, sql: String, arguments: StatementArguments) throws -> [CanonicalEventRecord] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let id: String = row["id"]
            return CanonicalEventRecord(
                id: id, event: try decoder.decode(Event.self, from: Data((row["event_json"] as String).utf8)),
                reportIDs: try String.fetchAll(
                    db, sql: "SELECT report_id FROM canonical_event_reports WHERE canonical_id = ? ORDER BY report_id",
                    arguments: [id]),
                documentIDs: try String.fetchAll(
                    db,
                    sql: """
                        SELECT document_id FROM canonical_event_documents WHERE canonical_id = ?
                        UNION SELECT d.id FROM canonical_event_reports r JOIN events e ON e.id = r.report_id
                            JOIN documents d ON d.story_id = e.story_id WHERE r.canonical_id = ?
                        ORDER BY 1
                        """,
                    arguments: [id, id]),
                detail: row["detail_json"])
        }
    }
}
