public import Foundation

/// A watched feed (RSS, Atom or JSON Feed, or a section front page whose article links are followed)
/// and the state of its polling, as `vigil feeds list` shows it.
public struct FeedRecord: Sendable, Hashable, Codable {
    /// The feed's address; one subscription per URL.
    public var url: String
    /// What users call it (`--name`), by default the feed's host.
    public var name: String
    /// Outlet name given to its articles (`--source`); nil keeps the feed's own title.
    public var source: String?
    /// Seconds between polls when all goes well.
    public var everySeconds: Int
    /// A section front page (HTML) whose links to articles on the same site are followed, not a feed.
    public var isPage: Bool
    /// When it was added (ISO 8601, UTC).
    public var added: String
    /// Validators of the last 200 answer, sent back for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    /// When it was last polled, and last polled without an error.
    public var lastPolled: String?
    public var lastSuccess: String?
    /// The last poll's error, cleared by a success.
    public var lastError: String?
    /// Errors in a row: each doubles the wait before the next poll (exponential back-off).
    public var failures: Int
    /// When it is due (ISO 8601, UTC).
    public var nextPoll: String
    /// Articles stored from it since it was added.
    public var itemsStored: Int

    public init(
        url: String, name: String, source: String? = nil, everySeconds: Int, isPage: Bool = false, added: String,
        etag: String? = nil, lastModified: String? = nil, lastPolled: String? = nil, lastSuccess: String? = nil,
        lastError: String? = nil, failures: Int = 0, nextPoll: String, itemsStored: Int = 0
    ) {
        self.url = url
        self.name = name
        self.source = source
        self.everySeconds = everySeconds
        self.isPage = isPage
        self.added = added
        self.etag = etag
        self.lastModified = lastModified
        self.lastPolled = lastPolled
        self.lastSuccess = lastSuccess
        self.lastError = lastError
        self.failures = failures
        self.nextPoll = nextPoll
        self.itemsStored = itemsStored
    }

    /// A time as feeds store it: ISO 8601 in UTC, to the second.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0,
            c.second ?? 0)
    }

    enum CodingKeys: String, CodingKey {
        case url, name, source, etag, failures
        case everySeconds = "every_seconds"
        case isPage = "page"
        case added
        case lastModified = "last_modified"
        case lastPolled = "last_polled"
        case lastSuccess = "last_success"
        case lastError = "last_error"
        case nextPoll = "next_poll"
        case itemsStored = "items_stored"
    }
}
