import AsyncHTTPClient
import Dispatch
import NIOCore
import NIOHTTP1
import VigilText

/// POSTs alert bodies to webhooks, signed: `X-Vigil-Signature: sha256=HEX`, the HMAC-SHA256 of the
/// exact body with the alert's secret, so that a receiver can check the body came from this Vigil.
public final class WebhookSender: Sendable {
    private let client: HTTPClient
    /// Seconds a receiver has to answer.
    public let timeoutSeconds: Int64
    /// The default of `timeoutSeconds`.
    public static let defaultTimeoutSeconds: Int64 = 10
    /// The most of a receiver's answer read (and dropped).
    static let answerBytes = 64 << 10

    public init(timeoutSeconds: Int64 = WebhookSender.defaultTimeoutSeconds) {
        self.timeoutSeconds = timeoutSeconds
        client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(timeoutSeconds), read: .seconds(timeoutSeconds))))
    }

    deinit {
        client.shutdown(queue: .global()) { _ in }
    }

    /// The signature header's value for `body` under `secret`.
    public static func signature(of body: [UInt8], secret: String) -> String {
        "sha256=" + HMACSHA256.hex(key: secret, message: body)
    }

    /// POSTs `body`; returns normally on a 2xx answer.
    public func post(_ body: String, to url: String, secret: String, delivery: String, kind: String) async throws(FetchError) {
        let bytes = Array(body.utf8)
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: FeedFetcher.userAgent)
        request.headers.add(name: "X-Vigil-Signature", value: Self.signature(of: bytes, secret: secret))
        request.headers.add(name: "X-Vigil-Delivery", value: delivery)
        request.headers.add(name: "X-Vigil-Kind", value: kind)
        request.body = .bytes(ByteBuffer(bytes: bytes))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(timeoutSeconds))
            _ = try? await response.body.collect(upTo: Self.answerBytes)
        } catch {
            throw FetchError(url: url, problem: FeedFetcher.describe(error, timeoutSeconds: timeoutSeconds, maxBytes: Self.answerBytes))
        }
        guard (200..<300).contains(response.status.code) else { throw FeedFetcher.failure(response, url: url) }
    }
}
