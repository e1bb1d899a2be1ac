import Foundation
import VigilLink
import VigilModel

/// The linking corpus (Tests/Fixtures/linking), its truth, and the hand-coded reports of it.
enum LinkFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let linking = repositoryRoot.appendingPathComponent("Tests/Fixtures/linking")

    /// doc_id → the event keys it reports (truth.tsv).
    static func truth() throws -> [String: [String]] {
        var truth: [String: [String]] = [:]
        for line in try lines(linking.appendingPathComponent("truth.tsv")).dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            truth[fields[0], default: []].append(fields[1])
        }
        return truth
    }

    /// The corpus documents (corpus.jsonl).
    static func documents() throws -> [Document] {
        try jsonlDocuments(linking.appendingPathComponent("corpus.jsonl"))
    }

    /// Documents of a JSONL file `{"id","text","title"?,"published"?,"source"?}`.
    static func jsonlDocuments(_ url: URL) throws -> [Document] {
        try lines(url).map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return Document(
                id: "\(object["id"] ?? "")", source: object["source"] as? String ?? "",
                title: object["title"] as? String ?? "",
                published: (object["published"] as? String).flatMap(CalendarDay.init(iso:)),
                text: object["text"] as? String ?? "")
        }
    }

    /// The reports a careful coder would extract from the corpus, one per (document, event):
    /// `Tests/VigilLinkTests/Fixtures/hand-coded.tsv`.
    static func handCoded() throws -> [LinkReport] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hand-coded.tsv")
        return try lines(url).dropFirst().map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let place = Double(f[10]).map { latitude in
                Place(
                    name: f[7], latitude: latitude, longitude: Double(f[11])!, country: f[9], iso3: "", admin1: f[8],
                    geoPrecision: GeoPrecision(rawValue: Int(f[12])!)!)
            }
            let fatalities = Int(f[13])
            var evidence: [Evidence] = []
            if fatalities != nil { evidence.append(Evidence(field: "fatalities", start: 0, end: 0, text: f[13])) }
            let event = Event(
                docID: f[1], eventID: f[0], eventDate: CalendarDay(iso: f[2])!,
                timePrecision: TimePrecision(rawValue: Int(f[3])!)!, subEventType: try SubEventType(validating: f[4]),
                actor1: f[5], actor2: f[6], inter1: .none, place: place, fatalities: fatalities ?? 0,
                injuries: Int(f[14]), weapon: f[15].isEmpty ? nil : f[15], claimed: f[16] == "1", confidence: 0.8,
                evidence: evidence)
            return LinkReport(event: event, context: f[17])
        }
    }

    /// The true event of each report: among its document's events, the one on the report's date,
    /// else the nearest; among same-day events, the one whose key names the report's weapon.
    static func trueEvent(of event: Event, keys: [String]) -> String? {
        let ranked = keys.sorted { a, b in
            let (da, db) = (distance(event, a), distance(event, b))
            if da != db { return da < db }
            return weaponMatch(event, a) && !weaponMatch(event, b)
        }
        return ranked.first
    }

    /// Assigns each document's extracted events to its true events one to one (nearest date first);
    /// events left over (spurious) get no key.
    static func assign(_ events: [Event], truth: [String: [String]]) -> [String: String] {
        var assigned: [String: String] = [:]
        for (doc, docEvents) in Dictionary(grouping: events, by: \.docID) {
            var free = truth[doc] ?? []
            var pairs: [(event: Event, key: String)] = []
            for event in docEvents { for key in free { pairs.append((event, key)) } }
            pairs.sort { a, b in
                let (da, db) = (distance(a.event, a.key), distance(b.event, b.key))
                if da != db { return da < db }
                let (wa, wb) = (weaponMatch(a.event, a.key), weaponMatch(b.event, b.key))
                if wa != wb { return wa }
                return (a.event.eventID, a.key) < (b.event.eventID, b.key)
            }
            for pair in pairs where assigned[pair.event.eventID] == nil && free.contains(pair.key) {
                assigned[pair.event.eventID] = pair.key
                free.removeAll { $0 == pair.key }
            }
        }
        return assigned
    }

    private static func distance(_ event: Event, _ key: String) -> Int {
        guard let day = CalendarDay(iso: String(key.prefix(10))) else { return Int.max }
        return abs(day.daysSinceEpoch - event.eventDate.daysSinceEpoch)
    }

    private static func weaponMatch(_ event: Event, _ key: String) -> Bool {
        let words = (event.weapon ?? "") + " " + event.subEventType.rawValue
        return (key.contains("drone") && words.lowercased().contains("drone"))
            || (key.contains("rockets") && words.lowercased().contains("rocket"))
    }

    private static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}
