import ArgumentParser
import VigilModel
import VigilStore

/// `vigil stats`: what the database holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Count documents, sources, stories, events and tallies.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let stats = try store.open().stats()
            if json {
                try JSONOutput.printLine(stats)
                return
            }
            print("documents  \(stats.documents) (\(stats.sources) sources)")
            print("stories    \(stats.stories) (\(stats.storiesPending) waiting for `vigil process`)")
            print("events     \(stats.events)" + (stats.firstEventDate.map { " from \($0) to \(stats.lastEventDate ?? $0)" } ?? ""))
            print("tallies    \(stats.tallies)")
            for (type, count) in stats.eventsByType.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                print("  \(type): \(count)")
            }
            if !stats.eventsByCountry.isEmpty {
                print("countries  " + stats.eventsByCountry.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) })
                    .map { "\($0.key.isEmpty ? "unknown" : $0.key) \($0.value)" }.joined(separator: ", "))
            }
        }
    }
}
