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
        try write { db in
            let edited = try edits.map { try self.edit($0, by: actor, note: note, db) }
            if let canonical { try Self.updateCanonicalRow(canonical, db) }
            return edited
        }
    }

    public func setStatus(_ status: ReviewStatus, eventIDs: [String], by actor: String, note: String) throws -> [ReviewedEvent] {
        guard status == .approved || status == .rejected else {
            throw StoreError("a reviewer sets an event to approved or rejected, not \(status.rawValue)")
        }
        return try write { db in
            try eventIDs.map { eventID in
                let before = try self.existingEvent(id: eventID, db)
                try self.ensureReview(eventID: eventID, db)
                try db.execute(
                    sql: "UPDATE event_reviews SET status = ?, merged_into = NULL, updated = ?, updated_by = ? WHERE event_id = ?",
                    arguments: [status.rawValue, Timestamp.now(), actor, eventID])
                try self.audit(
                    status == .approved ? .approve : .reject, subject: eventID, actor: actor, before: before.event,
                    after: before.event, note: note, db)
                return try self.existingEvent(id: eventID, db)
            }
        }
    }

    public func mergeEvents(_ absorbed: [String], into kept: String, by actor: String, note: String) throws -> ReviewedEvent {
        if absorbed.contains(kept) { throw StoreError("an event cannot be merged into itself (\(kept))") }
        return try write { db in
            for source in absorbed { try self.merge(source, into: kept, by: actor, note: note, db) }
            return try self.existingEvent(id: kept, db)
        }
    }

    public func splitEvent(_ eventID: String, into parts: [Event], by actor: String, note: String) throws -> [ReviewedEvent] {
        try write { db in
            let original = try self.existingEvent(id: eventID, db)
            guard let story = try String.fetchOne(db, sql: "SELECT story_id FROM events WHERE id = ?", arguments: [eventID])
            else { throw StoreError("no event with id \"\(eventID)\"") }
            let now = Timestamp.now()
            var created: [ReviewedEvent] = []
            for part in parts {
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM events WHERE id = ?", arguments: [part.eventID]) == true {
                    throw StoreError("event id \"\(part.eventID)\" is already taken")
                }
                let json = try StoredJSON.text(part)
                try db.execute(
                    sql: """
                        INSERT INTO event_reviews (event_id, story_id, status, split_from, created_json, updated, updated_by)
                        VALUES (?, ?, 'unreviewed', ?, ?, ?, ?)
                        """,
                    arguments: [part.eventID, story, eventID, json, now, actor])
                try db.execute(
                    sql: """
                        INSERT INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1, actor2,
                            country, admin1, latitude, longitude, fatalities, confidence, claimed, json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: Self.columns(part, story: story, json: json))
                let stored = try self.existingEvent(id: part.eventID, db)
                try self.audit(.split, subject: part.eventID, actor: actor, before: original.event, after: stored.event,
                    note: note.isEmpty ? "split from \(eventID)" : note, db)
                created.append(stored)
            }
            try self.audit(.split, subject: eventID, actor: actor, before: original.event, after: original.event,
                note: note.isEmpty ? "split into " + parts.map(\.eventID).joined(separator: ", ") : note, db)
            return created
        }
    }

    public func recordIngest(documentID: String, by actor: String, note: String) throws {
        try write { db in
            try self.audit(.ingest, subject: documentID, actor: actor, before: nil, after: nil, note: note, db)
        }
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

    /// One event's edit inside a write: its changed fields join its review's patch, and the audit log
    /// keeps the event before and after.
    private func edit(_ edited: Event, by actor: String, note: String, _ db: Database) throws -> ReviewedEvent {
        let before = try existingEvent(id: edited.eventID, db)
        let changes = try EventPatch.changedFields(from: before.event, to: edited)
        guard !changes.isEmpty else { return before }
        var patch = try EventPatch.fields(fromJSON: (try Row.fetchOne(
            db, sql: "SELECT patch FROM event_reviews WHERE event_id = ?", arguments: [edited.eventID]))?["patch"])
        patch.merge(changes) { _, new in new }
        let patchText = try EventPatch.json(patch)
        try ensureReview(eventID: edited.eventID, db)
        try db.execute(
            sql: "UPDATE event_reviews SET patch = ?, updated = ?, updated_by = ? WHERE event_id = ?",
            arguments: [patchText, Timestamp.now(), actor, edited.eventID])
        try replaceEvent(edited, db)
        let after = try existingEvent(id: edited.eventID, db)
        try audit(.edit, subject: edited.eventID, actor: actor, before: before.event, after: after.event, note: note, db)
        return after
    }

    /// One merge inside a write; events already merged into `absorbed` follow it.
    private func merge(_ absorbed: String, into kept: String, by actor: String, note: String, _ db: Database) throws {
        let source = try existingEvent(id: absorbed, db)
        let target = try existingEvent(id: kept, db)
        guard target.review.status != .merged else {
            throw StoreError("event \(kept) is itself merged into \(target.review.mergedInto ?? "another event")")
        }
        try ensureReview(eventID: absorbed, db)
        let now = Timestamp.now()
        try db.execute(
            sql: "UPDATE event_reviews SET status = 'merged', merged_into = ?, updated = ?, updated_by = ? WHERE event_id = ?",
            arguments: [kept, now, actor, absorbed])
        try db.execute(
            sql: "UPDATE event_reviews SET merged_into = ?, updated = ?, updated_by = ? WHERE merged_into = ?",
            arguments: [kept, now, actor, absorbed])
        try audit(
            .merge, subject: absorbed, actor: actor, before: source.event, after: target.event,
            note: note.isEmpty ? "merged into \(kept)" : note, db)
        try audit(
            .merge, subject: kept, actor: actor, before: source.event, after: target.event,
            note: note.isEmpty ? "absorbed \(absorbed)" : note, db)
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

    private static let reviewColumns =
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

    private static func reviewedEvent(_ row: Row, _ decoder: JSONDecoder) throws -> ReviewedEvent {
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

    private func reviewedEvent(id: String, _ db: Database) throws -> ReviewedEvent? {
        try Row.fetchOne(
            db,
            sql: "SELECT e.json, \(Self.reviewColumns) FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id WHERE e.id = ?",
            arguments: [id]
        ).map { try Self.reviewedEvent($0, JSONDecoder()) }
    }

    private func existingEvent(id: String, _ db: Database) throws -> ReviewedEvent {
        guard let event = try reviewedEvent(id: id, db) else { throw StoreError("no event with id \"\(id)\"") }
        return event
    }

    private func ensureReview(eventID: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO event_reviews (event_id, story_id) SELECT id, story_id FROM events WHERE id = ?",
            arguments: [eventID])
    }

    private func replaceEvent(_ event: Event, _ db: Database) throws {
        let json = try StoredJSON.text(event)
        try db.execute(
            sql: """
                UPDATE events SET event_date = ?, event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?, country = ?,
                    admin1 = ?, latitude = ?, longitude = ?, fatalities = ?, confidence = ?, claimed = ?, json = ?
                WHERE id = ?
                """,
            arguments: [
                event.eventDate.description, event.eventType.rawValue, event.subEventType.rawValue, event.actor1,
                event.actor2, event.country, event.admin1, event.latitude, event.longitude, event.fatalities,
                event.confidence, event.claimed, json, event.eventID,
            ])
    }

    private func audit(
        _ action: AuditEntry.Action, subject: String, actor: String, before: Event?, after: Event?, note: String,
        _ db: Database
    ) throws {
        try db.execute(
            sql: "INSERT INTO review_audit (subject, action, actor, at, before_json, after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                subject, action.rawValue, actor, Timestamp.now(), try before.map(StoredJSON.text), try after.map(StoredJSON.text),
                note,
            ])
    }

    private static func columns(_ event: Event, story: String, json: String) -> StatementArguments {
        [
            event.eventID, story, event.docID, event.eventDate.description, event.eventType.rawValue,
            event.subEventType.rawValue, event.actor1, event.actor2, event.country, event.admin1, event.latitude,
            event.longitude, event.fatalities, event.confidence, event.claimed, json,
        ]
    }
}
