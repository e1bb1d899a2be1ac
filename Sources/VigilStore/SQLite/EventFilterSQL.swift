import GRDB
import VigilModel

/// The `WHERE` clause of an ``EventSearch`` over `events e LEFT JOIN event_reviews r` and the
/// canonical event `c` the report leads (``EventViewSQL``): fixed SQL text with every value bound
/// as an argument.
struct EventFilterSQL {
    private(set) var conditions: [String] = []
    private(set) var arguments: [any DatabaseValueConvertible] = []

    init(_ search: EventSearch) {
        if search.view == .events { add(EventViewSQL.leadsItsEvent) }
        if let from = search.from { add("e.event_date >= ?", from.description) }
        if let to = search.to { add("e.event_date <= ?", to.description) }
        if let box = search.boundingBox {
            add("e.latitude BETWEEN ? AND ?", box.south, box.north)
            if box.west <= box.east {
                add("e.longitude BETWEEN ? AND ?", box.west, box.east)
            } else {
                add("(e.longitude >= ? OR e.longitude <= ?)", box.west, box.east)
            }
        }
        if !search.countries.isEmpty {
            addAll("e.country IN (\(Self.marks(search.countries.count)))", search.countries)
        }
        if let admin1 = search.admin1 { add("e.admin1 = ?", admin1) }
        if !search.eventTypes.isEmpty {
            addAll("e.event_type IN (\(Self.marks(search.eventTypes.count)))", search.eventTypes.map(\.rawValue))
        }
        if !search.subEventTypes.isEmpty {
            addAll("e.sub_event_type IN (\(Self.marks(search.subEventTypes.count)))", search.subEventTypes.map(\.rawValue))
        }
        if let actor = search.actor {
            let like = Self.likePattern(actor)
            let prefilter = Self.storedVerbatimInJSON(actor) ? "e.json LIKE ? ESCAPE '\\' AND " : ""
            addAll(
                """
                (e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\'
                    OR (\(prefilter)(json_extract(e.json, '$.assoc_actor_1') LIKE ? ESCAPE '\\'
                        OR json_extract(e.json, '$.assoc_actor_2') LIKE ? ESCAPE '\\')))
                """, Array(repeating: like, count: prefilter.isEmpty ? 4 : 5))
        }
        if let text = search.text {
            let like = Self.likePattern(text)
            var clauses = [
                "e.actor1 LIKE ? ESCAPE '\\'", "e.actor2 LIKE ? ESCAPE '\\'", "e.admin1 LIKE ? ESCAPE '\\'",
                "e.location LIKE ? ESCAPE '\\'",
            ]
            var values: [any DatabaseValueConvertible] = [like, like, like, like]
            if let pattern = SearchTerms(text)?.fts5 {
                clauses.append("""
                    e.story_id IN (SELECT d.story_id FROM documents d WHERE d.rowid IN
                        (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))
                    """)
                values.append(pattern)
            }
            addAll("(" + clauses.joined(separator: " OR ") + ")", values)
        }
        if let minimum = search.minimumConfidence { add("e.confidence >= ?", minimum) }
        if let claimed = search.claimed { add("e.claimed = ?", claimed) }
        let statuses = search.statuses.isEmpty ? ReviewStatus.visible : search.statuses
        if statuses.count < ReviewStatus.allCases.count {
            let names = ReviewStatus.allCases.filter(statuses.contains).map(\.rawValue)
            addAll("coalesce(r.status, 'unreviewed') IN (\(Self.marks(names.count)))", names)
        }
        if let document = search.documentID {
            if search.view == .events {
                add(EventViewSQL.ofStory("(SELECT story_id FROM documents WHERE id = ?)"), document, document)
            } else {
                add("e.story_id = (SELECT story_id FROM documents WHERE id = ?)", document)
            }
        }
    }

    /// `WHERE …`, or nothing when no filter applies.
    var whereClause: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    private mutating func add(_ condition: String, _ values: any DatabaseValueConvertible...) {
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    private mutating func addAll(_ condition: String, _ values: [any DatabaseValueConvertible]) {
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    private static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// True when `text` is written as is inside stored JSON (no quote, backslash, slash or control
    /// character, which the encoder escapes): then a row whose JSON does not contain it cannot have
    /// it in a field, and a LIKE over the JSON text spares parsing the JSON of every other row.
    static func storedVerbatimInJSON(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\"" || $0 == "\\" || $0 == "/" || $0.value < 0x20 }
    }

    /// `%words%` with LIKE's wildcards escaped, so user text matches literally.
    static func likePattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}
