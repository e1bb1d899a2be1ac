import Foundation
import GRDB
import Synchronization
public import VigilModel

extension SQLiteStore: ReviewStore {
    public func searchEvents(_ search: EventSearch) throws -> EventPage {
        let decoder = JSONDecoder()
        let (events, next) = try page(search) { try Self.reviewedEvent($0, decoder) }
        return EventPage(events: events, nextCursor: next)
    }

    public func searchEventJSON(_ search: EventSearch) throws -> EventJSONPage {
        let (events, next) = try page(search) { row in
            StoredEventJSON(
                eventID: row[Column.shownID], json: row[Column.json], review: try Self.review(row), sources: Self.sources(row))
        }
        return EventJSONPage(events: events, nextCursor: next)
    }

    /// One page of events, each row read where SQLite leaves it (no copy) by `decode`, and the cursor
    /// after it.
    private func page<T>(_ search: EventSearch, _ decode: @escaping (Row) throws -> T) throws -> ([T], EventCursor?) {
        let filter = EventFilterSQL(search)
        let key = Self.sortKey(search.sort)
        let direction = search.sort.isDescending ? "DESC" : "ASC"
        var conditions = filter.conditions
        var arguments = filter.arguments
        if let after = search.after {
            conditions.append("(\(key), e.id) \(search.sort.isDescending ? "<" : ">") (?, ?)")
            arguments.append(try Self.cursorValue(after.key, sort: search.sort))
            arguments.append(after.id)
        }
        arguments.append(search.limit + 1)
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            let rows = try Row.fetchCursor(
                self.listingStatement(
                    db,
                    """
                    SELECT \(EventViewSQL.json(search.view)) AS json, \(Self.reviewColumns), \(Self.sourceColumns),
                        e.id, \(Self.shownID(search.view)) AS shown_id, \(key) AS sort_key
                    FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id \(EventViewSQL.canonicalJoin)
                    \(whereClause) ORDER BY \(key) \(direction), e.id \(direction) LIMIT ?
                    """),
                arguments: StatementArguments(arguments))
            var items: [T] = []
            var lastRead: EventCursor?
            while let row = try rows.next() {
                // The row after the page's last says there is a next page, which starts after that last.
                guard items.count < search.limit else { return (items, lastRead) }
                items.append(try decode(row))
                if items.count == search.limit {
                    lastRead = EventCursor(key: Self.cursorText(row[Column.sortKey]), id: row[Column.id])
                }
            }
            return (items, nil)
        }
    }

    public func eventStatistics(_ search: EventSearch, actorLimit: Int) throws -> EventStatistics {
        let filter = EventFilterSQL(search)
        let from = """
            FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id \(EventViewSQL.canonicalJoin) \(filter.whereClause)
            """
        func column(_ name: String) -> String { EventViewSQL.column(name, search.view) }
        let arguments: StatementArguments = StatementArguments(filter.arguments)
        let actorArguments: [any DatabaseValueConvertible] = filter.arguments + filter.arguments + [actorLimit]
        return try read { db in
            func named(_ column: String) throws -> [EventStatistics.NamedCount] {
                try Row.fetchAll(
                    db, sql: "SELECT \(column) AS name, COUNT(*) AS n \(from) GROUP BY 1 ORDER BY 2 DESC, 1",
                    arguments: arguments
                ).map { .init(name: $0["name"], count: $0["n"]) }
            }
            let totals = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) AS n,
                        coalesce(SUM(coalesce(json_extract(\(EventViewSQL.json(search.view)), '$.attack_count'), 1)), 0) AS attacks,
                        coalesce(SUM(\(column("fatalities"))), 0) AS fatalities \(from)
                    """,
                arguments: arguments)
            let days = try Row.fetchAll(
                db,
                sql: "SELECT \(column("event_date")) AS d, \(column("event_type")) AS t, COUNT(*) AS n \(from) GROUP BY 1, 2 ORDER BY 1, 2",
                arguments: arguments
            ).map { EventStatistics.DayCount(date: $0["d"], eventType: $0["t"], count: $0["n"]) }
            let actors = try Row.fetchAll(
                db,
                sql: """
                    SELECT name, COUNT(*) AS n FROM (
                        SELECT \(column("actor1")) AS name \(from)
                        UNION ALL SELECT \(column("actor2")) AS name \(from)
                    ) WHERE name != '' GROUP BY name ORDER BY n DESC, name LIMIT ?
                    """,
                arguments: StatementArguments(actorArguments)
            ).map { EventStatistics.NamedCount(name: $0["name"], count: $0["n"]) }
            return EventStatistics(
                events: totals?["n"] ?? 0, attacks: totals?["attacks"] ?? 0, fatalities: totals?["fatalities"] ?? 0,
                byDay: days, byType: try named(column("event_type")), bySubType: try named(column("sub_event_type")),
                byCountry: try named(column("country")), byActor: actors)
        }
    }

    public func reviewedEvent(id: String) throws -> ReviewedEvent? {
        try read { db in
            if id.hasPrefix("ce-"), let canonical = try Row.fetchOne(
                db,
                sql: """
                    SELECT c.event_json AS json, \(Self.reviewColumns), \(Self.sourceColumns)
                    FROM canonical_events c JOIN events e ON e.id = substr(c.id, 4)
                    LEFT JOIN event_reviews r ON r.event_id = e.id \(EventViewSQL.membershipJoin) WHERE c.id = ?
                    """,
                arguments: [id])
            {
                return try Self.reviewedEvent(canonical, JSONDecoder())
            }
            return try Row.fetchOne(
                db,
                sql: """
                    SELECT e.json, \(Self.reviewColumns), \(Self.sourceColumns)
                    FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id \(EventViewSQL.canonicalJoin) WHERE e.id = ?
                    """,
                arguments: [id]
            ).map { try Self.reviewedEvent($0, JSONDecoder()) }
        }
    }

    public func auditLog(subject: String?, limit: Int) throws -> [AuditEntry] {
        let decoder = JSONDecoder()
        return try read { db in
            let rows: [Row]
            if let subject {
                rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM review_audit WHERE subject = ? ORDER BY id LIMIT ?",
                    arguments: [subject, limit])
            } else {
                rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM (SELECT * FROM review_audit ORDER BY id DESC LIMIT ?) ORDER BY id",
                    arguments: [limit])
            }
            return try rows.map { row in
                func event(_ column: String) throws -> Event? {
                    try (row[column] as String?).map { try decoder.decode(Event.self, from: Data($0.utf8)) }
                }
                return AuditEntry(
                    id: row["id"], subject: row["subject"],
                    action: AuditEntry.Action(rawValue: row["action"]) ?? .edit, actor: row["actor"], at: row["at"],
                    before: try event("before_json"), after: try event("after_json"), note: row["note"])
            }
        }
    }

    public func editEvents(_ edits: [Event], canonical: Event?, by actor: String, note: String) throws -> [ReviewedEvent] {
        try write { try ReviewActions.edit(edits, canonical: canonical, by: actor, note: note, in: SQLiteReviewTransaction(db: $0)) }
    }

    public func setStatus(_ status: ReviewStatus, eventIDs: [String], by actor: String, note: String) throws -> [ReviewedEvent] {
        try write { try ReviewActions.setStatus(status, eventIDs: eventIDs, by: actor, note: note, in: SQLiteReviewTransaction(db: $0)) }
    }

    public func mergeEvents(_ absorbed: [String], into kept: String, by actor: String, note: String) throws -> ReviewedEvent {
        try write { try ReviewActions.merge(absorbed, into: kept, by: actor, note: note, in: SQLiteReviewTransaction(db: $0)) }
    }

    public func splitEvent(_ eventID: String, into parts: [Event], by actor: String, note: String) throws -> [ReviewedEvent] {
        try write { try ReviewActions.split(eventID, into: parts, by: actor, note: note, in: SQLiteReviewTransaction(db: $0)) }
    }

    public func recordIngest(documentID: String, by actor: String, note: String) throws {
        try write { try ReviewActions.recordIngest(documentID: documentID, by: actor, note: note, in: SQLiteReviewTransaction(db: $0)) }
    }

    // MARK: Helpers

    /// How many shapes of listing SQL (which filters, how many values in a list) keep their
    /// prepared statement.
    private static let cachedListingShapes = 64

    /// A listing's prepared statement. Planning its subqueries costs more than running them for a
    /// page, so the statement is kept per connection, for the first ``cachedListingShapes`` shapes
    /// of SQL only: crafted queries cannot grow the caches without bound, they are prepared anew.
    private func listingStatement(_ db: Database, _ sql: String) throws -> Statement {
        let cached = listingShapes.withLock { shapes in
            if shapes.contains(sql) { return true }
            guard shapes.count < Self.cachedListingShapes else { return false }
            shapes.insert(sql)
            return true
        }
        return cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }

    /// Where an event query's columns are, read by position (a name is looked up on every read):
    /// the JSON, the review (``reviewColumns``), the sources when listed (``sourceColumns``), then a
    /// listing's own (id, shown id, sort key).
    private enum Column {
        static let json = 0
        static let review = 1
        static let sources = 7
        static let id = 9
        static let shownID = 10
        static let sortKey = 11
    }

    static let reviewColumns =
        "r.status AS review_status, r.patch AS review_patch, r.merged_into, r.split_from, r.updated AS review_updated, r.updated_by AS review_updated_by"

    /// The report count and source names of a listed row (`c` joined); a name repeats for each
    /// document that has it, so their number is the number of sources (``EventSources``).
    private static let sourceColumns =
        """
        \(EventViewSQL.reportCount) AS report_count,
            \(EventViewSQL.sources("group_concat(s.source, char(31))")) AS source_names
        """

    /// The id a listing shows: the canonical event's in the events view.
    private static func shownID(_ view: EventView) -> String {
        view == .events ? "coalesce(c.id, e.id)" : "e.id"
    }

    private static func sources(_ row: Row) -> EventSources {
        EventSources(reportCount: row[Column.sources] ?? 0, joinedNames: row[Column.sources + 1])
    }

    /// The SQL expression an ordering sorts by (fixed text per ``EventSort``).
    private static func sortKey(_ sort: EventSort) -> String {
        switch sort {
        case .dateDescending, .dateAscending: "e.event_date"
        case .fatalitiesDescending, .fatalitiesAscending: "e.fatalities"
        case .confidenceDescending, .confidenceAscending: "e.confidence"
        case .reviewQueue: "(e.confidence - 0.25 * e.claimed)"
        }
    }

    private static func cursorValue(_ key: String, sort: EventSort) throws -> any DatabaseValueConvertible {
        switch sort {
        case .dateDescending, .dateAscending: return key
        case .fatalitiesDescending, .fatalitiesAscending:
            guard let value = Int(key) else { throw StoreError("cursor key \"\(key)\" is not a fatality count") }
            return value
        case .confidenceDescending, .confidenceAscending, .reviewQueue:
            guard let value = Double(key) else { throw StoreError("cursor key \"\(key)\" is not a number") }
            return value
        }
    }

    private static func cursorText(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .int64(let number): String(number)
        case .double(let number): "\(number)"
        case .string(let text): text
        case .blob, .null: ""
        }
    }

    static func reviewedEvent(_ row: Row, _ decoder: JSONDecoder) throws -> ReviewedEvent {
        ReviewedEvent(
            event: try decoder.decode(Event.self, from: Data((row[Column.json] as String).utf8)), review: try review(row),
            sources: row.count > Column.sources ? sources(row) : nil)
    }

    private static func review(_ row: Row) throws -> EventReview {
        let first = Column.review
        // Most listed events have no review row: its status, never null in a row, says so.
        guard let status = row[first] as String? else { return EventReview() }
        let patch = try EventPatch.fields(fromJSON: row[first + 1])
        return EventReview(
            status: ReviewStatus(rawValue: status) ?? .unreviewed,
            editedFields: patch.keys.sorted(), mergedInto: row[first + 2], splitFrom: row[first + 3],
            updatedBy: row[first + 5], updated: row[first + 4])
    }
}
