import Foundation
import Hummingbird
import VigilModel

/// Applies a reviewer's field changes (JSON members in ACLED's names) to an event, validating them
/// as the extraction contract does.
struct EventEditor {
    /// Fields a reviewer may change. `event_type` and `disorder_type` follow `sub_event_type`;
    /// ids, evidence and confidence are the machine's.
    static let editableFields: Set<String> = [
        "event_date", "time_precision", "sub_event_type", "event_type", "actor1", "assoc_actor_1", "actor2",
        "assoc_actor_2", "inter1", "inter2", "civilian_targeting", "country", "iso3", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "fatalities", "injuries", "attack_count", "weapon", "target",
        "claimed", "claimed_by", "notes",
    ]

    /// The largest fatality, injury or attack count a reviewer may enter.
    static let largestCount = 1_000_000

    /// The event with `changes` applied, keeping `id` as its id.
    static func apply(_ changes: [String: Any], to event: Event, id: String) throws -> Event {
        for key in changes.keys where !editableFields.contains(key) {
            throw APIError.badParameter(key, "cannot be edited; editable fields are " + editableFields.sorted().joined(separator: ", "))
        }
        if changes["event_type"] != nil, changes["sub_event_type"] == nil {
            throw APIError.badParameter("event_type", "follows sub_event_type; change sub_event_type instead")
        }
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(event))
        guard var fields = encoded as? [String: Any] else { throw APIError(.internalServerError, "event did not encode") }
        if changes["sub_event_type"] != nil {
            fields["event_type"] = nil
            fields["disorder_type"] = nil
        }
        for (key, value) in changes {
            switch (key, value) {
            case ("civilian_targeting", let flag as Bool): fields[key] = flag ? Event.civilianTargetingLabel : ""
            default: fields[key] = value
            }
        }
        fields["event_id"] = id
        var edited: Event
        do {
            edited = try JSONDecoder().decode(Event.self, from: JSONSerialization.data(withJSONObject: fields))
        } catch let error as DecodingError {
            throw Self.describe(error)
        } catch let error as TaxonomyError {
            throw APIError.badParameter("sub_event_type", error.description)
        }
        edited.evidence = event.evidence
        try validate(edited, changed: Set(changes.keys))
        return edited
    }

    /// Checks the edited event; counts only where the reviewer changed them (an extracted toll is not theirs to defend).
    private static func validate(_ event: Event, changed: Set<String>) throws {
        if let latitude = event.latitude, !(-90...90).contains(latitude) {
            throw APIError.badParameter("latitude", "\(latitude) is outside -90…90")
        }
        if let longitude = event.longitude, !(-180...180).contains(longitude) {
            throw APIError.badParameter("longitude", "\(longitude) is outside -180…180")
        }
        if (event.latitude == nil) != (event.longitude == nil) {
            throw APIError.badParameter("latitude", "latitude and longitude are set together")
        }
        // Counts stay far below what sums over a million events could overflow.
        for (name, value) in [("fatalities", event.fatalities), ("injuries", event.injuries ?? 0)] where changed.contains(name) {
            guard (0...Self.largestCount).contains(value) else {
                throw APIError.badParameter(name, "\(value) must be between 0 and \(Self.largestCount)")
            }
        }
        guard !changed.contains("attack_count") || (1...Self.largestCount).contains(event.attackCount) else {
            throw APIError.badParameter("attack_count", "\(event.attackCount) must be between 1 and \(Self.largestCount)")
        }
    }

    private static func describe(_ error: DecodingError) -> APIError {
        let (path, reason): ([any CodingKey], String) =
            switch error {
            case .typeMismatch(let type, let context): (context.codingPath, "has the wrong type (expected \(type))")
            case .valueNotFound(_, let context): (context.codingPath, "must not be null")
            case .keyNotFound(let key, let context): (context.codingPath + [key], "is missing")
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            @unknown default: ([], "is not valid")
            }
        return APIError.badParameter(path.first?.stringValue ?? "body", reason)
    }
}
