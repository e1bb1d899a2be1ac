public import Foundation
public import VigilStore

/// Feeds as users name them: a new subscription checked the same way from the command line and the
/// API, and a feed found by its URL or its name.
public enum FeedSubscription {
    /// A new subscription to `url` (a section front page when `isPage`), due at once; `name` defaults to the URL's host.
    public static func new(
        url: String, name: String?, every: String, source: String?, isPage: Bool = false, now: Date = Date()
    ) throws(SubscriptionError) -> FeedRecord {
        let host = try webHost(url, field: "url")
        let interval: PollInterval
        do { interval = try PollInterval(parsing: every) } catch { throw SubscriptionError(field: "every", message: error.message) }
        let stamp = FeedRecord.timestamp(now)
        let named = name.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? host
        return FeedRecord(
            url: url, name: named, source: source, everySeconds: interval.seconds, isPage: isPage, added: stamp, nextPoll: stamp)
    }

    /// The host of an http(s) URL.
    public static func webHost(_ text: String, field: String) throws(SubscriptionError) -> String {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { throw SubscriptionError(field: field, message: "\"\(text)\" is not an http(s) URL") }
        return host
    }

    /// The feed whose URL is `urlOrName`, else the one feed with that name.
    /// - Throws: when none matches, or when several feeds share the name (their URLs are listed).
    public static func find(_ urlOrName: String, in feeds: [FeedRecord]) throws(SubscriptionError) -> FeedRecord {
        if let feed = feeds.first(where: { $0.url == urlOrName }) { return feed }
        let named = feeds.filter { $0.name == urlOrName }
        guard named.count <= 1 else {
            throw SubscriptionError(
                field: "feed", message: "\(named.count) feeds are named \"\(urlOrName)\"; give the URL of one: "
                    + named.map(\.url).joined(separator: ", "))
        }
        guard let feed = named.first else {
            throw SubscriptionError(field: "feed", message: "no feed \"\(urlOrName)\" (see `vigil feeds list`)")
        }
        return feed
    }
}
