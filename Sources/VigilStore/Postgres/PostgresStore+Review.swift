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
        try session.transaction { db in
            let edited = try edits.map { try PostgresStore.edit($0, by: actor, note: note, db) }
            if let canonical { try PostgresStore.updateCanonicalRow(canonical, db) }
            return edited
        }
    }

    public func setStatus(_ status: ReviewStatus, eventIDs: [String], by actor: String, note: String) throws -> [ReviewedEvent] {
        guard status == .approved || status == .rejected else {
            throw StoreError("a reviewer sets an event to approved or rejected, not \(status.rawValue)")
        }
        return try session.transaction { db in
            try eventIDs.map { eventID in
                let before = try PostgresStore.existingEvent(id: eventID, db, locking: true)
                try PostgresStore.ensureReview(eventID: eventID, db)
                try db.execute("""
                    UPDATE event_reviews SET status = \(status.rawValue), merged_into = NULL, updated = \(Timestamp.now()),
                        updated_by = \(actor) WHERE event_id = \(eventID)
                    """)
                try PostgresStore.audit(
                    status == .approved ? .approve : .reject, subject: eventID, actor: actor, before: before.event,
                    after: before.event, note: note, db)
                return try PostgresStore.existingEvent(id: eventID, db)
            }
        }
    }

    public func mergeEvents(_ absorbed: [String], into kept: String, by actor: String, note: String) throws -> ReviewedEvent {
        if absorbed.contains(kept) { throw StoreError("an event cannot be merged into itself (\(kept))") }
        return try session.transaction { db in
            for source in absorbed { try PostgresStore.merge(source, into: kept, by: actor, note: note, db) }
            return try PostgresStore.existingEvent(id: kept, db)
        }
    }

    public func splitEvent(_ eventID: String, into parts: [Event], by actor: String, note: String) throws -> [ReviewedEvent] {
        try session.transaction { db in
            let original = try PostgresStore.existingEvent(id: eventID, db, locking: true)
            guard let story = try db.value("SELECT story_id FROM events WHERE id = \(eventID)", as: String.self) else {
                throw StoreError("no event with id \"\(eventID)\"")
            }
            let now = Timestamp.now()
            var created: [ReviewedEvent] = []
            for part in parts {
                if try db.value("SELECT 1 FROM events WHERE id = \(part.eventID)", as: Int32.self) != nil {
                    throw StoreError("event id \"\(part.eventID)\" is already taken")
                }
                let json = try StoredJSON.text(part)
                try db.execute("""
                    INSERT INTO event_reviews (event_id, story_id, status, split_from, created_json, updated, updated_by)
                    VALUES (\(part.eventID), \(story), 'unreviewed', \(eventID), \(json), \(now), \(actor))
                    """)
                try PostgresStore.insertEvent(part, storyID: story, json: json, db)
                let stored = try PostgresStore.existingEvent(id: part.eventID, db)
                try PostgresStore.audit(
                    .split, subject: part.eventID, actor: actor, before: original.event, after: stored.event,
                    note: note.isEmpty ? "split from \(eventID)" : note, db)
                created.append(stored)
            }
            try PostgresStore.audit(
                .split, subject: eventID, actor: actor, before: original.event, after: original.event,
                note: note.isEmpty ? "split into " + parts.map(\.eventID).joined(separator: ", ") : note, db)
            return created
        }
    }

    public func recordIngest(documentID: String, by actor: String, note: String) throws {
        try session.transaction { db in
            try PostgresStore.audit(.ingest, subject: documentID, actor: actor, before: nil, after: nil, note: note, db)
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

    private static let reviewColumns = "r.status, r.patch, r.merged_into, r.split_from, r.updated, r.updated_by"

    /// The report count and source names of a listed row (`c` joined).
    private static let sourceColumns =
        """
        \(EventViewSQL.reportCount)::BIGINT, \(EventViewSQL.sources("string_agg(s.source, chr(31))"))
        """

    /// The SQL expression an ordering sorts by (fixed text per ``EventSort``).
    /// One event's edit inside a transaction: its changed fields join its review's patch, and the
    /// audit log keeps the event before and after.
    private static func edit(_ edited: Event, by actor: String, note: String, _ db: PostgresSession.Queries) throws -> ReviewedEvent {
        let before = try existingEvent(id: edited.eventID, db, locking: true)
        let changes = try EventPatch.changedFields(from: before.event, to: edited)
        guard !changes.isEmpty else { return before }
        var patch = try EventPatch.fields(fromJSON: try db.value(
            "SELECT patch FROM event_reviews WHERE event_id = \(edited.eventID)", as: String.self))
        patch.merge(changes) { _, new in new }
        try ensureReview(eventID: edited.eventID, db)
        try db.execute("""
            UPDATE event_reviews SET patch = \(try EventPatch.json(patch)), updated = \(Timestamp.now()),
                updated_by = \(actor) WHERE event_id = \(edited.eventID)
            """)
        let json = try StoredJSON.text(edited)
        try db.execute("""
            UPDATE events SET event_date = \(edited.eventDate.description), event_type = \(edited.eventType.rawValue),
                sub_event_type = \(edited.subEventType.rawValue), actor1 = \(edited.actor1), actor2 = \(edited.actor2),
                country = \(edited.country), admin1 = \(edited.admin1), latitude = \(edited.latitude),
                longitude = \(edited.longitude), fatalities = \(edited.fatalities), confidence = \(edited.confidence),
                claimed = \(edited.claimed), json = \(json)
            WHERE id = \(edited.eventID)
            """)
        let after = try existingEvent(id: edited.eventID, db)
        try audit(.edit, subject: edited.eventID, actor: actor, before: before.event, after: after.event, note: note, db)
        return after
    }

    /// One merge inside a transaction; events already merged into `absorbed` follow it.
    private static func merge(_ absorbed: String, into kept: String, by actor: String, note: String, _ db: PostgresSession.Queries) throws {
        let source = try existingEvent(id: absorbed, db, locking: true)
        let target = try existingEvent(id: kept, db, locking: true)
        guard target.review.status != .merged else {
            throw StoreError("event \(kept) is itself merged into \(target.review.mergedInto ?? "another event")")
        }
        try ensureReview(eventID: absorbed, db)
        let now = Timestamp.now()
        try db.execute("""
            UPDATE event_reviews SET status = 'merged', merged_into = \(kept), updated = \(now), updated_by = \(actor)
            WHERE event_id = \(absorbed)
            """)
        try db.execute("""
            UPDATE event_reviews SET merged_into = \(kept), updated = \(now), updated_by = \(actor)
            WHERE merged_into = \(absorbed)
            """)
        try audit(
            .merge, subject: absorbed, actor: actor, before: source.event, after: target.event,
            note: note.isEmpty ? "merged into \(kept)" : note, db)
        try audit(
            .merge, subject: kept, actor: actor, before: source.event, after: target.event,
            note: note.isEmpty ? "absorbed \(absorbed)" : note, db)
    }

    private static func sortKey(_ sort: EventSort) -> String {
        switch sort {
        case .dateDescending, .dateAscending: "e.event_date"
        case .fatalitiesDescending, .fatalitiesAscending: "e.fatalities"
        case .confidenceDescending, .confidenceAscending: "e.confidence"
        case .reviewQueue: "(e.confidence - 0.25 * e.claimed::INT)"
        }
    }

    private static func review(
        _ status: String?, _ patch: String?, _ mergedInto: String?, _ splitFrom: String?, _ updated: String?,
        _ updatedBy: String?
    ) throws -> EventReview {
        EventReview(
            status: status.flatMap(ReviewStatus.init(rawValue:)) ?? .unreviewed,
            editedFields: try EventPatch.fields(fromJSON: patch).keys.sorted(), mergedInto: mergedInto,
            splitFrom: splitFrom, updatedBy: updatedBy, updated: updated)
    }

    private static func reviewedEvent(id: String, _ db: PostgresSession.Queries, locking: Bool = false) throws -> ReviewedEvent? {
        guard let row = try db.rows("""
            SELECT e.json, \(unescaped: reviewColumns) FROM events e LEFT JOIN event_reviews r ON r.event_id = e.id
            WHERE e.id = \(id) \(unescaped: locking ? "FOR UPDATE OF e" : "")
            """).first
        else { return nil }
        let (json, status, patch, mergedInto, splitFrom, updated, updatedBy) = try row.decode(
            (String, String?, String?, String?, String?, String?, String?).self)
        return ReviewedEvent(
            event: try JSONDecoder().decode(Event.self, from: Data(json.utf8)),
            review: try review(status, patch, mergedInto, splitFrom, updated, updatedBy))
    }

    /// The event with its review; `locking` holds its row until the transaction ends, so that two
    /// reviewers' changes to one event apply one after the other.
    private static func existingEvent(id: String, _ db: PostgresSession.Queries, locking: Bool = false) throws -> ReviewedEvent {
        guard let event = try reviewedEvent(id: id, db, locking: locking) else { throw StoreError("no event with id \"\(id)\"") }
        return event
    }

    private static func ensureReview(eventID: String, _ db: PostgresSession.Queries) throws {
        try db.execute("""
            INSERT INTO event_reviews (event_id, story_id) SELECT id, story_id FROM events WHERE id = \(eventID)
            ON CONFLICT (event_id) DO NOTHING
            """)
    }

    private static func audit(
        _ action: AuditEntry.Action, subject: String, actor: String, before: Event?, after: Event?, note: String,
        _ db: PostgresSession.Queries
    ) throws {
        let beforeJSON = try before.map(StoredJSON.text), afterJSON = try after.map(StoredJSON.text)
        try db.execute("""
            INSERT INTO review_audit (subject, action, actor, at, before_json, after_json, note)
            VALUES (\(subject), \(action.rawValue), \(actor), \(Timestamp.now()), \(beforeJSON), \(afterJSON), \(note))
            """)
    }
}
