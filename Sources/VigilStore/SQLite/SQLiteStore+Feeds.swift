public import Foundation
import GRDB

/// Feeds on SQLite (migration "v5-watch"). One writer at a time: a claim is a write transaction,
/// so two watchers on one file never poll the same feed at once.
extension SQLiteStore: FeedStore {
    public func addFeed(_ feed: FeedRecord) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM feeds WHERE url = ?", arguments: [feed.url]) == true {
                throw StoreError("\(feed.url) is already watched; `vigil feeds remove` it first to add it again")
            }
            try db.execute(
                sql: """
                    INSERT INTO feeds (url, name, source, every_seconds, page, added, next_poll)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [feed.url, feed.name, feed.source, feed.everySeconds, feed.isPage, feed.added, feed.nextPoll])
        }
    }

    public func removeFeed(url: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM feeds WHERE url = ?", arguments: [url])
            return db.changesCount > 0
        }
    }

    public func feeds() throws -> [FeedRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM feeds ORDER BY name, url").map(Self.feed) }
    }

    public func claimDueFeeds(now: Date, owner: String, leaseSeconds: Int, limit: Int) throws -> [FeedRecord] {
        let current = FeedRecord.timestamp(now), expires = FeedRecord.timestamp(now.addingTimeInterval(Double(leaseSeconds)))
        return try write { db in
            let due = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM feeds WHERE next_poll <= ? AND (lease_expires IS NULL OR lease_expires < ?)
                    ORDER BY next_poll, url LIMIT ?
                    """,
                arguments: [current, current, limit]
            ).map(Self.feed)
            for feed in due {
                try db.execute(
                    sql: "UPDATE feeds SET lease_owner = ?, lease_expires = ? WHERE url = ?",
                    arguments: [owner, expires, feed.url])
            }
            return due
        }
    }

    public func savePoll(_ feed: FeedRecord, owner: String, stored: Int) throws -> Bool {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE feeds SET etag = ?, last_modified = ?, last_polled = ?, last_success = ?, last_error = ?,
                        failures = ?, next_poll = ?, items_stored = items_stored + ?, lease_owner = NULL, lease_expires = NULL
                    WHERE url = ? AND lease_owner = ?
                    """,
                arguments: [
                    feed.etag, feed.lastModified, feed.lastPolled, feed.lastSuccess, feed.lastError, feed.failures,
                    feed.nextPoll, stored, feed.url, owner,
                ])
            return db.changesCount > 0
        }
    }

    public func unseenFeedItems(feedURL: String, keys: [String]) throws -> [String] {
        guard !keys.isEmpty else { return [] }
        return try read { db in
            let rows = try Self.rows(db, matching: keys, after: [feedURL]) { marks in
                "SELECT item_key FROM feed_items WHERE feed_url = ? AND item_key IN (\(marks))"
            }
            let seen = Set(rows.map { $0["item_key"] as String })
            return keys.filter { !seen.contains($0) }
        }
    }

    public func markFeedItemsSeen(feedURL: String, keys: [String], seen: String) throws {
        try write { db in
            for key in keys {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO feed_items (feed_url, item_key, seen)
                        SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM feeds WHERE url = ?)
                        """,
                    arguments: [feedURL, key, seen, feedURL])
            }
        }
    }

    public func feedItemCounts(since: String) throws -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT feed_url, COUNT(*) AS n FROM feed_items WHERE seen >= ? GROUP BY feed_url", arguments: [since])
            {
                counts[row["feed_url"]] = row["n"]
            }
            return counts
        }
    }

    private static func feed(_ row: Row) -> FeedRecord {
        FeedRecord(
            url: row["url"], name: row["name"], source: row["source"], everySeconds: row["every_seconds"],
            isPage: row["page"], added: row["added"], etag: row["etag"], lastModified: row["last_modified"],
            lastPolled: row["last_polled"], lastSuccess: row["last_success"], lastError: row["last_error"],
            failures: row["failures"], nextPoll: row["next_poll"], itemsStored: row["items_stored"])
    }
}
