public import Foundation

/// Watched feeds, their polling state, and the items already taken from them, so that a
/// restarted watcher fetches nothing twice. Times are ISO 8601 UTC strings (`2026-12-07T08:00:00Z`),
/// which sort as they compare.
public protocol FeedStore: Sendable {
    /// Adds a feed.
    /// - Throws: ``StoreError`` when its URL is already watched.
    func addFeed(_ feed: FeedRecord) throws
    /// Stops watching a feed (by URL or name) and forgets its items; false when none matches.
    func removeFeed(_ urlOrName: String) throws -> Bool
    /// Every feed, by name.
    func feeds() throws -> [FeedRecord]
    /// Claims up to `limit` feeds due at `now` that no live lease holds, for `owner` during
    /// `leaseSeconds`: with several watchers on one database, each feed is polled by one of them.
    func claimDueFeeds(now: Date, owner: String, leaseSeconds: Int, limit: Int) throws -> [FeedRecord]
    /// Saves a poll's outcome (validators, times, error, failures, next poll, items stored) and
    /// releases the feed's lease.
    func savePoll(_ feed: FeedRecord) throws
    /// The keys among `keys` (item ids or links) not yet taken from the feed at `feedURL`.
    func unseenFeedItems(feedURL: String, keys: [String]) throws -> [String]
    /// Records items as taken from the feed, at `seen`.
    func markFeedItemsSeen(feedURL: String, keys: [String], seen: String) throws
    /// Items taken from each feed (by URL) since `since`.
    func feedItemCounts(since: String) throws -> [String: Int]
}
