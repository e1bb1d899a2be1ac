import Foundation

/// The metrics of `score.py acled`: per-document accuracies against one gold event per document.
public struct ACLEDScore: Sendable, Equatable, Encodable {
    /// Precision, recall, F1 and gold support of one sub-event type.
    public struct ClassScore: Sendable, Equatable, Encodable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    /// Sub-event type accuracy and coordinates within 25 km for one ACLED region.
    public struct RegionScore: Sendable, Equatable, Encodable {
        public var count: Int
        public var subEventType: Double
        public var coord25: Double

        enum CodingKeys: String, CodingKey {
            case count = "n", subEventType = "sub_event_type", coord25
        }
    }

    /// The key names of `score.py acled --json`.
    enum CodingKeys: String, CodingKey {
        case documents = "n_docs", eventsPerDocument = "events_per_doc", detection = "detected"
        case eventType = "event_type", subEventType = "sub_event_type", country, admin1, coord25, coord100
        case subEventTypeMacroF1 = "sub_event_type_macro_f1", subEventTypeWeightedF1 = "sub_event_type_weighted_f1"
        case medianDistanceKm = "median_distance_km", withCoordinates = "n_with_coordinates"
        case eventDate = "event_date", fatalities, actor1, regions = "per_region", subEventTypes = "per_subtype"
    }

    public var documents: Int
    public var eventsPerDocument: Double
    /// Documents with at least one predicted event.
    public var detection: Double
    public var eventType: Double
    public var subEventType: Double
    public var subEventTypeMacroF1: Double
    public var subEventTypeWeightedF1: Double
    public var country: Double
    public var admin1: Double
    public var coord25: Double
    public var coord100: Double
    /// The median distance in km between gold and predicted points, where both exist.
    public var medianDistanceKm: Double?
    public var withCoordinates: Int
    public var eventDate: Double
    public var fatalities: Double
    public var actor1: Double
    /// Keyed by ACLED region name.
    public var regions: [String: RegionScore]
    /// Keyed by sub-event type, for the types seen in gold or predictions.
    public var subEventTypes: [String: ClassScore]

    /// The table `score.py acled` prints, ending with its one-line summary.
    public var table: String {
        func value(_ x: Double) -> String { String(format: "%.3f", x) }
        let median = medianDistanceKm.map { String(format: "%.1f", $0) } ?? "n/a"
        let rows: [(String, String)] = [
            ("documents", "\(documents)"), ("detection recall (>=1 event)", value(detection)),
            ("events per doc", value(eventsPerDocument)), ("event_type accuracy", value(eventType)),
            ("sub_event_type accuracy", value(subEventType)),
            ("sub_event_type macro-F1", value(subEventTypeMacroF1)),
            ("sub_event_type weighted-F1", value(subEventTypeWeightedF1)),
            ("country accuracy", value(country)), ("admin1 accuracy", value(admin1)),
            ("coordinates <= 25 km", value(coord25)), ("coordinates <= 100 km", value(coord100)),
            ("median distance km (n=\(withCoordinates))", median), ("event_date exact", value(eventDate)),
            ("fatalities exact", value(fatalities)), ("actor1 match", value(actor1)),
        ]
        var lines = rows.map { $0.0.padded(to: 36) + " " + $0.1 }
        lines.append("")
        lines.append("region".padded(to: 28) + " " + "n".leftPadded(to: 5) + " " + "subtype".leftPadded(to: 8)
            + " " + "coord25".leftPadded(to: 8))
        for (name, region) in regions.sorted(by: { $0.key < $1.key }) {
            lines.append(name.padded(to: 28) + " " + "\(region.count)".leftPadded(to: 5) + " "
                + value(region.subEventType).leftPadded(to: 8) + " " + value(region.coord25).leftPadded(to: 8))
        }
        lines.append("acled: n=\(documents) subtype_acc=\(value(subEventType)) country=\(value(country)) "
            + "coord25=\(value(coord25)) date=\(value(eventDate)) fatal=\(value(fatalities)) actor1=\(value(actor1))")
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
