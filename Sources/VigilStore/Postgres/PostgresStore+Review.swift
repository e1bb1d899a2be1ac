import Foundation
import PostgresNIO
public import VigilModel

/// Review on PostgreSQL (migration "v5-review"): the same listings, statistics, edits, decisions
/// and audit log as ``SQLiteStore``. Edits and split-off events survive re-extraction because
/// ``saveExtraction(storyID:extractorVersion:events:tallies:)`` applies them again.
extension PostgresStore: ReviewStore {
    public func searchEvents(_ search: EventSearch) throws -> EventPage {
        let (rows, next) = try pageRows(search)
        let decoder = JSONDecoder()
        return EventPage(
            events: try rows.map {
                ReviewedEvent(event: try decoder.decode(Event.self, from: Data($0.json.utf8)), review: $0.review, sources: $0.sources)
            },
            nextCursor: next)
    }

    public func searchEventJSON(_ search: EventSearch) throws -> EventJSONPage {
        let (rows, next) = try pageRows(search)
        return EventJSONPage(
            events: rows.map { StoredEventJSON(eventID: $0.shownID, json: $0.json, review: $0.review, sources: $0.sources) },
            nextCursor: next)
    }

    /// One listed event as read: its report's id, the id shown, JSON, sort key (as text), review and sources.
    private struct PageRow {
        var id: String
        var shownID: String
        var json: String
        var sortKey: String
        var review: EventReview
        var sources: EventSources
    }

    /// The rows of one page and the cursor after it.
    private func pageRows(_ search: EventSearch) throws -> ([PageRow], EventCursor?) {
        let key = PostgresStore.sortKey(search.sort)
        let direction = search.sort.isDescending ? "DESC" : "ASC"
        var statement = PostgresStatement("")
        var conditions = statement.searchConditions(search, postgis: postgisSchema)
        if let after = search.after {
            let value: String
            switch search.sort {
            case .dateDescending, .dateAscending: value = statement.bind(after.key)
            case .fatalitiesDescending, .fatalitiesAscending:
                guard let number = Int(after.key) else { throw StoreError("cursor key \"\(after.key)\" is not a fatality count") }
                value = statement.bind(number)
            case .confidenceDescending, .confidenceAscending, .reviewQueue:
                guard let number = Double(after.key) else { throw StoreError("cursor key \"\(after.key)\" is not a number") }
                value = statement.bind(number)
            }
            conditions.append("(\(key), e.id) \(search.sort.isDescending ? "<" : ">") (\(value), \(statement.bind(after.id)))")
        }
        statement.append("""
            SELECT e.id, \(search.view == .events ? "coalesce(c.id, e.id)" : "e.id"), \(EventViewSQL.json(search.view)),
                (\(key))::TEXT, \(PostgresStore.reviewColumns), \(PostgresStore.sourceColumns)
            FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id \(EventViewSQL.canonicalJoin)
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(key) \(direction), e.id \(direction) LIMIT \(statement.bind(search.limit + 1))
            """)
        let rows = try session.read { db in
            try db.rows(statement.query).map { row in
                let (id, shownID, json, sortKey, status, patch, mergedInto, splitFrom, updated, updatedBy, reports, names) =
                    try row.decode(
                        (String, String, String, String, String?, String?, String?, String?, String?, String?, Int, String?).self)
                return PageRow(
                    id: id, shownID: shownID, json: json, sortKey: sortKey,
                    review: try PostgresStore.review(status, patch, mergedInto, splitFrom, updated, updatedBy),
                    sources: EventSources(reportCount: reports, joinedNames: names))
            }
        }
        let page = Array(rows.prefix(search.limit))
        guard rows.count > search.limit, let last = page.last else { return (page, nil) }
        return (page, EventCursor(key: last.sortKey, id: last.id))
    }

