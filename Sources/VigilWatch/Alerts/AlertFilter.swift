public import VigilModel

/// Which events an alert is about, written as text such as
/// `country=Iraq|Syria sub_event_type=Air/drone strike min_fatalities=1`.
///
/// A value runs until the next word that starts with `field=`, so values may hold spaces; `|` separates
/// alternatives. Every condition must hold. Encodes as its canonical ``text``.
public struct AlertFilter: Sendable, Hashable, Codable {
    /// An event field a ``Condition`` tests, named as in ACLED's columns.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case country, admin1, admin2, location
        case eventType = "event_type"
        case subEventType = "sub_event_type"
        /// Any of actor1, actor2 and their associated actors, as a case-insensitive substring.
        case actor
    }

    /// One `field=value|value` condition: the event's field equals one of the values, ignoring case.
    public struct Condition: Sendable, Hashable {
        public var field: Field
        /// The alternatives; event and sub-event types in ACLED's spelling.
        public var values: [String]

        /// Creates a condition on `field` that any of `values` satisfies.
        public init(field: Field, values: [String]) {
            self.field = field
            self.values = values
        }

        /// Whether `event` satisfies this condition.
        public func matches(_ event: Event) -> Bool {
            guard let eventValue = scalarValue(of: event) else {
                let actors = [event.actor1, event.assocActor1, event.actor2, event.assocActor2].map { $0.lowercased() }
                return values.contains { value in
                    let wanted = value.lowercased()
                    return actors.contains { $0.contains(wanted) }
                }
            }
            let folded = eventValue.lowercased()
            return values.contains { $0.lowercased() == folded }
        }

        /// The event's value of a field compared by equality; nil for ``Field/actor``.
        private func scalarValue(of event: Event) -> String? {
            switch field {
            case .country: event.country
            case .admin1: event.admin1
            case .admin2: event.admin2
            case .location: event.location
            case .eventType: event.eventType.rawValue
            case .subEventType: event.subEventType.rawValue
            case .actor: nil
            }
        }
    }

    /// The text conditions, in ``Field`` order.
    public var conditions: [Condition]
    /// The least number of fatalities, if given.
    public var minFatalities: Int?
    /// Whether the event must be claimed (or must not be), if given.
    public var claimed: Bool?

    /// Every field name the text accepts, in canonical order.
    static let fieldNames = Field.allCases.map(\.rawValue) + ["min_fatalities", "claimed"]

    /// Creates a filter from its parts.
    public init(conditions: [Condition], minFatalities: Int? = nil, claimed: Bool? = nil) {
        self.conditions = conditions
        self.minFatalities = minFatalities
        self.claimed = claimed
    }

    /// Parses filter text; errors quote the bad part and list what would fit.
    public init(parsing text: String) throws(AlertFilterError) {
        let entries = try AlertFilter.entries(in: text)
        guard !entries.isEmpty else { throw .emptyFilter }
        var conditions: [Condition] = []
        var seen: Set<String> = []
        var minFatalities: Int?
        var claimed: Bool?
        for entry in entries {
            guard seen.insert(entry.field).inserted else { throw .givenTwice(entry.field) }
            switch entry.field {
            case "min_fatalities":
                guard let number = Int(entry.value), number >= 0 else { throw .notWholeNumber(entry.source) }
                minFatalities = number
            case "claimed":
                switch entry.value.lowercased() {
                case "true": claimed = true
                case "false": claimed = false
                default: throw .notTrueOrFalse(entry.source)
                }
            default:
                guard let field = Field(rawValue: entry.field) else { throw .unknownField(entry.field, in: entry.source) }
                let values = try AlertFilter.values(of: entry, for: field)
                conditions.append(Condition(field: field, values: values))
            }
        }
        let order = Field.allCases
        conditions.sort { (order.firstIndex(of: $0.field) ?? 0) < (order.firstIndex(of: $1.field) ?? 0) }
        self.init(conditions: conditions, minFatalities: minFatalities, claimed: claimed)
    }

    /// The canonical text, fields in ``fieldNames`` order; parsing it gives back this filter.
    public var text: String {
        var parts = conditions.map { "\($0.field.rawValue)=\($0.values.joined(separator: "|"))" }
        if let minFatalities { parts.append("min_fatalities=\(minFatalities)") }
        if let claimed { parts.append("claimed=\(claimed)") }
        return parts.joined(separator: " ")
    }

    /// Whether `event` meets every condition of the filter.
    public func matches(_ event: Event) -> Bool {
        if let minFatalities, event.fatalities < minFatalities { return false }
        if let claimed, event.claimed != claimed { return false }
        return conditions.allSatisfy { $0.matches(event) }
    }

    /// Decodes a filter from its text, which must parse.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try AlertFilter(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }

    /// Encodes the filter as its canonical ``text``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
