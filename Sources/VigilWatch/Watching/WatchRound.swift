/// What one round of polling did, as `vigil watch` prints it.
public struct WatchRound: Sendable, Encodable {
    /// Feeds polled, of which unchanged (304) and failed.
    public var feeds = 0
    public var notModified = 0
    public var failed = 0
    /// Articles stored as new documents (new stories and near-copies joining one).
    public var stored = 0
    /// Articles already stored (a source was added).
    public var duplicates = 0
    /// Items refused (no text, too large), each named in `messages`.
    public var rejected = 0
    /// Events extracted from the new stories, and the canonical events they made or changed.
    public var events = 0
    public var canonicalEventIDs: Set<String> = []
    /// Alert deliveries queued this round, and the due ones sent: accepted, to be retried, given up.
    public var alertsQueued = 0
    public var alertsDelivered = 0
    public var alertsRetrying = 0
    public var alertsFailed = 0
    /// Errors and warnings, each naming its feed.
    public var messages: [String] = []

    public init() {}

    /// Adds another part of the round (another host's feeds).
    mutating func add(_ other: WatchRound) {
        feeds += other.feeds
        notModified += other.notModified
        failed += other.failed
        stored += other.stored
        duplicates += other.duplicates
        rejected += other.rejected
        events += other.events
        canonicalEventIDs.formUnion(other.canonicalEventIDs)
        alertsQueued += other.alertsQueued
        alertsDelivered += other.alertsDelivered
        alertsRetrying += other.alertsRetrying
        alertsFailed += other.alertsFailed
        messages += other.messages
    }

    enum CodingKeys: String, CodingKey {
        case feeds, failed, stored, duplicates, rejected, events, messages
        case notModified = "not_modified"
        case canonicalEvents = "canonical_events"
        case alertsQueued = "alerts_queued"
        case alertsDelivered = "alerts_delivered"
        case alertsRetrying = "alerts_retrying"
        case alertsFailed = "alerts_failed"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(feeds, forKey: .feeds)
        try c.encode(notModified, forKey: .notModified)
        try c.encode(failed, forKey: .failed)
        try c.encode(stored, forKey: .stored)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encode(rejected, forKey: .rejected)
        try c.encode(events, forKey: .events)
        try c.encode(canonicalEventIDs.sorted(), forKey: .canonicalEvents)
        try c.encode(alertsQueued, forKey: .alertsQueued)
        try c.encode(alertsDelivered, forKey: .alertsDelivered)
        try c.encode(alertsRetrying, forKey: .alertsRetrying)
        try c.encode(alertsFailed, forKey: .alertsFailed)
        try c.encode(messages, forKey: .messages)
    }

    /// One line for a terminal.
    public var line: String {
        "polled \(feeds) feed\(feeds == 1 ? "" : "s") (\(notModified) unchanged, \(failed) failed): "
            + "\(stored) new article\(stored == 1 ? "" : "s"), \(duplicates) already stored, \(rejected) rejected; "
            + "\(events) event\(events == 1 ? "" : "s") extracted" + alertLine
    }

    private var alertLine: String {
        guard alertsQueued + alertsDelivered + alertsRetrying + alertsFailed > 0 else { return "" }
        return "; alerts: \(alertsQueued) queued, \(alertsDelivered) delivered, \(alertsRetrying) to retry, \(alertsFailed) given up"
    }

    /// Whether anything happened worth a line.
    public var isEmpty: Bool { feeds == 0 && alertsQueued + alertsDelivered + alertsRetrying + alertsFailed == 0 }
}
