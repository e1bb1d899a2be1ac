import ArgumentParser
import VigilModel
import VigilStore

/// `vigil stats`: what the database holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count documents, sources, stories, events (once per real-world event, rejected ones left out), reports and tallies.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON.") var json = false

    /// What `--json` prints: the store's counts, with events counted once per real-world event.
    struct Output: Encodable {
        var stats: StoreStats
        var statistics: EventStatistics

        enum CodingKeys: String, CodingKey {
            case documents, sources, stories, storiesPending = "stories_pending", events, reports, tallies
            case eventsByType = "events_by_type", eventsByCountry = "events_by_country"
            case firstEventDate = "first_event_date", lastEventDate = "last_event_date"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stats.documents, forKey: .documents)
            try container.encode(stats.sources, forKey: .sources)
            try container.encode(stats.stories, forKey: .stories)
            try container.encode(stats.storiesPending, forKey: .storiesPending)
            try container.encode(statistics.events, forKey: .events)
            try container.encode(stats.events, forKey: .reports)
            try container.encode(stats.tallies, forKey: .tallies)
            try container.encode(Self.counts(statistics.byType), forKey: .eventsByType)
            try container.encode(Self.counts(statistics.byCountry), forKey: .eventsByCountry)
            try container.encodeIfPresent(statistics.byDay.first?.date, forKey: .firstEventDate)
            try container.encodeIfPresent(statistics.byDay.last?.date, forKey: .lastEventDate)
        }

        static func counts(_ named: [EventStatistics.NamedCount]) -> [String: Int] {
            Dictionary(named.map { ($0.name, $0.count) }, uniquingKeysWith: +)
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.openReviewed()
            let output = Output(stats: try store.stats(), statistics: try store.eventStatistics(EventSearch(), actorLimit: 1))
            if json {
                try JSONOutput.printLine(output)
                return
            }
            let stats = output.stats, statistics = output.statistics
            print("documents  \(stats.documents) (\(stats.sources) sources)")
            print("stories    \(stats.stories) (\(stats.storiesPending) waiting for `vigil process`)")
            print("events     \(statistics.events) real-world events from \(stats.events) extracted reports"
                + (statistics.byDay.first.map { " from \($0.date) to \(statistics.byDay.last?.date ?? $0.date)" } ?? ""))
            print("tallies    \(stats.tallies)")
            for type in statistics.byType { print("  \(type.name): \(type.count)") }
            if !statistics.byCountry.isEmpty {
                print("countries  " + statistics.byCountry.map { "\($0.name.isEmpty ? "unknown" : $0.name) \($0.count)" }.joined(separator: ", "))
            }
        }
    }
}
