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
            return try await StoreWork.run { FeedListPayload(feeds: try FeedHealth.all(in: feeds)) }
        }
        writes.post("feeds") { request, _ -> EditedResponse<FeedPayload> in
            let body = try await JSONBody(request, limit: maxBodyBytes)
            try body.only(["url", "name", "every", "source", "page"])
            let isPage: Bool
            switch body.fields["page"] {
            case nil, is NSNull: isPage = false
            case let flag as Bool: isPage = flag
            default: throw APIError.badParameter("page", "must be true or false")
            }
            let feed = try Self.checked {
                try FeedSubscription.new(
                    url: try body.string("url") ?? "", name: try body.string("name"), every: try body.string("every") ?? "15m",
                    source: try body.string("source"), isPage: isPage)
            }
            let feeds = try feedStore()
            try await StoreWork.run {
                do { try feeds.addFeed(feed) } catch let error as StoreError { throw APIError(.conflict, error.message) }
            }
            return EditedResponse(status: .created, response: FeedPayload(feed: feed))
        }
        writes.delete("feeds") { request, _ -> Response in
            let query = try QueryParameters(request, allowed: ["feed"])
            guard let name = query.string("feed"), !name.isEmpty else { throw APIError.badParameter("feed", "give the feed's URL or name") }
            let feeds = try feedStore()
            try await StoreWork.run {
                let feed = try Self.checked { try FeedSubscription.find(name, in: try feeds.feeds()) }
                _ = try feeds.removeFeed(url: feed.url)
            }
            return Response(status: .noContent)
        }
    }

    private func feedStore() throws -> any FeedStore {
        guard let feeds = store as? any FeedStore else { throw APIError(.notImplemented, "this database does not keep feeds") }
        return feeds
    }

    /// Runs `body`, answering a refused subscription with a 400 naming its field (404 for a feed not found).
    static func checked<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as SubscriptionError {
            if error.field == "feed", error.message.hasPrefix("no feed") { throw APIError.notFound(error.message) }
            throw APIError.badParameter(error.field, error.message)
        }
    }
}
