import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// Fetches feeds and pages the way feed readers do: a conditional GET with the validators of the
/// last answer (304 means nothing changed), a User-Agent naming Vigil, gzip, at most
/// `maxRedirects` redirects, a time limit per request and a size cap on the body.
public final class FeedFetcher: Sendable {
    /// What a fetch gave.
    public enum Outcome: Sendable, Equatable {
        /// 304: unchanged since the validators sent.
        case notModified
        /// 2xx: the body and its validators.
        case fetched(Page)
    }

    /// A fetched body, with its validators and its declared type.
    public struct Page: Sendable, Equatable {
        public var bytes: [UInt8]
        public var etag: String?
        public var lastModified: String?
        public var contentType: String?
    }

    /// Sent with every request.
    public static let userAgent = "Vigil/0.1 (offline conflict-event tracker; feed watcher)"

    private let client: HTTPClient
    /// Largest body accepted, after decompression, in bytes.
    public let maxBytes: Int
    /// Seconds a request may take in all.
    public let timeoutSeconds: Int64

    public init(maxBytes: Int = 16 << 20, timeoutSeconds: Int64 = 30, maxRedirects: Int = 5) {
        self.maxBytes = maxBytes
        self.timeoutSeconds = timeoutSeconds
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: maxRedirects, allowCycles: false),
            timeout: .init(connect: .seconds(min(timeoutSeconds, 10)), read: .seconds(timeoutSeconds)),
            decompression: .enabled(limit: .size(maxBytes)))
        configuration.httpVersion = .http1Only
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// GETs `url`, sending `etag` and `lastModified` back so that an unchanged feed answers 304.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws(FetchError) -> Outcome {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        request.headers.add(name: "Accept", value: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
        if let etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(request, timeout: .seconds(timeoutSeconds))
            switch response.status.code {
            case 304:
                return .notModified
            case 200..<300:
                let body = try await withDeadline(seconds: timeoutSeconds, url: url) { [maxBytes] in
                    try await response.body.collect(upTo: maxBytes)
                }
                return .fetched(Page(
                    bytes: Array(body.readableBytesView), etag: response.headers.first(name: "ETag"),
                    lastModified: response.headers.first(name: "Last-Modified"), contentType: response.headers.first(name: "Content-Type")))
            default:
                throw Self.failure(response, url: url)
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchError(url: url, problem: Self.describe(error, timeoutSeconds: timeoutSeconds, maxBytes: maxBytes))
        }
    }

    /// Closes the client's connections when the fetcher goes.
    deinit {
        client.shutdown(queue: .global()) { _ in }
    }

    /// Runs `body`, reading a response's body, for at most `seconds`: the request's own time limit
    /// ends once the headers arrive, and a server that trickles bytes must not hold a host for hours.
    private func withDeadline<T: Sendable>(seconds: Int64, url: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw FetchError(url: url, problem: "no whole answer within \(seconds) s")
            }
            return value
        }
    }

    /// An answer that is not a success: its status, and the wait its `Retry-After` asks for.
    static func failure(_ response: HTTPClientResponse, url: String) -> FetchError {
        FetchError(
            url: url, problem: "HTTP \(response.status.code) \(response.status.reasonPhrase)",
            retryAfter: retryAfter(response.headers.first(name: "Retry-After")))
    }

    /// A failure in words a user can act on, for a request of at most `timeoutSeconds` and a body of
    /// at most `maxBytes`.
    static func describe(_ error: any Error, timeoutSeconds: Int64, maxBytes: Int) -> String {
        if error is NIOTooManyBytesError { return "larger than \(maxBytes >> 20) MB; refused" }
        if let error = error as? NIOHTTPDecompression.DecompressionError, case .limit = error {
            return "inflates to more than \(maxBytes >> 20) MB; refused"
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .redirectLimitReached: return "too many redirects"
            case .redirectCycleDetected: return "redirects in a circle"
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "no answer within \(timeoutSeconds) s"
            case .invalidURL, .emptyHost: return "not an http(s) URL"
            default: return "\(error)"
            }
        }
        return "\(error)"
    }

    /// The longest `Retry-After` obeyed: a day.
    static let longestRetryAfter = 86_400.0

    /// `Retry-After` as seconds: a whole number of seconds, or an HTTP date; at most a day.
    static func retryAfter(_ value: String?) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber) {
            return min(Double(value) ?? longestRetryAfter, longestRetryAfter)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { min(max(0, $0.timeIntervalSinceNow), longestRetryAfter) }
    }
}
