/// A value outside ACLED's vocabulary; the message names the value.
public enum TaxonomyError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownEventType(String)
    case unknownSubEventType(String)
    case subEventTypeOutsideEventType(subEventType: String, eventType: String)
    case unknownInterCode(Int)
    case unknownTimePrecision(Int)
    case unknownGeoPrecision(Int)

    public var description: String {
        switch self {
        case .unknownEventType(let value):
            "unknown event_type \"\(value)\" (expected one of: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownSubEventType(let value):
            "unknown sub_event_type \"\(value)\""
        case .subEventTypeOutsideEventType(let sub, let type):
            "sub_event_type \"\(sub)\" does not belong to event_type \"\(type)\""
        case .unknownInterCode(let value): "unknown inter code \(value) (expected 0–8)"
        case .unknownTimePrecision(let value): "unknown time_precision \(value) (expected 1–3)"
        case .unknownGeoPrecision(let value): "unknown geo_precision \(value) (expected 1–3)"
        }
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
