import ArgumentParser
import Foundation
import VigilModel
import VigilStore

/// `vigil export`: events as CSV, JSON or GeoJSON in ACLED's column names.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export events as CSV, JSON or GeoJSON, in ACLED's column names plus Vigil's own.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, geojson
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: Events.Filters
    @Option(help: "csv, json or geojson.") var format: Format = .csv
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    /// ACLED's columns, then Vigil's.
    static let columns = [
        "event_id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "civilian_targeting", "iso3", "country",
        "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "notes",
        "doc_id", "injuries", "attack_count", "weapon", "target", "claimed", "claimed_by", "confidence",
    ]

    func run() throws {
        var query = try filters.query()
        if filters.limit == 100 { query.limit = Int.max }
        try reportingErrors {
            let events = try store.open().events(query)
            let data: Data
            switch format {
            case .csv: data = Data(Export.csv(events).utf8)
            case .json: data = try JSONOutput.encoder.encode(events)
            case .geojson: data = try JSONSerialization.data(withJSONObject: Export.geojson(events), options: [.sortedKeys])
            }
            if let output {
                do { try data.write(to: URL(fileURLWithPath: output)) } catch {
                    throw CLIError("cannot write \(output): \(error.localizedDescription)", code: .ioError)
                }
                Console.error("wrote \(events.count) events to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
                if format != .csv { FileHandle.standardOutput.write(Data("\n".utf8)) }
            }
        }
    }

    /// One event's values by column name.
    static func values(_ event: Event) -> [String: String] {
        [
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
    }

    /// RFC 4180 CSV with a header row.
    static func csv(_ events: [Event]) -> String {
        func quote(_ value: String) -> String {
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = [columns.joined(separator: ",")]
        for event in events {
            let row = values(event)
            lines.append(columns.map { quote(row[$0] ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A GeoJSON FeatureCollection of the events that have coordinates.
    static func geojson(_ events: [Event]) -> [String: Any] {
        let features: [[String: Any]] = events.compactMap { event in
            guard let latitude = event.latitude, let longitude = event.longitude else { return nil }
            return [
                "type": "Feature", "id": event.eventID,
                "geometry": ["type": "Point", "coordinates": [longitude, latitude]],
                "properties": values(event),
            ]
        }
        return ["type": "FeatureCollection", "features": features]
    }
}
