/// An event as stored, its JSON (the extraction contract, reviewers' edits applied) left encoded,
/// with its review state: for listings that pass events on without reading them.
public struct StoredEventJSON: Hashable, Sendable {
    public var eventID: String
    /// One JSON object in the extraction contract's names.
    public var json: String
    public var review: EventReview

    public init(eventID: String, json: String, review: EventReview) {
        self.eventID = eventID
        self.json = json
        self.review = review
    }
}
