import ArgumentParser
import Foundation
import VigilExtract
import VigilLink
import VigilModel
import VigilPipeline
import VigilStore
import VigilWatch

/// `vigil worker`: one of many processes that extract and link stories from a shared database.
struct Worker: ExtractingCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Extract and link stories as they arrive, alongside other workers on the same database.",
        discussion: """
            Claims stories not yet extracted in batches, each for a lease (--lease seconds), extracts \
            their events and tallies, saves each story in its own transaction, and repeats; every 512 \
            stories, and whenever no story is left, it links the new reports (and any a stopped \
            worker left unlinked) while holding the database's linking lock. On PostgreSQL any number \
            of workers on any number of machines share the work: a claim skips the stories other \
            workers hold (FOR UPDATE SKIP LOCKED), so no story is processed twice, and the stories of \
            a worker that died are claimed again once its lease expires. On a SQLite file, run one \
            worker at a time. Without --exit-when-idle the worker waits for new stories.
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Exit when no story is left, instead of waiting for new ones.") var exitWhenIdle = false
    @Option(help: ArgumentHelp("Stories claimed at a time.", valueName: "N")) var batch = 32
    @Option(help: ArgumentHelp("How long a claim lasts before another worker may take the story.", valueName: "SECONDS"))
    var lease = 300
    @Option(help: ArgumentHelp("How long to wait between looks for new stories when idle.", valueName: "SECONDS"))
    var idleWait = 5.0
    @Flag(help: "Print the summary as JSON.") var json = false

    /// Stories extracted between linking runs: linking reads the reports of the surrounding days,
    /// so linking after every small batch would read them again and again.
    static let storiesPerLink = 512

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch \(batch) must be positive") }
        guard lease > 0 else { throw ValidationError("--lease \(lease) must be positive") }
        guard idleWait > 0 else { throw ValidationError("--idle-wait \(idleWait) must be positive") }
    }

    func run() throws {
        try reportingErrors {
            guard let queue = try store.open() as? any StoryQueue else {
                throw CLIError("this database cannot hand out stories to workers", code: .ioError)
            }
            let owner = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
            let processor = StoryProcessor(store: queue, extractor: try Extractor.loadDefault(customPlaces: queue.customPlaces()))
            let alerts = Alerts.dispatcher(queue)
            var stories = 0, events = 0, tallies = 0, linked = 0
            var unlinked: [Event] = []
            var unlinkedStories = 0
            func link() throws {
                let summary = try queue.whileLinking { try LinkingPass.update(queue, extracted: unlinked) }
                linked += summary.events
                _ = try alerts?.enqueue(canonicalEventIDs: summary.eventIDs)
                unlinked = []
                unlinkedStories = 0
            }
            while true {
                let claimed = try queue.claimStories(
                    extractorVersion: StoryProcessor.extractorVersion, owner: owner, limit: batch, leaseSeconds: lease)
                if claimed.isEmpty {
                    // Idle: link what this worker extracted, and whatever a dead worker left unlinked.
                    try link()
                    if exitWhenIdle { break }
                    Thread.sleep(forTimeInterval: idleWait)
                    continue
                }
                for document in claimed {
                    let extraction = try processor.extractAndSave(document)
                    unlinked += extraction.events
                    events += extraction.events.count
                    tallies += extraction.tallies.count
                }
                stories += claimed.count
                unlinkedStories += claimed.count
                if unlinkedStories >= Worker.storiesPerLink { try link() }
                if !json {
                    Console.error("worker \(owner): \(stories) stories, \(events) events so far")
                }
            }
            if json {
                try JSONOutput.printLine([
                    "stories": stories, "events": events, "tallies": tallies, "canonical_events_saved": linked,
                ])
            } else {
                print("worker \(owner) processed \(stories) stor\(stories == 1 ? "y" : "ies"): \(events) events, \(tallies) tallies; saved \(linked) canonical events")
            }
        }
    }
}
