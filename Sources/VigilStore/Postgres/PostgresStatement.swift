import PostgresNIO
import VigilModel

/// SQL text built piece by piece with every value bound as a `$n` parameter: the text holds only
/// fixed SQL, never a value.
struct PostgresStatement {
    private var sql: String
    private var bindings = PostgresBindings()

    init(_ sql: String) {
        self.sql = sql
    }

    /// Appends fixed SQL text.
    mutating func append(_ text: String) {
        sql += text
    }

    /// Binds a value and returns its placeholder (`$3`).
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    /// Binds NULL and returns its placeholder.
    mutating func bindNull() -> String {
        bindings.appendNull()
        return "$\(bindings.count)"
    }

    /// The WHERE clause of an event query (nothing when no filter applies).
    /// - Parameter documentCondition: the condition that finds a document's events, given the
    ///   placeholder bound to the document id.
    mutating func appendFilter(_ query: EventQuery, documentCondition: (String) -> String) {
        var conditions: [String] = []
        if let from = query.from { conditions.append("event_date >= \(bind(from.description))") }
        if let to = query.to { conditions.append("event_date <= \(bind(to.description))") }
        if let country = query.country { conditions.append("lower(country) = lower(\(bind(country)))") }
        if let type = query.eventType { conditions.append("event_type = \(bind(type.rawValue))") }
        if let sub = query.subEventType { conditions.append("sub_event_type = \(bind(sub.rawValue))") }
        if let actor = query.actor {
            // SQLite's LIKE ignores ASCII case; ILIKE does the same here.
            let pattern = bind("%\(actor)%")
            conditions.append("(actor1 ILIKE \(pattern) OR actor2 ILIKE \(pattern))")
        }
        if let document = query.documentID { conditions.append(documentCondition(bind(document))) }
        if !conditions.isEmpty { sql += "WHERE " + conditions.joined(separator: " AND ") }
    }

    /// `LIMIT … OFFSET …` of a query.
    mutating func appendPage(_ query: EventQuery) {
        sql += "LIMIT \(bind(query.limit)) OFFSET \(bind(query.offset))"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }
}
