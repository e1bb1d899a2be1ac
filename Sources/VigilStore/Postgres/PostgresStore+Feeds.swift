public import Foundation
import PostgresNIO

/// Feeds on PostgreSQL (migration "v7-watch"): claims skip feeds other watchers hold
/// (`FOR UPDATE SKIP LOCKED`) and take over a feed whose watcher's lease expired.
extension PostgresStore: FeedStore {
    public func addFeed(_ feed: FeedRecord) throws {
        try session.transaction { db in
            let stored = try db.execute("""
                INSERT INTO feeds (url, name, source, every_seconds, page, added, next_poll)
                VALUES (\(feed.url), \(feed.name), \(feed.source), \(feed.everySeconds), \(feed.isPage), \(feed.added), \(feed.nextPoll))
                ON CONFLICT (url) DO NOTHING
                """)
            guard stored == 1 else {
                throw StoreError("\(feed.url) is already watched; `vigil feeds remove` it first to add it again")
            }
        }
    }

    public func removeFeed(url: String) throws -> Bool {
        try session.transaction { db in try db.execute("DELETE FROM feeds WHERE url = \(url)") > 0 }
    }

    public func feeds() throws -> [FeedRecord] {
        try session.read { db in
            try db.rows("SELECT \(unescaped: Self.feedColumns) FROM feeds ORDER BY name, url").map(Self.feed)
        }
    }

    public func claimDueFeeds(now: Date, owner: String, leaseSeconds: Int, limit: Int) throws -> [FeedRecord] {
        let current = FeedRecord.timestamp(now), expires = FeedRecord.timestamp(now.addingTimeInterval(Double(leaseSeconds)))
        return try session.transaction { db in
            try db.rows("""
                UPDATE feeds SET lease_owner = \(owner), lease_expires = \(expires)
                WHERE url IN (
                    SELECT url FROM feeds
                    WHERE next_poll <= \(current) AND (lease_expires IS NULL OR lease_expires < \(current))
                    ORDER BY next_poll, url LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING \(unescaped: Self.feedColumns)
                """
            ).map(Self.feed).sorted { ($0.nextPoll, $0.url) < ($1.nextPoll, $1.url) }
        }
    }

    public func savePoll(_ feed: FeedRecord, owner: String, stored: Int) throws -> Bool {
        try session.transaction { db in
            try db.execute("""
                UPDATE feeds SET etag = \(feed.etag), last_modified = \(feed.lastModified), last_polled = \(feed.lastPolled),
                    last_success = \(feed.lastSuccess), last_error = \(feed.lastError), failures = \(feed.failures),
                    next_poll = \(feed.nextPoll), items_stored = items_stored + \(stored), lease_owner = NULL, lease_expires = NULL
                WHERE url = \(feed.url) AND lease_owner = \(owner)
                """) > 0
        }
    }

    public func unseenFeedItems(feedURL: String, keys: [String]) throws -> [String] {
        guard !keys.isEmpty else { return [] }
        let seen = try session.read { db in
            Set(try db.values(
                "SELECT item_key FROM feed_items WHERE feed_url = \(feedURL) AND item_key = ANY(\(keys)::TEXT[])",
                as: String.self))
        }
        return keys.filter { !seen.contains($0) }
    }

    public func markFeedItemsSeen(feedURL: String, keys: [String], seen: String) throws {
        guard !keys.isEmpty else { return }
        try session.transaction { db in
            try db.execute("""
                INSERT INTO feed_items (feed_url, item_key, seen)
                SELECT \(feedURL), k, \(seen) FROM unnest(\(keys)::TEXT[]) AS k
                WHERE EXISTS (SELECT 1 FROM feeds WHERE url = \(feedURL))
                ON CONFLICT DO NOTHING
                """)
        }
    }

    public func feedItemCounts(since: String) throws -> [String: Int] {
        try session.read { db in
            var counts: [String: Int] = [:]
            for row in try db.rows("SELECT feed_url, COUNT(*)::INTEGER FROM feed_items WHERE seen >= \(since) GROUP BY feed_url") {
                let (url, count) = try row.decode((String, Int32).self)
                counts[url] = Int(count)
            }
            return counts
        }
    }

    private static let feedColumns = """
        url, name, source, every_seconds, page, added, etag, last_modified, last_polled, last_success,
        last_error, failures, next_poll, items_stored
        """

    private static func feed(_ row: PostgresRow) throws -> FeedRecord {
        let (url, name, source, every, page, added, etag, lastModified, lastPolled, lastSuccess, lastError, failures, nextPoll, items) =
            try row.decode((String, String, String?, Int32, Bool, String, String?, String?, String?, String?, String?, Int32, String, Int32).self)
        return FeedRecord(
            url: url, name: name, source: source, everySeconds: Int(every), isPage: page, added: added, etag: etag,
            lastModified: lastModified, lastPolled: lastPolled, lastSuccess: lastSuccess, lastError: lastError,
            failures: Int(failures), nextPoll: nextPoll, itemsStored: Int(items))
    }
}
