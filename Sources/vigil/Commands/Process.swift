import ArgumentParser
import VigilExtract
import VigilModel
import VigilStore

/// `vigil process`: extract events for every story not yet processed.
struct Process: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from every new story in the database.",
        discussion: """
            Each story (an article and its near-copies) is extracted once, from its first document.
            Idempotent and resumable: run it again after an interruption or after new ingests, and it
            picks up where it stopped. --all re-extracts every story (after an upgrade or retraining).
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Re-extract every story, not only new ones.") var all = false
    @Flag(help: "Print the summary as JSON.") var json = false

    /// Stored with each story; a new value makes `vigil process` redo old stories.
    static let extractorVersion = "vigil-extract-1"

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let extractor = try Extractor.loadDefault()
            if all { try store.markAllStoriesPending() }
            let version = Process.extractorVersion
            var stories = 0, events = 0, tallies = 0
            let progress = Console.Progress(label: "processing")
            let total = try store.stats().stories
            while true {
                let batch = try store.pendingStories(extractorVersion: version, limit: 256)
                if batch.isEmpty { break }
                for document in batch {
                    let extraction = extractor.extract(document)
                    try store.saveExtraction(
                        storyID: document.storyID, extractorVersion: version, events: extraction.events,
                        tallies: extraction.tallies)
                    stories += 1
                    events += extraction.events.count
                    tallies += extraction.tallies.count
                    progress.update(done: stories, total: total, detail: "\(events) events")
                }
            }
            progress.finish()
            if json {
                try JSONOutput.printLine(["stories": stories, "events": events, "tallies": tallies])
            } else {
                print("processed \(stories) stor\(stories == 1 ? "y" : "ies"): \(events) events, \(tallies) tallies")
            }
        }
    }
}
