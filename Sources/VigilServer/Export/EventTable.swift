public import Foundation
public import VigilModel
public import VigilStore

/// Events as rows in ACLED's column names plus Vigil's own: CSV, GeoJSON features and JSON, written
/// one event at a time so large exports stream.
public enum EventTable {
    /// ACLED's columns, then Vigil's.
    public static let columns = [
        "event_id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "civilian_targeting", "iso3", "country",
        "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "notes",
        "doc_id", "injuries", "attack_count", "weapon", "target", "claimed", "claimed_by", "confidence",
        "report_count", "source_count", "source_names",
    ]

    /// One event's values by column name; its sources' columns are empty when `sources` is nil.
    public static func values(_ event: Event, sources: EventSources? = nil) -> [String: String] {
        var values: [String: String] = [
            "event_id": event.eventID, "event_date": event.eventDate.description,
            "time_precision": "\(event.timePrecision.rawValue)", "disorder_type": event.disorderType.rawValue,
            "event_type": event.eventType.rawValue, "sub_event_type": event.subEventType.rawValue,
            "actor1": event.actor1, "assoc_actor_1": event.assocActor1, "inter1": "\(event.inter1.rawValue)",
            "actor2": event.actor2, "assoc_actor_2": event.assocActor2, "inter2": "\(event.inter2.rawValue)",
            "civilian_targeting": event.civilianTargeting ? Event.civilianTargetingLabel : "", "iso3": event.iso3,
            "country": event.country, "admin1": event.admin1, "admin2": event.admin2, "location": event.location,
            "latitude": event.latitude.map { "\($0)" } ?? "", "longitude": event.longitude.map { "\($0)" } ?? "",
            "geo_precision": event.geoPrecision.map { "\($0.rawValue)" } ?? "", "fatalities": "\(event.fatalities)",
            "notes": event.notes.joined(separator: " "), "doc_id": event.docID,
            "injuries": event.injuries.map { "\($0)" } ?? "", "attack_count": "\(event.attackCount)",
            "weapon": event.weapon ?? "", "target": event.target ?? "", "claimed": event.claimed ? "true" : "false",
            "claimed_by": event.claimedBy ?? "", "confidence": String(format: "%.3f", event.confidence),
        ]
        if let sources {
            values["report_count"] = "\(sources.reportCount)"
            values["source_count"] = "\(sources.sourceCount)"
            values["source_names"] = sources.names.joined(separator: "; ")
        }
        return values
    }

    /// The CSV header line, with its CRLF (RFC 4180).
    public static var csvHeader: String { columns.joined(separator: ",") + "\r\n" }

    /// One event as a CSV line, with its CRLF.
    public static func csvRow(_ event: Event, sources: EventSources? = nil) -> String {
        let row = values(event, sources: sources)
        return columns.map { quote(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
    }

    /// RFC 4180 CSV with a header row.
    public static func csv(_ events: [ReviewedEvent]) -> String {
        csvHeader + events.map { csvRow($0.event, sources: $0.sources) }.joined()
    }

    /// A GeoJSON Feature (a Point with the row as properties) as JSON text, nil without coordinates; its properties in column order: written directly, as
    /// serializing a dictionary per event made an export of 100,000 events take 50 s.
    public static func geojsonFeatureText(_ event: Event, sources: EventSources? = nil) -> String? {
        guard let latitude = event.latitude, let longitude = event.longitude, latitude.isFinite, longitude.isFinite else { return nil }
        let row = values(event, sources: sources)
        let properties = columns.map { JSONText.quoted($0) + ":" + JSONText.quoted(row[$0] ?? "") }.joined(separator: ",")
        return "{\"type\":\"Feature\",\"id\":\(JSONText.quoted(event.eventID)),"
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(longitude),\(latitude)]},\"properties\":{\(properties)}}"
    }

    /// A GeoJSON FeatureCollection of the events that have coordinates, as JSON text.
    public static func geojson(_ events: [ReviewedEvent]) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":["
            + events.compactMap { geojsonFeatureText($0.event, sources: $0.sources) }.joined(separator: ",") + "]}"
    }

    /// An event as one JSON object in the extraction contract's names, with its sources' members
    /// (`report_count`, `source_count`, `source_names`) when known.
    public static func jsonObject(_ reviewed: ReviewedEvent) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(reviewed.event)
        guard let sources = reviewed.sources, data.last == UInt8(ascii: "}") else { return data }
        data.removeLast()
        data.append(contentsOf: ",".utf8)
        data.append(try encoder.encode(sources).dropFirst())
        return data
    }

    private static func quote(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
