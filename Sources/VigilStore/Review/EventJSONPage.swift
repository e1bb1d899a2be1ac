/// One page of an event listing, the events left as stored JSON.
public struct EventJSONPage: Sendable {
    public var events: [StoredEventJSON]
    /// Where the next page starts; nil on the last page.
    public var nextCursor: EventCursor?

    public init(events: [StoredEventJSON], nextCursor: EventCursor?) {
        self.events = events
        self.nextCursor = nextCursor
    }
}
