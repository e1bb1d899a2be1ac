public import VigilModel

/// A filtered, sorted, paginated event listing; nil and empty mean "any".
public struct EventSearch: Hashable, Sendable {
    public var from: CalendarDay?
    public var to: CalendarDay?
    public var boundingBox: BoundingBox?
    /// Countries, exactly as ACLED names them ("Iraq").
    public var countries: [String] = []
    public var admin1: String?
    public var eventTypes: [EventType] = []
    public var subEventTypes: [SubEventType] = []
    /// Part of an actor's name (actor1, actor2 or their associates).
    public var actor: String?
    /// Words searched in the articles (full text, prefixes) and in locations and actors.
    public var text: String?
    public var minimumConfidence: Double?
    /// Claimed (true) or reported as fact (false).
    public var claimed: Bool?
    /// Review statuses to include; empty means ``ReviewStatus/visible``.
    public var statuses: Set<ReviewStatus> = []
    /// Events of this document's story.
    public var documentID: String?
    public var sort: EventSort = .dateDescending
    /// Start after this event (from the previous page's ``EventPage/nextCursor``).
    public var after: EventCursor?
    public var limit: Int = 100
    /// One row per real-world event (canonical events) or per extracted report; filters and
    /// ordering read each event's first report, its review state included.
    public var view: EventView = .events

    public init() {}
}
