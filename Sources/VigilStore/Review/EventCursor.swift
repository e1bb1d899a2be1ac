/// Where a page of events ended: the last event's sort key and id. The next page starts after it.
public struct EventCursor: Codable, Hashable, Sendable {
    /// The sort key of the last event (its date, fatalities, confidence or review rank), as text.
    public var key: String
    /// The id of the last event.
    public var id: String

    public init(key: String, id: String) {
        self.key = key
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case key = "k"
        case id = "i"
    }
}