    public func eventStatistics(_ search: EventSearch, actorLimit: Int) throws -> EventStatistics {
        /// A query over the matching events: `select` comes before the filter, `rest` after it.
        func filtered(_ select: String, _ rest: String = "") -> PostgresQuery {
            var statement = PostgresStatement(
                select + " FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id " + EventViewSQL.canonicalJoin)
            statement.appendSearchFilter(search, postgis: postgisSchema)
            statement.append(rest)
            return statement.query
        }
        func column(_ name: String) -> String { EventViewSQL.column(name, search.view) }
        return try session.read { db in
            func named(_ column: String) throws -> [EventStatistics.NamedCount] {
                try db.rows(filtered("SELECT \(column), COUNT(*)", " GROUP BY 1 ORDER BY 2 DESC, 1")).map { row in
                    let (name, count) = try row.decode((String, Int).self)
                    return EventStatistics.NamedCount(name: name, count: count)
                }
            }
            let totals = try db.rows(filtered("""
                SELECT COUNT(*),
                    coalesce(SUM(coalesce((\(EventViewSQL.json(search.view))::jsonb ->> 'attack_count')::BIGINT, 1)), 0)::BIGINT,
                    coalesce(SUM(\(column("fatalities"))), 0)::BIGINT
                """)).first
            let (events, attacks, fatalities) = try totals?.decode((Int, Int, Int).self) ?? (0, 0, 0)
            let days = try db.rows(
                filtered("SELECT \(column("event_date")), \(column("event_type")), COUNT(*)", " GROUP BY 1, 2 ORDER BY 1, 2"))
                .map { row in
                    let (date, type, count) = try row.decode((String, String, Int).self)
                    return EventStatistics.DayCount(date: date, eventType: type, count: count)
                }
            var actorQuery = PostgresStatement(
                "SELECT a.name, COUNT(*) FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id "
                    + EventViewSQL.canonicalJoin
                    + " CROSS JOIN LATERAL (VALUES (\(column("actor1"))), (\(column("actor2")))) AS a(name)")
            var conditions = actorQuery.searchConditions(search, postgis: postgisSchema)
            conditions.append("a.name != ''")
            actorQuery.append(" WHERE " + conditions.joined(separator: " AND "))
            actorQuery.append(" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT \(actorQuery.bind(actorLimit))")
            let actors = try db.rows(actorQuery.query).map { row in
                let (name, count) = try row.decode((String, Int).self)
                return EventStatistics.NamedCount(name: name, count: count)
            }
            return EventStatistics(
                events: events, attacks: attacks, fatalities: fatalities, byDay: days, byType: try named(column("event_type")),
                bySubType: try named(column("sub_event_type")), byCountry: try named(column("country")), byActor: actors)
        }
    }

    public func reviewedEvent(id: String) throws -> ReviewedEvent? {
        try session.read { db in
            /// The row of the canonical event (`ce-…`) or the report with the id.
            func read(canonical: Bool) throws -> ReviewedEvent? {
                var statement = PostgresStatement("")
                let value = statement.bind(id)
                statement.append("""
                    SELECT \(canonical ? "c.event_json" : "e.json"), \(Self.reviewColumns), \(Self.sourceColumns)
                    FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id \(EventViewSQL.canonicalJoin)
                    WHERE e.id = \(canonical ? "substr(\(value), 4) AND c.id = \(value)" : value)
                    """)
                guard let row = try db.rows(statement.query).first else { return nil }
                let (json, status, patch, mergedInto, splitFrom, updated, updatedBy, reports, names) = try row.decode(
                    (String, String?, String?, String?, String?, String?, String?, Int, String?).self)
                return ReviewedEvent(
                    event: try JSONDecoder().decode(Event.self, from: Data(json.utf8)),
                    review: try Self.review(status, patch, mergedInto, splitFrom, updated, updatedBy),
                    sources: EventSources(reportCount: reports, joinedNames: names))
            }
            if id.hasPrefix("ce-"), let canonical = try read(canonical: true) { return canonical }
            return try read(canonical: false)
        }
    }

    public func auditLog(subject: String?, limit: Int) throws -> [AuditEntry] {
        let decoder = JSONDecoder()
        let columns = "id, subject, action, actor, at, before_json, after_json, note"
        return try session.read { db in
            let rows = try subject.map {
                try db.rows("""
                    SELECT \(unescaped: columns) FROM review_audit WHERE subject = \($0) ORDER BY id LIMIT \(limit)
                    """)
            } ?? db.rows("""
                SELECT \(unescaped: columns) FROM (SELECT * FROM review_audit ORDER BY id DESC LIMIT \(limit)) latest ORDER BY id
                """)
            return try rows.map { row in
                let (id, subject, action, actor, at, before, after, note) = try row.decode(
                    (Int64, String, String, String, String, String?, String?, String).self)
                func event(_ json: String?) throws -> Event? {
                    try json.map { try decoder.decode(Event.self, from: Data($0.utf8)) }
                }
                return AuditEntry(
                    id: id, subject: subject, action: AuditEntry.Action(rawValue: action) ?? .edit, actor: actor, at: at,
                    before: try event(before), after: try event(after), note: note)
            }
        }
    }

    public func editEvents(_ edits: [Event], canonical: Event?, by actor: String, note: String) throws -> [ReviewedEvent] {
        try session.transaction {
            try ReviewActions.edit(edits, canonical: canonical, by: actor, note: note, in: PostgresReviewTransaction(db: $0))
        }
    }

