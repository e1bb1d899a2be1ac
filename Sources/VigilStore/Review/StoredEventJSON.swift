/// An event as stored, its JSON (the extraction contract, reviewers' edits applied) left encoded,
/// with its review state: for listings that pass events on without reading them.
public struct StoredEventJSON: Hashable, Sendable {
    public var eventID: String
    /// One JSON object in the extraction contract's names.
    public var json: String
    public var review: EventReview
    /// The event's reports and source names.
    public var sources: EventSources

    public init(eventID: String, json: String, review: EventReview, sources: EventSources) {
        self.eventID = eventID
        self.json = json
        self.review = review
        self.sources = sources
    }
}
