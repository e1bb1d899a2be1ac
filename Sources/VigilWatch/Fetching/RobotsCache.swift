public import Foundation

/// Each host's `robots.txt`, fetched once a day per watcher (RFC 9309): a 4xx answer allows
/// everything; a 5xx or no answer disallows everything for half an hour, then it is asked again.
public actor RobotsCache {
    /// A host's rules, or why its robots.txt could not be read (then nothing may be fetched from it).
    public struct Entry: Sendable {
        public var rules: RobotsRules
        /// "robots.txt unreachable (HTTP 503 Service Unavailable)": nothing is fetched from the host meanwhile.
        public var unreachable: String?
        var fetched: Date
    }

    private let fetcher: FeedFetcher
    private var entries: [String: Entry] = [:]
    /// Seconds a host's rules are kept.
    public static let lifetime: TimeInterval = 86_400
    /// Seconds a host whose robots.txt could not be read is left alone.
    public static let unreachableLifetime: TimeInterval = 1800

    public init(fetcher: FeedFetcher) {
        self.fetcher = fetcher
    }

    /// The rules of `url`'s host, fetched when not known or too old.
    public func rules(for url: URL, now: Date = Date()) async -> Entry {
        guard let scheme = url.scheme, let host = url.host else { return Entry(rules: .allowAll, fetched: now) }
        let origin = "\(scheme)://\(host)\(url.port.map { ":\($0)" } ?? "")"
        if let known = entries[origin],
            now.timeIntervalSince(known.fetched) < (known.unreachable == nil ? Self.lifetime : Self.unreachableLifetime)
        {
            return known
        }
        var entry = Entry(rules: .allowAll, fetched: now)
        do {
            if case .fetched(let page) = try await fetcher.fetch(origin + "/robots.txt") {
                entry.rules = RobotsRules(parsing: String(decoding: page.bytes, as: UTF8.self), userAgent: FeedFetcher.userAgent)
            }
        } catch where !error.problem.hasPrefix("HTTP 4") {
            entry.unreachable = "robots.txt unreachable (\(error.problem)); nothing is fetched from the site for half an hour"
        } catch {}
        entries[origin] = entry
        return entry
    }
}
