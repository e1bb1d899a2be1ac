import Foundation
import Synchronization
import Testing
import VigilExtract
import VigilModel
import VigilPipeline
import VigilStore
import VigilTestSupport
import VigilWatch

/// The watcher against a local web server: what it stores, what it records about each feed, and
/// what it never fetches twice.
@Suite(.serialized) struct FeedWatcherTests {
    static let backends = StoreBackend.available

    /// A store watching `paths` of `server`, each due now, and a watcher over it.
    func watching(
        _ paths: [String], on server: LocalFeedServer, backend: StoreBackend, timeout: Int64 = 5, maxBytes: Int = 1 << 20
    ) throws -> (store: any Store & FeedStore, watcher: FeedWatcher, cleanUp: @Sendable () -> Void) {
        let (store, cleanUp) = try backend.makeStore()
        let now = FeedRecord.timestamp(Date())
        for path in paths {
            try store.addFeed(FeedRecord(url: server.url(path), name: path, everySeconds: 900, added: now, nextPoll: now))
        }
        var settings = WatchSettings(owner: "test")
        settings.hostDelaySeconds = 0
        let watcher = FeedWatcher(
            store: store, processor: nil, fetcher: FeedFetcher(maxBytes: maxBytes, timeoutSeconds: timeout), settings: settings)
        return (store, watcher, cleanUp)
    }

    func feed(_ path: String, in store: any FeedStore) throws -> FeedRecord {
        try #require(try store.feeds().first { $0.name == path })
    }

