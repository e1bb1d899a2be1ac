import Foundation
public import VigilModel

/// Scores predicted events against ACLED gold rows the way `score.py acled` does: each gold row is
/// compared with the predicted event of its document that agrees most (same sub-event type first,
/// then the nearest point).
public enum ACLEDScorer {
    /// The metrics of `predictions` (events keyed by document id) against `gold`.
    public static func score(gold: [ACLEDGoldRow], predictions: [String: [Event]]) -> ACLEDScore {
        var checks: [Check: [Bool]] = [:]
        var distances: [Double] = []
        var goldTypes: [String] = [], predictedTypes: [String] = []
        var regions: [String: (subtype: [Bool], coord25: [Bool])] = [:]
        for row in gold {
            let events = predictions[row.docID] ?? []
            let event = bestMatch(row, events)
            let d = event.flatMap { distance(row, $0) }
            if let d { distances.append(d) }
            goldTypes.append(row.subEventType)
            predictedTypes.append(event?.subEventType.rawValue ?? "NONE")
            let results: [Check: Bool] = [
                .detected: !events.isEmpty,
                .eventType: event.map { NameMatching.fold($0.eventType.rawValue) == NameMatching.fold(row.eventType) } ?? false,
                .subEventType: predictedTypes.last == goldTypes.last,
                .country: event.map { NameMatching.nameKey($0.country) == NameMatching.nameKey(row.country) } ?? false,
                .admin1: event.map { NameMatching.sameAdmin($0.admin1, row.admin1) } ?? false,
                .coord25: d.map { $0 <= 25 } ?? false,
                .coord100: d.map { $0 <= 100 } ?? false,
                .eventDate: event.map { $0.eventDate.description == row.eventDate } ?? false,
                .fatalities: event.map { $0.fatalities == row.fatalities } ?? false,
                .actor1: event.map { NameMatching.sameActor(gold: row.actor1, predicted: $0.actor1) } ?? false,
            ]
            for (check, ok) in results { checks[check, default: []].append(ok) }
            regions[row.region, default: ([], [])].subtype.append(results[.subEventType]!)
            regions[row.region, default: ([], [])].coord25.append(results[.coord25]!)
        }
        let ids = Set(gold.map(\.docID))
        let eventCount = ids.reduce(0) { $0 + (predictions[$1]?.count ?? 0) }
        let classes = f1Table(gold: goldTypes, predicted: predictedTypes)
        let totalSupport = classes.values.reduce(0) { $0 + $1.support }
        func rate(_ check: Check) -> Double {
            let flags = checks[check] ?? []
            return flags.isEmpty ? 0 : Double(flags.filter { $0 }.count) / Double(flags.count)
        }
        return ACLEDScore(
            documents: gold.count,
            eventsPerDocument: ids.isEmpty ? 0 : Double(eventCount) / Double(ids.count),
            detection: rate(.detected), eventType: rate(.eventType), subEventType: rate(.subEventType),
            subEventTypeMacroF1: classes.isEmpty ? 0 : classes.values.reduce(0) { $0 + $1.f1 } / Double(classes.count),
            subEventTypeWeightedF1: totalSupport == 0
                ? 0 : classes.values.reduce(0) { $0 + $1.f1 * Double($1.support) } / Double(totalSupport),
            country: rate(.country), admin1: rate(.admin1), coord25: rate(.coord25), coord100: rate(.coord100),
            medianDistanceKm: median(distances), withCoordinates: distances.count,
            eventDate: rate(.eventDate), fatalities: rate(.fatalities), actor1: rate(.actor1),
            regions: regions.mapValues { flags in
                ACLEDScore.RegionScore(
                    count: flags.coord25.count,
                    subEventType: Double(flags.subtype.filter { $0 }.count) / Double(flags.subtype.count),
                    coord25: Double(flags.coord25.filter { $0 }.count) / Double(flags.coord25.count))
            },
            subEventTypes: classes)
    }

    private enum Check: Hashable {
        case detected, eventType, subEventType, country, admin1, coord25, coord100, eventDate, fatalities, actor1
    }

    /// The event of the same sub-event type as gold if any, nearest first; else the nearest.
    static func bestMatch(_ row: ACLEDGoldRow, _ events: [Event]) -> Event? {
        func key(_ event: Event) -> (Int, Double) {
            (event.subEventType.rawValue == row.subEventType ? 0 : 1, distance(row, event) ?? .infinity)
        }
        return events.min { key($0) < key($1) }
    }

    /// The great-circle distance in km between the gold and the predicted point.
    static func distance(_ row: ACLEDGoldRow, _ event: Event) -> Double? {
        guard let lat1 = row.latitude, let lon1 = row.longitude, let lat2 = event.latitude,
              let lon2 = event.longitude else { return nil }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians, dLon = (lon2 - lon1) * radians
        let a = pow(sin(dLat / 2), 2) + cos(lat1 * radians) * cos(lat2 * radians) * pow(sin(dLon / 2), 2)
        return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
    }

    /// Per-class precision, recall and F1 over the taxonomy's sub-event types seen in gold or predictions.
    static func f1Table(gold: [String], predicted: [String]) -> [String: ACLEDScore.ClassScore] {
        let taxonomy = Set(SubEventType.allCases.map(\.rawValue))
        let classes = taxonomy.intersection(Set(gold).union(predicted))
        var table: [String: ACLEDScore.ClassScore] = [:]
        for label in classes {
            let truePositives = zip(gold, predicted).filter { $0 == label && $1 == label }.count
            let predictedCount = predicted.filter { $0 == label }.count
            let support = gold.filter { $0 == label }.count
            let precision = predictedCount == 0 ? 0 : Double(truePositives) / Double(predictedCount)
            let recall = support == 0 ? 0 : Double(truePositives) / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            table[label] = .init(precision: precision, recall: recall, f1: f1, support: support)
        }
        return table
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
