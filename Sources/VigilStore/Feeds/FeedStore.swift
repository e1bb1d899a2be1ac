public import Foundation

/// Watched feeds, their polling state, and the items already taken from them, so that a
/// restarted watcher fetches nothing twice. Times are ISO 8601 UTC strings (`2026-12-07T08:00:00Z`),
/// which sort as they compare.
public protocol FeedStore: Sendable {
    /// Adds a feed.
    /// - Throws: ``StoreError`` when its URL is already watched.
    func addFeed(_ feed: FeedRecord) throws
    /// Stops watching the feed at `url` and forgets its items; false when none is there.
    func removeFeed(url: String) throws -> Bool
    /// Every feed, by name.
    func feeds() throws -> [FeedRecord]
    /// Claims up to `limit` feeds due at `now` that no live lease holds, for `owner` during
    /// `leaseSeconds`: with several watchers on one database, each feed is polled by one of them.
    func claimDueFeeds(now: Date, owner: String, leaseSeconds: Int, limit: Int) throws -> [FeedRecord]
    /// Saves a poll's outcome (validators, times, error, failures, next poll), adds `stored` to its
    /// articles stored, and releases the lease, if `owner` still holds it: false when another
    /// watcher took the feed over meanwhile (or it was removed), and nothing is saved.
    func savePoll(_ feed: FeedRecord, owner: String, stored: Int) throws -> Bool
    /// The keys among `keys` (item ids or links) not yet taken from the feed at `feedURL`.
    func unseenFeedItems(feedURL: String, keys: [String]) throws -> [String]
    /// Records items as taken from the feed, at `seen`; nothing when the feed was removed meanwhile.
    func markFeedItemsSeen(feedURL: String, keys: [String], seen: String) throws
    /// Items taken from each feed (by URL) since `since`.
    func feedItemCounts(since: String) throws -> [String: Int]
}
