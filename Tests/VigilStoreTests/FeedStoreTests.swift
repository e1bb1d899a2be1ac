import Foundation
import Testing
import VigilStore
import VigilTestSupport

@Suite struct FeedStoreTests {
    static let backends = StoreBackend.available

    func feed(_ url: String, name: String, due: Date) -> FeedRecord {
        FeedRecord(url: url, name: name, everySeconds: 900, added: FeedRecord.timestamp(due), nextPoll: FeedRecord.timestamp(due))
    }

    @Test(arguments: backends)
    func feedsAreAddedOnceClaimedByOneWatcherAndRemoved(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        let now = Date()
        try store.addFeed(feed("https://example.org/a.xml", name: "A", due: now))
        try store.addFeed(feed("https://example.org/b.xml", name: "B", due: now.addingTimeInterval(600)))
        #expect {
            try store.addFeed(feed("https://example.org/a.xml", name: "A again", due: now))
        } throws: { error in
            "\(error)" == "https://example.org/a.xml is already watched; `vigil feeds remove` it first to add it again"
        }
        // Only A is due; once one watcher holds it, another gets nothing until the lease ends.
        #expect(try store.claimDueFeeds(now: now, owner: "w1", leaseSeconds: 60, limit: 10).map(\.name) == ["A"])
        #expect(try store.claimDueFeeds(now: now, owner: "w2", leaseSeconds: 60, limit: 10).isEmpty)
        #expect(try store.claimDueFeeds(now: now.addingTimeInterval(120), owner: "w2", leaseSeconds: 60, limit: 10).map(\.name) == ["A"])
        // Saving the poll releases the lease and sets the next poll.
        var polled = try #require(try store.feeds().first { $0.name == "A" })
        polled.etag = "\"v1\""
        polled.lastError = "HTTP 500 Internal Server Error"
        polled.failures = 1
        polled.nextPoll = FeedRecord.timestamp(now.addingTimeInterval(1800))
        // A watcher whose lease another took over saves nothing.
        #expect(try !store.savePoll(polled, owner: "w1", stored: 5))
        #expect(try store.savePoll(polled, owner: "w2", stored: 3))
        polled.itemsStored = 3
        #expect(try store.feeds().first { $0.name == "A" } == polled)
        // Released: a stale owner cannot save again.
        #expect(try !store.savePoll(polled, owner: "w2", stored: 3))
        #expect(try store.claimDueFeeds(now: now.addingTimeInterval(900), owner: "w3", leaseSeconds: 60, limit: 10).map(\.name) == ["B"])

        try store.markFeedItemsSeen(feedURL: polled.url, keys: ["i1", "i2"], seen: FeedRecord.timestamp(now))
        try store.markFeedItemsSeen(feedURL: polled.url, keys: ["i2"], seen: FeedRecord.timestamp(now))
        #expect(try store.unseenFeedItems(feedURL: polled.url, keys: ["i3", "i1", "i2", "i4"]) == ["i3", "i4"])
        #expect(try store.feedItemCounts(since: FeedRecord.timestamp(now.addingTimeInterval(-60))) == [polled.url: 2])

        // Items of a feed removed meanwhile are not recorded.
        try store.markFeedItemsSeen(feedURL: "https://example.org/gone.xml", keys: ["x"], seen: FeedRecord.timestamp(now))
        #expect(try store.removeFeed(url: polled.url))
        #expect(try !store.removeFeed(url: polled.url))
        #expect(try store.feeds().map(\.name) == ["B"])
        #expect(try store.feedItemCounts(since: "2000-01-01T00:00:00Z").isEmpty)
    }
}
