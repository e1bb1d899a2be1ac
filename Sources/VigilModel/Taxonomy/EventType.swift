/// ACLED's six event types.
public enum EventType: String, Codable, Sendable, CaseIterable, Hashable {
    case battles = "Battles"
    case protests = "Protests"
    case riots = "Riots"
    case explosionsRemoteViolence = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case strategicDevelopments = "Strategic developments"

    /// The sub-event types that belong to this event type, in ACLED's order.
    public var subEventTypes: [SubEventType] {
        SubEventType.allCases.filter { $0.eventType == self }
    }

    /// ACLED's disorder type for events of this type.
    public var disorderType: DisorderType {
        switch self {
        case .battles, .explosionsRemoteViolence, .violenceAgainstCivilians: .politicalViolence
        case .protests: .demonstrations
        case .riots: .politicalViolenceAndDemonstrations
        case .strategicDevelopments: .strategicDevelopments
        }
    }

    /// Parses ACLED's spelling, ignoring case; throws an error naming the value otherwise.
    public init(validating value: String) throws(TaxonomyError) {
        guard let type = EventType.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(value) }) else {
            throw .unknownEventType(value)
        }
        self = type
    }
}
