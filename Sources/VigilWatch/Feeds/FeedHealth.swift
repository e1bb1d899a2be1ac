public import Foundation
public import VigilStore

/// A feed as `vigil feeds list` and `GET /api/feeds` show it: its schedule and how its polls went.
public struct FeedHealth: Encodable, Sendable {
    public var feed: FeedRecord
    /// Articles taken from it in the last 24 hours.
    public var itemsLastDay: Int

    public init(feed: FeedRecord, itemsLastDay: Int) {
        self.feed = feed
        self.itemsLastDay = itemsLastDay
    }

    enum CodingKeys: String, CodingKey { case itemsLastDay = "items_last_day" }

    public func encode(to encoder: any Encoder) throws {
        try feed.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(itemsLastDay, forKey: .itemsLastDay)
    }

    /// One line for a terminal.
    public var line: String {
        var parts = ["\(feed.name)  \(feed.url)\(feed.isPage ? " (page: its article links are followed)" : "")", "every \(PollInterval(seconds: feed.everySeconds))"]
        parts.append("last success \(feed.lastSuccess ?? "never")")
        if let error = feed.lastError { parts.append("last error \"\(error)\" (\(feed.failures) in a row)") }
        parts.append("\(itemsLastDay) article\(itemsLastDay == 1 ? "" : "s") in the last day, \(feed.itemsStored) in all")
        parts.append("next poll \(feed.nextPoll)")
        return parts.joined(separator: "  ·  ")
    }

    /// Every feed of `store` with its articles of the last day, as of `now`.
    public static func all(in store: any FeedStore, now: Date = Date()) throws -> [FeedHealth] {
        let lastDay = try store.feedItemCounts(since: FeedRecord.timestamp(now.addingTimeInterval(-86_400)))
        return try store.feeds().map { FeedHealth(feed: $0, itemsLastDay: lastDay[$0.url] ?? 0) }
    }
}
