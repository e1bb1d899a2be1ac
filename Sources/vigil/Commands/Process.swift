import ArgumentParser
import VigilExtract
import VigilLink
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
            let extractor = try Extractor.loadDefault(customPlaces: store.customPlaces())
            if all { try store.markAllStoriesPending() }
            let version = Process.extractorVersion
            var stories = 0, events = 0, tallies = 0
            var extracted: [Event] = []
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
                    try store.saveLinkContexts(Dictionary(extraction.events.map {
                        ($0.eventID, EvidenceSentences.sentences(of: $0.evidence, in: document.text))
                    }, uniquingKeysWith: { a, _ in a }))
                    extracted += extraction.events
                    stories += 1
                    events += extraction.events.count
                    tallies += extraction.tallies.count
                    progress.update(done: stories, total: total, detail: "\(events) events")
                }
            }
            progress.finish()
            // Cross-source linking: reports of one event from several stories become one canonical event.
            let linked = try Link.update(store, extracted: extracted)
            if json {
                try JSONOutput.printLine([
                    "stories": stories, "events": events, "tallies": tallies, "canonical_events": linked.events,
                ])
            } else {
                print("processed \(stories) stor\(stories == 1 ? "y" : "ies"): \(events) events, \(tallies) tallies; linked into \(linked.events) canonical events")
            }
        }
    }
}
