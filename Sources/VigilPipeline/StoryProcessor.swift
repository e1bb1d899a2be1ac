import Foundation
import VigilExtract
import VigilLink
import VigilModel
import VigilStore

/// Extracts every story not yet extracted, then links the new reports across sources: what
/// `vigil process` and `vigil serve --process` run.
struct StoryProcessor {
    let store: any Store
    let extractor: Extractor

    /// What one run did.
    struct Summary {
        var stories = 0
        var events = 0
        var tallies = 0
        var canonicalEvents = 0
        /// Seconds spent extracting and saving, and linking (`vigil bench link` compares them).
        var extractionSeconds = 0.0
        var linkingSeconds = 0.0
    }

    /// Processes pending stories in batches until none is left.
    func run(progress: Console.Progress? = nil) throws -> Summary {
        var summary = Summary()
        var extracted: [Event] = []
        let started = Date()
        let total = progress == nil ? 0 : try store.stats().storiesPending
        while true {
            let batch = try store.pendingStories(extractorVersion: Process.extractorVersion, limit: 256)
            if batch.isEmpty { break }
            for document in batch {
                let extraction = try extractAndSave(document)
                extracted += extraction.events
                summary.stories += 1
                summary.events += extraction.events.count
                summary.tallies += extraction.tallies.count
                progress?.update(done: summary.stories, total: total, detail: "\(summary.events) events")
            }
        }
        progress?.finish()
        summary.extractionSeconds = Date().timeIntervalSince(started)
        // Cross-source linking: reports of one event from several stories become one canonical event.
        let linking = Date()
        summary.canonicalEvents = try Link.update(store, extracted: extracted).events
        summary.linkingSeconds = Date().timeIntervalSince(linking)
        return summary
    }

    /// Extracts one story's document and stores its events, tallies and the sentences linking compares.
    func extractAndSave(_ document: Document) throws -> Extraction {
        let extraction = extractor.extract(document)
        // The context first: a worker linking meanwhile must never see these events without it.
        try store.saveLinkContexts(Dictionary(extraction.events.map {
            ($0.eventID, EvidenceSentences.sentences(of: $0.evidence, in: document.text))
        }, uniquingKeysWith: { a, _ in a }))
        try store.saveExtraction(
            storyID: document.storyID, extractorVersion: Process.extractorVersion, events: extraction.events,
            tallies: extraction.tallies)
        return extraction
    }
}
