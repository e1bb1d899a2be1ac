/// The SQL both backends share for an event listing's ``EventView``, over `events e`: each report
/// is joined to its membership of a canonical event (`m`; a report is in one at most) and to the
/// canonical event it leads (`c`, whose id is `ce-` and its smallest report id), and the events
/// view keeps the reports that lead their canonical event or are in none yet, shown as the
/// canonical event. Every per-row subquery starts from `m`, looked up once per row.
enum EventViewSQL {
    /// Joins `m`, the canonical event membership of the report `e` (null when it is in none).
    static let membershipJoin = "LEFT JOIN canonical_event_reports m ON m.report_id = e.id"

    /// Joins `m` and `c`, the canonical event the report `e` leads (null for the others).
    static let canonicalJoin = membershipJoin + " LEFT JOIN canonical_events c ON c.id = 'ce-' || e.id"

    /// True for a report that leads its canonical event or is in none yet.
    static let leadsItsEvent = "(m.canonical_id IS NULL OR m.canonical_id = 'ce-' || e.id)"

    /// The listed row's JSON: the canonical event's in the events view.
    static func json(_ view: EventView) -> String {
        view == .events ? "coalesce(c.event_json, e.json)" : "e.json"
    }

    /// An indexed column of the listed row (`event_type`, `country`, …): the canonical event's in
    /// the events view.
    static func column(_ name: String, _ view: EventView) -> String {
        view == .events ? "coalesce(c.\(name), e.\(name))" : "e.\(name)"
    }

    /// The number of reports in the report's canonical event (0 when it is in none), in either view.
    static let reportCount = "(SELECT COUNT(*) FROM canonical_event_reports rx WHERE rx.canonical_id = m.canonical_id)"

    /// An aggregate over the sources `s` of every document of the row's event (their names joined
    /// by ``EventSources/nameSeparator``, in the backend's words): the documents of its own story
    /// for a report in no canonical event (the common row: two index look-ups), else of the story
    /// of every report of its canonical event.
    static func sources(_ aggregate: String) -> String {
        """
        CASE WHEN m.canonical_id IS NULL
            THEN (SELECT \(aggregate) FROM documents sd JOIN document_sources s ON s.document_id = sd.id
                WHERE sd.story_id = e.story_id)
            ELSE (SELECT \(aggregate) FROM documents sd JOIN document_sources s ON s.document_id = sd.id
                WHERE sd.story_id IN (SELECT sy.story_id FROM canonical_event_reports sx JOIN events sy ON sy.id = sx.report_id
                    WHERE sx.canonical_id = m.canonical_id))
        END
        """
    }

    /// True for an event with a report in the story `story` (an SQL expression used twice).
    static func ofStory(_ story: String) -> String {
        """
        (e.story_id = \(story) OR c.id IN (SELECT ox.canonical_id FROM canonical_event_reports ox
            JOIN events oy ON oy.id = ox.report_id WHERE oy.story_id = \(story)))
        """
    }
}
