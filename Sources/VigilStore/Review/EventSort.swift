/// The order of an event listing; ties are broken by event id in the same direction.
public enum EventSort: String, CaseIterable, Sendable {
    case dateDescending = "-event_date"
    case dateAscending = "event_date"
    case fatalitiesDescending = "-fatalities"
    case fatalitiesAscending = "fatalities"
    case confidenceDescending = "-confidence"
    case confidenceAscending = "confidence"
    /// Low confidence and claimed events first, then newest: the review queue's order.
    case reviewQueue = "review"

    /// True when larger keys come first.
    public var isDescending: Bool {
        switch self {
        case .dateDescending, .fatalitiesDescending, .confidenceDescending: true
        case .dateAscending, .fatalitiesAscending, .confidenceAscending, .reviewQueue: false
        }
    }
}
