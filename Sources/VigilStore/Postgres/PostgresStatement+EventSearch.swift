import PostgresNIO
import VigilModel

extension PostgresStatement {
    /// The conditions of an ``EventSearch`` over `events e LEFT JOIN event_reviews r` and the canonical
    /// event `c` the report leads (``EventViewSQL``), with every
    /// value bound: the same filters as SQLite's `EventFilterSQL`, in PostgreSQL's words (ILIKE for
    /// LIKE, `->>` for `json_extract`, the `search` tsvector for FTS5).
    /// - Parameter postgis: the quoted schema of PostGIS, when bounding boxes use its index.
    mutating func searchConditions(_ search: EventSearch, postgis: String?) -> [String] {
        var conditions: [String] = search.view == .events ? [EventViewSQL.leadsItsEvent] : []
        if let from = search.from { conditions.append("e.event_date >= \(bind(from.description))") }
        if let to = search.to { conditions.append("e.event_date <= \(bind(to.description))") }
        if let box = search.boundingBox {
            if let postgis {
                // The GiST index finds the points in the box's bounding box (two across the
                // antimeridian); the conditions below then keep exactly BETWEEN's points.
                let spans = box.west <= box.east ? [(box.west, box.east)] : [(box.west, 180.0), (-180.0, box.east)]
                conditions.append("(" + spans.map { west, east in
                    "e.place OPERATOR(\(postgis).&&) \(postgis).ST_MakeEnvelope(\(bind(west)), \(bind(box.south)), \(bind(east)), \(bind(box.north)), 4326)"
                }.joined(separator: " OR ") + ")")
            }
            conditions.append("e.latitude BETWEEN \(bind(box.south)) AND \(bind(box.north))")
            if box.west <= box.east {
                conditions.append("e.longitude BETWEEN \(bind(box.west)) AND \(bind(box.east))")
            } else {
                conditions.append("(e.longitude >= \(bind(box.west)) OR e.longitude <= \(bind(box.east)))")
            }
        }
        if let countries = oneOf("e.country", search.countries) { conditions.append(countries) }
        if let admin1 = search.admin1 { conditions.append("e.admin1 = \(bind(admin1))") }
        if let types = oneOf("e.event_type", search.eventTypes.map(\.rawValue)) { conditions.append(types) }
        if let subTypes = oneOf("e.sub_event_type", search.subEventTypes.map(\.rawValue)) { conditions.append(subTypes) }
        if let actor = search.actor {
            let like = bind(EventFilterSQL.likePattern(actor))
            conditions.append("""
                (e.actor1 ILIKE \(like) OR e.actor2 ILIKE \(like) OR (e.json::jsonb ->> 'assoc_actor_1') ILIKE \(like)
                    OR (e.json::jsonb ->> 'assoc_actor_2') ILIKE \(like))
                """)
        }
        if let text = search.text {
            let like = bind(EventFilterSQL.likePattern(text))
            var clauses = [
                "e.actor1 ILIKE \(like)", "e.actor2 ILIKE \(like)", "e.admin1 ILIKE \(like)", "e.location ILIKE \(like)",
            ]
            if let words = SearchTerms(text)?.tsquery {
                clauses.append("""
                    e.story_id IN (SELECT d.story_id FROM documents d WHERE d.search @@ to_tsquery('simple', \(bind(words))))
                    """)
            }
            conditions.append("(" + clauses.joined(separator: " OR ") + ")")
        }
        if let minimum = search.minimumConfidence { conditions.append("e.confidence >= \(bind(minimum))") }
        if let claimed = search.claimed { conditions.append("e.claimed = \(bind(claimed))") }
        let statuses = search.statuses.isEmpty ? ReviewStatus.visible : search.statuses
        if statuses.count < ReviewStatus.allCases.count {
            // An event without a review row is unreviewed. Written as (NOT) EXISTS rather than a
            // condition on the joined row, so that the planner knows how few events it removes and
            // reads the listing's index in order.
            let names = ReviewStatus.allCases.filter(statuses.contains).map(\.rawValue)
            if statuses.contains(.unreviewed) {
                conditions.append(
                    "NOT EXISTS (SELECT 1 FROM event_reviews x WHERE x.event_id = e.id AND x.status <> ALL(\(bind(names))::TEXT[]))")
            } else {
                conditions.append(
                    "EXISTS (SELECT 1 FROM event_reviews x WHERE x.event_id = e.id AND x.status = ANY(\(bind(names))::TEXT[]))")
            }
        }
        if let document = search.documentID {
            let story = "(SELECT story_id FROM documents WHERE id = \(bind(document)))"
            conditions.append(search.view == .events ? EventViewSQL.ofStory(story) : "e.story_id = \(story)")
        }
        return conditions
    }

    /// `column = value` for one value (so that an index on the column gives the listing's order),
    /// `column = ANY(values)` for several, nil for none.
    private mutating func oneOf(_ column: String, _ values: [String]) -> String? {
        switch values.count {
        case 0: nil
        case 1: "\(column) = \(bind(values[0]))"
        default: "\(column) = ANY(\(bind(values))::TEXT[])"
        }
    }

    /// `WHERE …` of a search, or nothing when no filter applies.
    mutating func appendSearchFilter(_ search: EventSearch, postgis: String?) {
        let conditions = searchConditions(search, postgis: postgis)
        if !conditions.isEmpty { append(" WHERE " + conditions.joined(separator: " AND ") + " ") }
    }
}