    @Test(arguments: backends)
    func storesNewItemsThenAsksWithValidatorsAndGets304(_ backend: StoreBackend) async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, watcher, cleanUp) = try watching(["/feed.xml"], on: server, backend: backend)
        defer { cleanUp() }
        let first = try await watcher.round()
        #expect(first.feeds == 1 && first.stored == 2 && first.failed == 0)
        let polled = try feed("/feed.xml", in: store)
        #expect(polled.etag != nil && polled.lastModified == "Mon, 06 Nov 2023 08:30:00 GMT")
        #expect(polled.itemsStored == 2 && polled.lastError == nil && polled.lastSuccess != nil)
        let titles = try store.documents(limit: 10, offset: 0).map(\.title).sorted()
        #expect(titles == ["Militia shells border village", "Protesters rally over fuel prices"])
        #expect(try store.documents(limit: 10, offset: 0).allSatisfy { $0.published == CalendarDay(year: 2023, month: 11, day: 7) })

        // Not due yet: nothing is fetched.
        #expect(try await watcher.round().feeds == 0)
        // Due later: the server answers 304 to the validators.
        let later = try await watcher.round(now: Date().addingTimeInterval(3600))
        #expect(later.feeds == 1 && later.notModified == 1 && later.stored == 0)
        #expect(server.hits.withLock { $0["/feed.xml"] } == 2)
    }

    @Test(arguments: backends)
    func aRestartedWatcherTakesOnlyTheNewItem(_ backend: StoreBackend) async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, watcher, cleanUp) = try watching(["/feed.xml"], on: server, backend: backend)
        defer { cleanUp() }
        #expect(try await watcher.round().stored == 2)
        server.feed.withLock {
            $0 = LocalFeedServer.rss(items: [
                ("w-3", "Airport closed after rocket fire", "Rockets landed near the airport of the provincial capital on Thursday evening, and flights were suspended until further notice, the aviation authority said."),
                ("w-1", "Militia shells border village", "Militants shelled the village of Kharbat near the border on Monday, killing two farmers, local officials said. The shelling lasted an hour and damaged several houses, the officials added, and residents fled to the district centre."),
            ])
        }
        // A new process: a new watcher over the same database.
        var settings = WatchSettings(owner: "restarted")
        settings.hostDelaySeconds = 0
        let restarted = FeedWatcher(store: store, processor: nil, fetcher: FeedFetcher(), settings: settings)
        let round = try await restarted.round(now: Date().addingTimeInterval(3600))
        #expect(round.stored == 1 && round.duplicates == 0)
        #expect(try feed("/feed.xml", in: store).itemsStored == 3)
        #expect(try store.documents(limit: 10, offset: 0).count == 3)
    }

    @Test(arguments: backends)
    func failuresAreKeptAndBackedOff(_ backend: StoreBackend) async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let paths = ["/missing.xml", "/broken.xml", "/busy.xml", "/slow.xml", "/loop.xml", "/huge.xml", "/private/feed.xml", "/private/", "/page.html"]
        let (store, watcher, cleanUp) = try watching(paths, on: server, backend: backend, timeout: 1)
        defer { cleanUp() }
        let started = Date()
        let round = try await watcher.round(now: started)
        #expect(round.feeds == paths.count && round.failed == paths.count && round.stored == 0)
        let errors = Dictionary(uniqueKeysWithValues: try store.feeds().map { ($0.name, $0.lastError ?? "") })
        #expect(errors["/missing.xml"] == "HTTP 404 Not Found")
        #expect(errors["/broken.xml"] == "HTTP 500 Internal Server Error")
        #expect(errors["/busy.xml"] == "HTTP 503 Service Unavailable")
        #expect(errors["/slow.xml"] == "no answer within 1 s")
        #expect(errors["/loop.xml"] == "redirects in a circle")
        #expect(errors["/huge.xml"] == "larger than 1 MB; refused")
        #expect(errors["/private/feed.xml"] == "its site's robots.txt disallows Vigil")
        #expect(errors["/private/"] == "its site's robots.txt disallows Vigil")
        #expect(errors["/page.html"] == "not an RSS, Atom or JSON feed (text/html)")
        // Twice the interval after one failure; the server's Retry-After when it asks for longer.
        let missing = try feed("/missing.xml", in: store)
        #expect(missing.failures == 1 && missing.nextPoll == FeedRecord.timestamp(started.addingTimeInterval(1800)))
        #expect(try feed("/busy.xml", in: store).nextPoll >= FeedRecord.timestamp(started.addingTimeInterval(7000)))
        // A second failure doubles the wait again.
        _ = try await watcher.round(now: started.addingTimeInterval(1800))
        let again = try feed("/missing.xml", in: store)
        #expect(again.failures == 2 && again.nextPoll == FeedRecord.timestamp(started.addingTimeInterval(1800 + 3600)))
    }

    @Test(arguments: backends)
    func redirectsGzipJSONFeedsAndBrokenXMLAreRead(_ backend: StoreBackend) async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, watcher, cleanUp) = try watching(["/moved.xml", "/gzip.xml", "/feed.json", "/cut.xml"], on: server, backend: backend)
        defer { cleanUp() }
        let round = try await watcher.round()
        #expect(round.failed == 0)
        let titles = Set(try store.documents(limit: 20, offset: 0).map(\.title))
        #expect(titles.isSuperset(of: ["Militia shells border village", "Clashes in the hills", "Bridge blown up", "Curfew declared"]))
        #expect(round.messages.contains { $0.hasPrefix("/cut.xml: ") && $0.contains("the XML is broken") })
        #expect(try feed("/feed.json", in: store).itemsStored == 1)
    }

    @Test func aQuietFeedIsNotAFailingOne() async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, watcher, cleanUp) = try watching(["/empty.xml"], on: server, backend: .sqlite)
        defer { cleanUp() }
        let round = try await watcher.round()
        #expect(round.feeds == 1 && round.failed == 0 && round.stored == 0 && round.rejected == 0 && round.messages.isEmpty)
        let feed = try feed("/empty.xml", in: store)
        #expect(feed.lastError == nil && feed.failures == 0 && feed.lastSuccess != nil)
    }

    @Test func aSectionPageHasItsArticleLinksFollowedOnce() async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, cleanUp) = try StoreBackend.sqlite.makeStore()
        defer { cleanUp() }
        let now = FeedRecord.timestamp(Date())
        try store.addFeed(FeedRecord(url: server.url("/section.html"), name: "Section", everySeconds: 900, isPage: true, added: now, nextPoll: now))
        var settings = WatchSettings(owner: "test")
        settings.hostDelaySeconds = 0
        let watcher = FeedWatcher(store: store, processor: nil, fetcher: FeedFetcher(), settings: settings)
        #expect(try await watcher.round().stored == 2)
        let titles = Set(try store.documents(limit: 10, offset: 0).map(\.title))
        #expect(titles == ["Gunmen attack market in Borno", "Bridge destroyed"])
        #expect(try await watcher.round(now: Date().addingTimeInterval(3600)).stored == 0)
        #expect(server.hits.withLock { $0["/section.html"] } == 2)
        #expect(server.hits.withLock { $0["/news/2024/11/19/market-attack-in-monguno"] } == 1)
        #expect(server.hits.withLock { $0["/about"] } == nil)
    }

    @Test func aSummaryItemIsReadFromItsArticlePageOnce() async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, watcher, cleanUp) = try watching(["/summaries.xml"], on: server, backend: .sqlite)
        defer { cleanUp() }
        #expect(try await watcher.round().stored == 1)
        let summary = try #require(try store.documents(limit: 1, offset: 0).first)
        let document = try #require(try store.document(id: summary.id))
        #expect(document.document.text.contains("killing three drivers"))
        #expect(document.document.title == "Drone strike on convoy")
        _ = try await watcher.round(now: Date().addingTimeInterval(3600))
        #expect(server.hits.withLock { $0["/summaries.xml"] } == 2)
        #expect(server.hits.withLock { $0["/article/1.html"] } == 1)
    }
}

@Suite struct FeedWatcherProcessingTests {
    @Test func newArticlesAreExtractedAndLinkedInTheSameRound() async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let (store, cleanUp) = try StoreBackend.sqlite.makeStore()
        defer { cleanUp() }
        let now = FeedRecord.timestamp(Date())
        try store.addFeed(FeedRecord(url: server.url("/feed.xml"), name: "Herald", everySeconds: 900, added: now, nextPoll: now))
        var settings = WatchSettings(owner: "test")
        settings.hostDelaySeconds = 0
        let processor = StoryProcessor(store: store, extractor: try Extractor.loadDefault())
        let watcher = FeedWatcher(store: store, processor: processor, fetcher: FeedFetcher(), settings: settings)
        let round = try await watcher.round()
        #expect(round.stored == 2)
        #expect(round.events >= 1 && !round.canonicalEventIDs.isEmpty)
        let shelling = try store.events(EventQuery()).filter { $0.subEventType == .shellingArtilleryMissileAttack }
        #expect(shelling.count == 1 && shelling.first?.fatalities == 2)
        #expect(try store.stats().storiesPending == 0)
    }
}
