import Foundation
public import VigilExtract
import VigilLink
public import VigilModel
public import VigilStore
import VigilText

/// Extracts every story not yet extracted, then links the new reports across sources: what
/// `vigil process`, `vigil serve --process`, workers and the feed watcher run.
public struct StoryProcessor: Sendable {
    public let store: any Store
    public let extractor: Extractor

    /// One run at a time in a process (`vigil serve --process --watch` has two callers): two runs would
    /// take the same pending stories.
    private static let running = NSLock()

    /// Stored with each story; a new value makes `vigil process` redo old stories.
    public static let extractorVersion = "vigil-extract-1"

    public init(store: any Store, extractor: Extractor) {
        self.store = store
        self.extractor = extractor
    }

    /// What one run did.
    public struct Summary: Sendable {
        public var stories = 0
        public var events = 0
        public var tallies = 0
        public var canonicalEvents = 0
        /// The ids of the canonical events saved (`ce-…`): new ones and those a new report changed.
        public var canonicalEventIDs: Set<String> = []
        /// Seconds spent extracting and saving, and linking (`vigil bench link` compares them).
        public var extractionSeconds = 0.0
        public var linkingSeconds = 0.0
    }

    /// Processes pending stories in batches until none is left; `progress` hears how many stories
    /// of how many are done, and how many events they gave.
    public func run(progress: ((_ stories: Int, _ total: Int, _ events: Int) -> Void)? = nil) throws -> Summary {
        Self.running.lock()
        defer { Self.running.unlock() }
        var summary = Summary()
        var extracted: [Event] = []
        let started = Date()
        let total = progress == nil ? 0 : try store.stats().storiesPending
        while true {
            let batch = try store.pendingStories(extractorVersion: Self.extractorVersion, limit: 256)
            if batch.isEmpty { break }
            for document in batch {
                let extraction = try extractAndSave(document)
                extracted += extraction.events
                summary.stories += 1
                summary.events += extraction.events.count
                summary.tallies += extraction.tallies.count
                progress?(summary.stories, total, summary.events)
            }
        }
        summary.extractionSeconds = Date().timeIntervalSince(started)
        // Cross-source linking: reports of one event from several stories become one canonical event.
        let linking = Date()
        let linked = try LinkingPass.update(store, extracted: extracted)
        summary.canonicalEvents = linked.events
        summary.canonicalEventIDs = linked.eventIDs
        summary.linkingSeconds = Date().timeIntervalSince(linking)
        return summary
    }

    /// Extracts one story's document and stores its events, tallies and the sentences linking compares.
    public func extractAndSave(_ document: Document) throws -> Extraction {
        // One reading of the text serves extraction and the context sentences.
        let analyzed = AnalyzedText(document.text)
        let extraction = extractor.extract(document, analyzed: analyzed)
        // The context first: a worker linking meanwhile must never see these events without it.
        let sentences = EvidenceSentences(analyzed: analyzed)
        try store.saveLinkContexts(Dictionary(extraction.events.map {
            ($0.eventID, sentences.context(of: $0.evidence))
        }, uniquingKeysWith: { a, _ in a }))
        try store.saveExtraction(
            storyID: document.storyID, extractorVersion: Self.extractorVersion, events: extraction.events,
            tallies: extraction.tallies)
        return extraction
    }
}
