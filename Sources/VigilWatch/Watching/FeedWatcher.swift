import CMalloc
public import Foundation
import VigilIngest
import VigilModel
public import VigilPipeline
public import VigilStore
import VigilText

/// Polls watched feeds when they are due, stores the articles not taken before, and extracts and
/// links their events: what `vigil watch` and `vigil serve --watch` run. Hosts are polled in
/// parallel, each host's requests one at a time with a delay between them, and each poll is saved
/// as soon as it is done; every store call runs on a Dispatch thread, off Swift's cooperative threads.
public final class FeedWatcher: Sendable {
    let store: any Store & FeedStore
    let processor: StoryProcessor?
    let alerts: AlertDispatcher?
    let fetcher: FeedFetcher
    let robots: RobotsCache
    let settings: WatchSettings
    let reader: DocumentReader

    /// A watcher over `store`; without a `processor` articles are stored and left for `vigil process`;
    /// with `alerts`, new and changed events are sent to the alerts they match.
    public init(
        store: any Store & FeedStore, processor: StoryProcessor?, alerts: AlertDispatcher? = nil, fetcher: FeedFetcher,
        settings: WatchSettings
    ) {
        self.store = store
        self.processor = processor
        self.alerts = alerts
        self.fetcher = fetcher
        self.robots = RobotsCache(fetcher: fetcher)
        self.settings = settings
        self.reader = DocumentReader(decoder: InputDecoder(maxBytes: fetcher.maxBytes))
    }

    /// Polls the feeds due at `now`, stores what is new, processes it, and sends the alerts due.
    public func round(now: Date = Date()) async throws -> WatchRound {
        var round = try await pollFeeds(now: now)
        if round.stored > 0, let processor {
            let summary = try await StoreWork.run { try processor.run() }
            round.events = summary.events
            round.canonicalEventIDs = summary.canonicalEventIDs
        }
        if let alerts {
            let ids = round.canonicalEventIDs
            round.alertsQueued = try await StoreWork.run { try alerts.enqueue(canonicalEventIDs: ids, now: now) }
            let sent = try await alerts.deliverDue(now: now)
            (round.alertsDelivered, round.alertsRetrying, round.alertsFailed) = (sent.delivered, sent.retrying, sent.failed)
        }
        return round
    }

    /// Runs rounds until the task is cancelled, `idleSeconds` apart, handing each to `report`.
    public func run(idleSeconds: Double, report: @Sendable (Result<WatchRound, any Error>) -> Void) async {
        while !Task.isCancelled {
            do { report(.success(try await round())) } catch { report(.failure(error)) }
            Self.releaseFreedMemory()
            try? await Task.sleep(for: .seconds(idleSeconds))
        }
    }

