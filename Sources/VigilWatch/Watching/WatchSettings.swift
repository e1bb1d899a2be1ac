import Foundation

/// How a watcher polls: who it is (for leases), how politely, and what it keeps.
public struct WatchSettings: Sendable {
    /// Names this watcher in feed leases (`host:pid`).
    public var owner: String
    /// Seconds a claimed feed stays this watcher's before another may poll it.
    public var leaseSeconds = 600
    /// Seconds between two requests to one host (a larger `Crawl-delay` in its robots.txt wins).
    public var hostDelaySeconds = 1.0
    /// Feeds claimed per round.
    public var feedsPerRound = 64
    /// Minimum estimated Jaccard similarity for a near-duplicate, as `vigil ingest --near-duplicate`.
    public var nearDuplicateThreshold = 0.8
    /// An item with less text than this is a summary: its article page is fetched and read instead.
    public var summaryCharacters = 600
    /// New items taken from one feed per poll; the rest wait for the next poll.
    public var itemsPerPoll = 100
    /// Article pages fetched for summaries per poll; other summaries are stored as they are.
    public var articlesPerPoll = 20

    public init(owner: String = WatchSettings.defaultOwner) {
        self.owner = owner
    }

    /// This process, as `host:pid`.
    public static var defaultOwner: String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }
}
