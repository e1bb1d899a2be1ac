public import VigilModel

/// An event with its review state.
public struct ReviewedEvent: Hashable, Sendable {
    public var event: Event
    public var review: EventReview
    /// The event's reports and source names, when read from a listing or by id.
    public var sources: EventSources?

    public init(event: Event, review: EventReview, sources: EventSources? = nil) {
        self.event = event
        self.review = review
        self.sources = sources
    }
}
