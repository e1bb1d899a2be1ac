import Foundation
import Testing
import VigilExtract
import VigilModel

/// Reads documents from a JSONL file with at least `id` and `text` (and optionally `title`, `published`).
func readDocuments(_ url: URL) throws -> [Document] {
    let content = try String(contentsOf: url, encoding: .utf8)
    return try content.split(separator: "\n").compactMap { line in
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return Document(
            id: "\(object["id"] ?? "")", source: object["source"] as? String ?? "", title: object["title"] as? String ?? "",
            published: (object["published"] as? String).flatMap(CalendarDay.init(iso:)), text: object["text"] as? String ?? "")
    }
}

/// Whether the reference article is beside the repository (`../shared/seed`); a clone without it skips the checks that read it.
let seedURL = repositoryRoot.appendingPathComponent("../shared/seed/seed.docs.jsonl")
let hasSeed = FileManager.default.fileExists(atPath: seedURL.path)

@Suite(.enabled(if: hasSeed, "skipped: ../shared/seed (the reference article) is not beside this repository"))
struct SeedTests {
    let extraction: Extraction

    init() throws {
        extraction = sharedExtractor.extract(try readDocuments(seedURL)[0])
    }

    @Test func fourDroneStrikesOnMonday() {
        let strikes = extraction.events.filter { $0.eventDate.description == "2023-11-06" }
        #expect(strikes.count == 4)
        #expect(extraction.events.allSatisfy { ["2023-11-06", "2023-10-26"].contains($0.eventDate.description) })
        for event in strikes {
            #expect(event.subEventType == .airDroneStrike)
            #expect(event.actor1 == "Islamic Resistance in Iraq")
            #expect(event.actor2 == "Military Forces of the United States")
            #expect(event.claimed)
            #expect(event.fatalities == 0)
            #expect(event.timePrecision == .day)
            #expect(Set(event.evidence.map(\.field)).isSuperset(of: ["sub_event_type", "location", "actor1", "claimed"]))
        }
        let counts = Dictionary(strikes.map { ($0.location, $0.attackCount) }, uniquingKeysWith: +)
        #expect(counts == ["Ain al-Asad Airbase": 3, "Erbil International Airport": 1, "Tal Baydar": 1, "Al Tanf": 1])
    }

    @Test func tallyOf38Attacks() throws {
        let tallies = extraction.tallies.filter { $0.count == 38 }
        #expect(tallies.count == 1)
        let tally = try #require(tallies.first)
        #expect(tally.since?.description == "2023-10-17")
        #expect(tally.counted == "attacks")
        #expect(tally.injured == 45)
        #expect(tally.breakdown.map(\.country) == ["Iraq", "Syria"])
        #expect(tally.breakdown.map(\.count) == [20, 18])
        #expect(tally.reporter.contains("Pat Ryder"))
    }
}
