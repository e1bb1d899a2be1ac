public import VigilModel

/// An event with its review state.
public struct ReviewedEvent: Hashable, Sendable {
    public var event: Event
    public var review: EventReview

    public init(event: Event, review: EventReview) {
        self.event = event
        self.review = review
    }
}
