public import Foundation

/// Each host's `robots.txt`, fetched once a day per watcher (RFC 9309): a 4xx answer allows
/// everything; a 5xx or no answer disallows everything until the next try.
public actor RobotsCache {
    private let fetcher: FeedFetcher
    private var rules: [String: (rules: RobotsRules, fetched: Date)] = [:]
    /// Seconds a host's rules are kept.
    public static let lifetime: TimeInterval = 86_400

    public init(fetcher: FeedFetcher) {
        self.fetcher = fetcher
    }

    /// The rules of `url`'s host, fetched when not known or older than a day.
    public func rules(for url: URL, now: Date = Date()) async -> RobotsRules {
        guard let scheme = url.scheme, let host = url.host else { return .allowAll }
        let origin = "\(scheme)://\(host)\(url.port.map { ":\($0)" } ?? "")"
        if let known = rules[origin], now.timeIntervalSince(known.fetched) < Self.lifetime { return known.rules }
        let fetched: RobotsRules
        do {
            switch try await fetcher.fetch(origin + "/robots.txt") {
            case .fetched(let page):
                fetched = RobotsRules(parsing: String(decoding: page.bytes, as: UTF8.self), userAgent: FeedFetcher.userAgent)
            case .notModified:
                fetched = .allowAll
            }
        } catch {
            fetched = error.problem.hasPrefix("HTTP 4") ? .allowAll : RobotsRules(parsing: "User-agent: *\nDisallow: /", userAgent: FeedFetcher.userAgent)
        }
        rules[origin] = (fetched, now)
        return fetched
    }
}
