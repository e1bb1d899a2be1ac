import ArgumentParser
import VigilLink
import VigilModel
import VigilStore

/// `vigil tallies`: each reported tally against what the database holds.
struct Tallies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tallies",
        abstract: "Compare each reported tally with the events Vigil holds for the same period, places and target.",
        discussion: """
            A tally is an aggregate a source reports ("38 attacks on US troops since October 17, 20 in \
            Iraq and 18 in Syria"). Vigil counts its own canonical events (linked, so each real event \
            counts once) in the tally's period (through the report's date when it gives no end), in the \
            countries of its breakdown and aimed at its target, and shows both side by side:
              Pentagon: 38 attacks on US troops since 2023-10-17 (Iraq 20, Syria 18); Vigil: 4 events, 6 attacks (Iraq 2, Syria 2)
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON lines.") var json = false

    /// One line of `--json` output.
    struct Line: Encodable {
        var tally: Tally
        var vigilEvents: [String]
        var vigilCount: Int
        var byCountry: [String: Int]
        var summary: String

        enum CodingKeys: String, CodingKey {
            case tally
            case vigilEvents = "vigil_events"
            case vigilCount = "vigil_count"
            case byCountry = "by_country"
            case summary
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let tallies = try store.tallies()
            if tallies.isEmpty { print("no tallies (run `vigil process` after `vigil ingest`)") }
            for tally in tallies {
                let reportDate = try store.document(id: tally.docID)?.document.published
                let events = try store.canonicalEvents(
                    EventQuery(from: tally.since, to: tally.until ?? reportDate, limit: Int(Int32.max))
                ).map(\.event)
                let coverage = TallyCoverage(tally: tally, events: events, reportDate: reportDate)
                if json {
                    try JSONOutput.printLine(
                        Line(
                            tally: tally, vigilEvents: coverage.events.map(\.eventID), vigilCount: coverage.counted,
                            byCountry: Dictionary(coverage.parts.map { ($0.country, $0.counted) }, uniquingKeysWith: +),
                            summary: coverage.summary))
                } else {
                    print(coverage.summary)
                }
            }
        }
    }
}
