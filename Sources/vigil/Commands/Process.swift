import ArgumentParser
import VigilExtract
import VigilModel
import VigilPipeline
import VigilStore
import VigilWatch

/// `vigil process`: extract events for every story not yet processed.
struct Process: ExtractingCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Extract events from every new story in the database.",
        discussion: """
            Each story (an article and its near-copies) is extracted once, from its first document. \
            Idempotent and resumable: run it again after an interruption or after new ingests, and it \
            picks up where it stopped. --all re-extracts every story (after an upgrade or retraining).
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Re-extract every story, not only new ones.") var all = false
    @Flag(help: "Print the summary as JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let extractor = try Extractor.loadDefault(customPlaces: store.customPlaces())
            if all { try store.markAllStoriesPending() }
            let progress = Console.Progress(label: "processing")
            let done = try StoryProcessor(store: store, extractor: extractor).run { stories, total, events in
                progress.update(done: stories, total: total, detail: "\(events) events")
            }
            progress.finish()
            let alerts = try Alerts.dispatcher(store)?.enqueue(canonicalEventIDs: done.canonicalEventIDs) ?? 0
            if json {
                try JSONOutput.printLine([
                    "stories": done.stories, "events": done.events, "tallies": done.tallies,
                    "canonical_events": done.canonicalEvents, "alerts_queued": alerts,
                ])
            } else {
                print("processed \(done.stories) stor\(done.stories == 1 ? "y" : "ies"): \(done.events) events, \(done.tallies) tallies; linked into \(done.canonicalEvents) canonical events")
                if alerts > 0 {
                    print("queued \(alerts) alert deliver\(alerts == 1 ? "y" : "ies") (`vigil watch` or `vigil alerts deliver` sends them)")
                }
            }
        }
    }
}