    public func setStatus(_ status: ReviewStatus, eventIDs: [String], by actor: String, note: String) throws -> [ReviewedEvent] {
        try session.transaction {
            try ReviewActions.setStatus(status, eventIDs: eventIDs, by: actor, note: note, in: PostgresReviewTransaction(db: $0))
        }
    }

    public func mergeEvents(_ absorbed: [String], into kept: String, by actor: String, note: String) throws -> ReviewedEvent {
        try session.transaction {
            try ReviewActions.merge(absorbed, into: kept, by: actor, note: note, in: PostgresReviewTransaction(db: $0))
        }
    }

    public func splitEvent(_ eventID: String, into parts: [Event], by actor: String, note: String) throws -> [ReviewedEvent] {
        try session.transaction {
            try ReviewActions.split(eventID, into: parts, by: actor, note: note, in: PostgresReviewTransaction(db: $0))
        }
    }

    public func recordIngest(documentID: String, by actor: String, note: String) throws {
        try session.transaction {
            try ReviewActions.recordIngest(documentID: documentID, by: actor, note: note, in: PostgresReviewTransaction(db: $0))
        }
    }

    // MARK: Helpers

    /// Re-applies reviewers' work to a story just extracted again: split-off events come back,
    /// edited fields are patched over the new extraction, and the indexed columns follow the JSON.
    static func reapplyReviews(storyID: String, _ db: PostgresSession.Queries) throws {
        guard try db.value("SELECT 1 FROM event_reviews WHERE story_id = \(storyID) LIMIT 1", as: Int32.self) != nil else {
            return
        }
        try db.execute("""
            INSERT INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1, actor2, country,
                admin1, latitude, longitude, fatalities, confidence, claimed, json)
            SELECT event_id, story_id, created_json::jsonb ->> 'doc_id', '', '', '', '', '', '', '', NULL, NULL, 0, 0, false,
                created_json
            FROM event_reviews WHERE story_id = \(storyID) AND created_json IS NOT NULL
            ON CONFLICT (id) DO NOTHING
            """)
        try db.execute("""
            UPDATE events e SET json = (e.json::jsonb || r.patch::jsonb)::TEXT FROM event_reviews r
            WHERE r.event_id = e.id AND r.story_id = \(storyID) AND r.patch != '{}'
            """)
        try db.execute("""
            UPDATE events e SET
                event_date = j ->> 'event_date', event_type = j ->> 'event_type', sub_event_type = j ->> 'sub_event_type',
                actor1 = coalesce(j ->> 'actor1', ''), actor2 = coalesce(j ->> 'actor2', ''),
                country = coalesce(j ->> 'country', ''), admin1 = coalesce(j ->> 'admin1', ''),
                latitude = (j ->> 'latitude')::DOUBLE PRECISION, longitude = (j ->> 'longitude')::DOUBLE PRECISION,
                fatalities = coalesce((j ->> 'fatalities')::BIGINT, 0),
                confidence = coalesce((j ->> 'confidence')::DOUBLE PRECISION, 0),
                claimed = coalesce((j ->> 'claimed')::BOOLEAN, false)
            FROM (SELECT e2.id, e2.json::jsonb AS j FROM events e2 JOIN event_reviews r ON r.event_id = e2.id
                WHERE r.story_id = \(storyID) AND (r.patch != '{}' OR r.created_json IS NOT NULL)) reviewed
            WHERE e.id = reviewed.id
            """)
    }

    static let reviewColumns = "r.status, r.patch, r.merged_into, r.split_from, r.updated, r.updated_by"

    /// The report count and source names of a listed row (`c` joined).
    private static let sourceColumns =
        """
        \(EventViewSQL.reportCount)::BIGINT, \(EventViewSQL.sources("string_agg(s.source, chr(31))"))
        """

    /// The SQL expression an ordering sorts by (fixed text per ``EventSort``).
    private static func sortKey(_ sort: EventSort) -> String {
        switch sort {
        case .dateDescending, .dateAscending: "e.event_date"
        case .fatalitiesDescending, .fatalitiesAscending: "e.fatalities"
        case .confidenceDescending, .confidenceAscending: "e.confidence"
        case .reviewQueue: "(e.confidence - 0.25 * e.claimed::INT)"
        }
    }

    static func review(
        _ status: String?, _ patch: String?, _ mergedInto: String?, _ splitFrom: String?, _ updated: String?,
        _ updatedBy: String?
    ) throws -> EventReview {
        EventReview(
            status: status.flatMap(ReviewStatus.init(rawValue:)) ?? .unreviewed,
            editedFields: try EventPatch.fields(fromJSON: patch).keys.sorted(), mergedInto: mergedInto,
            splitFrom: splitFrom, updatedBy: updatedBy, updated: updated)
    }
}
