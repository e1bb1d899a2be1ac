/// One page of an event listing.
public struct EventPage: Sendable {
    public var events: [ReviewedEvent]
    /// Where the next page starts; nil on the last page.
    public var nextCursor: EventCursor?

    public init(events: [ReviewedEvent], nextCursor: EventCursor?) {
        self.events = events
        self.nextCursor = nextCursor
    }
}
