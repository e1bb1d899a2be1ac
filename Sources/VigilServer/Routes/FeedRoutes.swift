import Foundation
import Hummingbird
import VigilStore
import VigilWatch

/// `GET /api/feeds` (the watched feeds with their health), and with a token `POST /api/feeds`
/// (`{"url", "name"?, "every"?, "source"?}`) and `DELETE /api/feeds?feed=URL|NAME`, as `vigil feeds` does.
struct FeedRoutes {
    let store: any ReviewStore
    let maxBodyBytes: Int

    func register(reads: RouterGroup<VigilRequestContext>, writes: RouterGroup<VigilRequestContext>) {
        reads.get("feeds") { request, _ -> FeedListPayload in
            _ = try QueryParameters(request, allowed: [])
            let feeds = try feedStore()
            return try await StoreWork.run {
                let lastDay = try feeds.feedItemCounts(since: FeedRecord.timestamp(Date().addingTimeInterval(-86_400)))
                return FeedListPayload(feeds: try feeds.feeds().map { .init(feed: $0, itemsLastDay: lastDay[$0.url] ?? 0) })
            }
        }
        writes.post("feeds") { request, _ -> EditedResponse<FeedPayload> in
            let body = try await JSONBody(request, limit: maxBodyBytes)
            try body.only(["url", "name", "every", "source"])
            let feed = try Self.feed(body)
            let feeds = try feedStore()
            do { try feeds.addFeed(feed) } catch let error as StoreError { throw APIError(.conflict, error.message) }
            return EditedResponse(status: .created, response: FeedPayload(feed: feed))
        }
        writes.delete("feeds") { request, _ -> Response in
            let query = try QueryParameters(request, allowed: ["feed"])
            guard let feed = query.string("feed"), !feed.isEmpty else { throw APIError.badParameter("feed", "give the feed's URL or name") }
            guard try feedStore().removeFeed(feed) else { throw APIError.notFound("no feed \"\(feed)\"") }
            return Response(status: .noContent)
        }
    }

    private func feedStore() throws -> any FeedStore {
        guard let feeds = store as? any FeedStore else { throw APIError(.notImplemented, "this database does not keep feeds") }
        return feeds
    }

    /// An interval, or a 400 that says what is wrong with it.
    static func interval(_ text: String) throws -> PollInterval {
        do throws(PollIntervalError) { return try PollInterval(parsing: text) } catch {
            throw APIError.badParameter("every", error.message)
        }
    }

    /// A new subscription from a request body, due at once.
    static func feed(_ body: JSONBody) throws -> FeedRecord {
        guard let url = try body.string("url"), let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
            let host = parsed.host, !host.isEmpty
        else { throw APIError.badParameter("url", "must be an http(s) URL") }
        let every = try interval(try body.string("every") ?? "15m")
        let now = FeedRecord.timestamp(Date())
        let name = try body.string("name").flatMap { $0.isEmpty ? nil : $0 } ?? host
        return FeedRecord(url: url, name: name, source: try body.string("source"), everySeconds: every.seconds, added: now, nextPoll: now)
    }
}