    /// Hands the heap a round freed back to the system. A round allocates and frees megabytes
    /// (documents, extraction, the reports linking compares) on several threads, and glibc keeps
    /// what was freed for reuse, so a watcher running for days would otherwise grow in resident
    /// memory without holding anything more.
    static func releaseFreedMemory() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }

    /// Claims the feeds due at `now` and polls them, one task per host.
    private func pollFeeds(now: Date) async throws -> WatchRound {
        let (store, settings) = (self.store, self.settings)
        let due = try await StoreWork.run {
            try store.claimDueFeeds(now: now, owner: settings.owner, leaseSeconds: settings.leaseSeconds, limit: settings.feedsPerRound)
        }
        let byHost = Dictionary(grouping: due) { URL(string: $0.url)?.host ?? $0.url }
        return try await withThrowingTaskGroup(of: WatchRound.self) { group in
            for feeds in byHost.values {
                group.addTask { try await self.poll(feeds, at: now) }
            }
            var round = WatchRound()
            for try await part in group { round.add(part) }
            return round
        }
    }

    /// Polls one host's feeds in turn at `now`, waiting between requests, and saves each poll.
    private func poll(_ feeds: [FeedRecord], at now: Date) async throws -> WatchRound {
        var round = WatchRound()
        for (index, feed) in feeds.enumerated() {
            if index > 0 { await pause(before: feed.url) }
            round.add(try await save(await poll(feed, at: now)))
        }
        return round
    }

    /// Fetches one feed and reads its new items.
    private func poll(_ feed: FeedRecord, at now: Date) async -> FeedPoll {
        do throws(FetchError) {
            try await checkRobots(feed.url)
            switch try await fetcher.fetch(feed.url, etag: feed.etag, lastModified: feed.lastModified) {
            case .notModified:
                let same = FeedSchedule.succeeded(feed, at: now, etag: feed.etag, lastModified: feed.lastModified)
                return FeedPoll(feed: same, result: .notModified)
            case .fetched(let page):
                return feed.isPage ? try await follow(page, of: feed, at: now) : try await read(page, of: feed, at: now)
            }
        } catch {
            return FeedPoll(feed: FeedSchedule.failed(feed, at: now, error: error), result: .failed, messages: ["\(feed.name): \(error.description)"])
        }
    }

    /// The items of a fetched feed not taken before (at most `itemsPerPoll`, the rest next time),
    /// with summaries replaced by their article pages.
    private func read(_ page: FeedFetcher.Page, of feed: FeedRecord, at now: Date) async throws(FetchError) -> FeedPoll {
        guard InputFormat.isFeed(page.bytes) else {
            throw FetchError(url: feed.url, problem: "not an RSS, Atom or JSON feed (\(page.contentType ?? "no content type"))")
        }
        var items = readItems(page.bytes, of: feed)
        if items.documents.isEmpty, items.refusals.count == 1, items.refusals[0].input == feed.url {
            // "feed has no items": a quiet feed is not a failing one.
            guard items.refusals[0].problem.hasPrefix("feed has no items") else {
                throw FetchError(url: feed.url, problem: items.refusals[0].problem)
            }
            items.refusals = []
        }
        let keys = items.documents.map(Self.key)
        let unseen = try await unseenKeys(keys, of: feed)
        var poll = FeedPoll(feed: FeedSchedule.succeeded(feed, at: now, etag: page.etag, lastModified: page.lastModified), result: .fetched)
        poll.messages = items.warnings.map { "\(feed.name): \($0)" } + items.refusals.map { "\(feed.name): \($0.description)" }
        poll.rejected = items.refusals.count
        let preparer = DocumentPreparer(source: feed.source)
        let ingested = Timestamp.now()
        var articlesTried = 0
        for (raw, key) in zip(items.documents, keys) where unseen.contains(key) && poll.keys.count < settings.itemsPerPoll {
            var item = raw
            if articlesTried < settings.articlesPerPoll, wantsArticle(raw, feedURL: feed.url) {
                articlesTried += 1
                item = await article(for: raw) ?? raw
            }
            poll.keys.append(key)
            poll.documents.append(preparer.prepare(item, ingested: ingested))
        }
        return poll
    }

    /// A section front page: its links to articles on the site not followed before (at most
    /// `articlesPerPoll`), each fetched and read as an article. A link that cannot be fetched now is
    /// tried again at the next poll; one that reads as no article is not.
    private func follow(_ page: FeedFetcher.Page, of feed: FeedRecord, at now: Date) async throws(FetchError) -> FeedPoll {
        guard let base = URL(string: feed.url) else { throw FetchError(url: feed.url, problem: "not a URL") }
        let links = PageLinks.articles(inHTML: String(decoding: page.bytes, as: UTF8.self), base: base).map(\.absoluteString)
        let unseen = try await unseenKeys(links, of: feed)
        var poll = FeedPoll(feed: FeedSchedule.succeeded(feed, at: now, etag: page.etag, lastModified: page.lastModified), result: .fetched)
        let preparer = DocumentPreparer(source: feed.source)
        let ingested = Timestamp.now()
        for link in links where unseen.contains(link) && poll.keys.count < settings.articlesPerPoll {
            guard (try? await checkRobots(link)) != nil else { continue }
            await pause(before: link)
            do throws(FetchError) {
                guard case .fetched(let page) = try await fetcher.fetch(link) else { continue }
                poll.keys.append(link)
                if var document = article(in: page, url: link) {
                    document.url = link
                    poll.documents.append(preparer.prepare(document, ingested: ingested))
                }
            } catch {
                poll.messages.append("\(feed.name): \(error.description)")
            }
        }
        return poll
    }

    /// The keys among `keys` not yet taken from `feed`.
    private func unseenKeys(_ keys: [String], of feed: FeedRecord) async throws(FetchError) -> Set<String> {
        let store = self.store
        do { return Set(try await StoreWork.run { try store.unseenFeedItems(feedURL: feed.url, keys: keys) }) } catch {
            throw FetchError(url: feed.url, problem: "\(error)")
        }
    }

    /// What a feed's body gave: its items, the items refused, and warnings (broken XML).
    private func readItems(_ bytes: [UInt8], of feed: FeedRecord) -> (documents: [RawDocument], refusals: [IngestError], warnings: [String]) {
        var documents: [RawDocument] = [], refusals: [IngestError] = [], warnings: [String] = []
        reader.read(content: bytes, name: feed.url, format: nil) { event in
            switch event {
            case .document(let raw): documents.append(raw)
            case .rejected(let error): refusals.append(error)
            case .warning(let message): warnings.append(message)
            case .progress: break
            }
        }
        return (documents, refusals, warnings)
    }

    /// Whether an item's text is only a summary whose article page may be fetched: a feed on the
    /// internet never makes Vigil fetch a page on this machine or its private network.
    private func wantsArticle(_ item: RawDocument, feedURL: String) -> Bool {
        guard item.text.count < settings.summaryCharacters, item.url.hasPrefix("http"), let link = URL(string: item.url) else { return false }
        return !PrivateAddress.isPrivate(link) || URL(string: feedURL).map(PrivateAddress.isPrivate) == true
    }

    /// A summary item with the text of its article page, when the site allows it and the page can be
    /// fetched and read and says more; nil keeps the item as it is.
    private func article(for item: RawDocument) async -> RawDocument? {
        guard (try? await checkRobots(item.url)) != nil else { return nil }
        await pause(before: item.url)
        guard case .fetched(let page) = try? await fetcher.fetch(item.url), let article = article(in: page, url: item.url),
            article.text.count > item.text.count
        else { return nil }
        var full = item
        full.text = article.text
        if full.title.isEmpty { full.title = article.title }
        if full.published == nil { full.published = article.published }
        return full
    }

    /// The article a fetched page holds, read as `vigil ingest` reads a page; nil when it holds none.
    private func article(in page: FeedFetcher.Page, url: String) -> RawDocument? {
        var article: RawDocument?
        reader.read(content: page.bytes, name: url, format: .html) { event in
            if case .document(let document) = event { article = document }
        }
        return article
    }

    /// Stores one poll: its articles, the keys of its items, and the feed's new state, while this
    /// watcher still holds the feed's lease (a poll that outlived it is dropped; its articles, stored
    /// already, are recognized as duplicates when the feed's new owner stores them).
    private func save(_ poll: FeedPoll) async throws -> WatchRound {
        var round = WatchRound()
        round.feeds = 1
        round.messages = poll.messages
        round.rejected = poll.rejected
        switch poll.result {
        case .notModified: round.notModified = 1
        case .failed: round.failed = 1
        case .fetched: break
        }
        let (store, threshold, owner) = (self.store, settings.nearDuplicateThreshold, settings.owner)
        let outcomes = try await StoreWork.run { () throws -> [IngestOutcome] in
            let outcomes = poll.documents.isEmpty ? [] : try store.ingest(poll.documents, nearDuplicateThreshold: threshold)
            try store.markFeedItemsSeen(feedURL: poll.feed.url, keys: poll.keys, seen: FeedRecord.timestamp(Date()))
            _ = try store.savePoll(poll.feed, owner: owner, stored: outcomes.filter(\.isStored).count)
            return outcomes
        }
        for outcome in outcomes {
            switch outcome {
            case .new, .nearDuplicate: round.stored += 1
            case .duplicate: round.duplicates += 1
            case .rejected(let id, let reason):
                round.rejected += 1
                round.messages.append("\(poll.feed.name): \(id): \(reason)")
            }
        }
        return round
    }

    /// Refuses a URL its host's robots.txt disallows for Vigil, or whose robots.txt cannot be read.
    private func checkRobots(_ url: String) async throws(FetchError) {
        guard let parsed = URL(string: url), let components = URLComponents(url: parsed, resolvingAgainstBaseURL: false) else {
            throw FetchError(url: url, problem: "not a URL")
        }
        let rules = await robots.rules(for: parsed)
        if let problem = rules.unreachable { throw FetchError(url: url, problem: problem) }
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        guard rules.rules.allows(path: path) else { throw FetchError(url: url, problem: "its site's robots.txt disallows Vigil") }
    }

    /// Waits between two requests to one host: `hostDelaySeconds`, or its robots.txt's Crawl-delay.
    private func pause(before url: String) async {
        var delay = settings.hostDelaySeconds
        if let parsed = URL(string: url), let crawlDelay = await robots.rules(for: parsed).rules.crawlDelay {
            delay = max(delay, min(crawlDelay, 60))
        }
        if delay > 0 { try? await Task.sleep(for: .seconds(delay)) }
    }

    /// What marks an item taken: its id, else its link, else a hash of its title and text.
    static func key(_ item: RawDocument) -> String {
        if let id = item.id, !id.isEmpty { return id }
        if !item.url.isEmpty { return item.url }
        return SHA256.hex(item.title + "\n" + item.text)
    }
}

extension IngestOutcome {
    /// Stored as a new document: a new story or a near-copy joining one.
    var isStored: Bool {
        switch self {
        case .new, .nearDuplicate: true
        case .duplicate, .rejected: false
        }
    }
}
