public import Foundation
import VigilIngest
import VigilModel
public import VigilPipeline
public import VigilStore
import VigilText

/// Polls watched feeds when they are due, stores the articles not taken before, and extracts and
/// links their events: what `vigil watch` and `vigil serve --watch` run. Hosts are polled in
/// parallel, each host's requests one at a time with a delay between them; every store call runs
/// on a Dispatch thread, off Swift's cooperative threads.
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
        if let alerts {
            let ids = round.canonicalEventIDs
            round.alertsQueued = try await StoreWork.run { try alerts.enqueue(canonicalEventIDs: ids, now: now) }
            let sent = try await alerts.deliverDue(now: now)
            (round.alertsDelivered, round.alertsRetrying, round.alertsFailed) = (sent.delivered, sent.retrying, sent.failed)
        }
        return round
    }

    /// Polls the feeds due at `now`, stores what is new, and processes it.
    private func pollFeeds(now: Date) async throws -> WatchRound {
        let (store, settings) = (self.store, self.settings)
        let due = try await StoreWork.run {
            try store.claimDueFeeds(now: now, owner: settings.owner, leaseSeconds: settings.leaseSeconds, limit: settings.feedsPerRound)
        }
        var round = WatchRound()
        guard !due.isEmpty else { return round }
        let byHost = Dictionary(grouping: due) { URL(string: $0.url)?.host ?? $0.url }
        let polls = await withTaskGroup(of: [FeedPoll].self) { group in
            for feeds in byHost.values {
                group.addTask { await self.poll(feeds, at: now) }
            }
            var all: [FeedPoll] = []
            for await polls in group { all += polls }
            return all
        }
        for poll in polls.sorted(by: { $0.feed.url < $1.feed.url }) {
            try await save(poll, into: &round)
        }
        if round.stored > 0, let processor {
            let summary = try await StoreWork.run { try processor.run() }
            round.events = summary.events
            round.canonicalEventIDs = summary.canonicalEventIDs
        }
        return round
    }

    /// Runs rounds until the task is cancelled, `idleSeconds` apart, handing each to `report`.
    public func run(idleSeconds: Double, report: @Sendable (Result<WatchRound, any Error>) -> Void) async {
        while !Task.isCancelled {
            do { report(.success(try await round())) } catch { report(.failure(error)) }
            try? await Task.sleep(for: .seconds(idleSeconds))
        }
    }

    /// Polls one host's feeds in turn at `now`, waiting between requests.
    private func poll(_ feeds: [FeedRecord], at now: Date) async -> [FeedPoll] {
        var polls: [FeedPoll] = []
        for (index, feed) in feeds.enumerated() {
            if index > 0 { await pause(before: feed.url) }
            polls.append(await poll(feed, at: now))
        }
        return polls
    }

    /// Fetches one feed and reads its new items.
    private func poll(_ feed: FeedRecord, at now: Date) async -> FeedPoll {
        do throws(FetchError) {
            try await checkRobots(feed.url)
            switch try await fetcher.fetch(feed.url, etag: feed.etag, lastModified: feed.lastModified) {
            case .notModified:
                let same = FeedSchedule.succeeded(feed, at: now, etag: feed.etag, lastModified: feed.lastModified, stored: 0)
                return FeedPoll(feed: same, result: .notModified)
            case .fetched(let page):
                return try await read(page, of: feed, at: now)
            }
        } catch {
            return FeedPoll(feed: FeedSchedule.failed(feed, at: now, error: error), result: .failed, messages: ["\(feed.name): \(error.description)"])
        }
    }

    /// The items of a fetched feed not taken before, with summaries replaced by their article pages.
    private func read(_ page: FeedFetcher.Page, of feed: FeedRecord, at now: Date) async throws(FetchError) -> FeedPoll {
        var raws: [RawDocument] = [], refusals: [IngestError] = [], warnings: [String] = []
        reader.read(content: page.bytes, name: feed.url, format: nil) { event in
            switch event {
            case .document(let raw): raws.append(raw)
            case .rejected(let error): refusals.append(error)
            case .warning(let message): warnings.append(message)
            case .progress: break
            }
        }
        if raws.isEmpty, refusals.count == 1, refusals[0].input == feed.url {
            throw FetchError(url: feed.url, problem: refusals[0].problem)
        }
        let keys = raws.map(Self.key)
        let store = self.store
        let unseen: Set<String>
        do { unseen = Set(try await StoreWork.run { try store.unseenFeedItems(feedURL: feed.url, keys: keys) }) } catch {
            throw FetchError(url: feed.url, problem: "\(error)")
        }
        var poll = FeedPoll(feed: feed, result: .fetched)
        poll.messages = warnings.map { "\(feed.name): \($0)" } + refusals.map { "\(feed.name): \($0.description)" }
        poll.rejected = refusals.count
        let preparer = DocumentPreparer(source: feed.source)
        let ingested = DocumentPreparer.now()
        for (raw, key) in zip(raws, keys) where unseen.contains(key) {
            poll.keys.append(key)
            poll.documents.append(preparer.prepare(await withArticle(raw), ingested: ingested))
        }
        poll.feed = FeedSchedule.succeeded(
            feed, at: now, etag: page.etag, lastModified: page.lastModified, stored: 0)
        return poll
    }

    /// An item whose text is only a summary, with the text of its article page when that page
    /// can be fetched and read (otherwise the summary is kept).
    private func withArticle(_ item: RawDocument) async -> RawDocument {
        guard item.text.count < settings.summaryCharacters, item.url.hasPrefix("http"),
            (try? await checkRobots(item.url)) != nil
        else { return item }
        await pause(before: item.url)
        guard case .fetched(let page) = try? await fetcher.fetch(item.url) else { return item }
        var article: RawDocument?
        reader.read(content: page.bytes, name: item.url, format: .html) { event in
            if case .document(let document) = event { article = document }
        }
        guard let article, article.text.count > item.text.count else { return item }
        var full = item
        full.text = article.text
        if full.title.isEmpty { full.title = article.title }
        if full.published == nil { full.published = article.published }
        return full
    }

    /// Stores one poll: its articles, the keys of its items, and the feed's new state.
    private func save(_ poll: FeedPoll, into round: inout WatchRound) async throws {
        round.feeds += 1
        round.messages += poll.messages
        round.rejected += poll.rejected
        switch poll.result {
        case .notModified: round.notModified += 1
        case .failed: round.failed += 1
        case .fetched: break
        }
        let (store, threshold) = (self.store, settings.nearDuplicateThreshold)
        let outcomes = try await StoreWork.run { () throws -> [IngestOutcome] in
            let outcomes = poll.documents.isEmpty ? [] : try store.ingest(poll.documents, nearDuplicateThreshold: threshold)
            try store.markFeedItemsSeen(feedURL: poll.feed.url, keys: poll.keys, seen: FeedRecord.timestamp(Date()))
            var feed = poll.feed
            feed.itemsStored += outcomes.filter(\.isStored).count
            try store.savePoll(feed)
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
    }

    /// Refuses a URL its host's robots.txt disallows for Vigil.
    private func checkRobots(_ url: String) async throws(FetchError) {
        guard let parsed = URL(string: url) else { throw FetchError(url: url, problem: "not a URL") }
        let rules = await robots.rules(for: parsed)
        var path = parsed.path.isEmpty ? "/" : parsed.path
        if let query = parsed.query { path += "?" + query }
        guard rules.allows(path: path) else { throw FetchError(url: url, problem: "its site's robots.txt disallows Vigil") }
    }

    /// Waits between two requests to one host: `hostDelaySeconds`, or its robots.txt's Crawl-delay.
    private func pause(before url: String) async {
        var delay = settings.hostDelaySeconds
        if let parsed = URL(string: url), let crawlDelay = await robots.rules(for: parsed).crawlDelay {
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
