public import Synchronization

/// A webhook receiver on 127.0.0.1 for the alert tests: it answers 500 to the first `failures`
/// POSTs and 204 after, and keeps every body with its headers.
public final class LocalWebhookReceiver: Sendable {
    /// A POST as received.
    public struct Delivery: Sendable {
        public var body: String
        public var signature: String?
        public var kind: String?
        public var status: Int
    }

    public let received = Mutex<[Delivery]>([])
    private let failures: Int
    private let server = Mutex<LocalHTTPServer?>(nil)

    public init(failures: Int) {
        self.failures = failures
    }

    public var url: String { "http://127.0.0.1:\(server.withLock { $0?.port ?? 0 })/hook" }

    public func start() async throws {
        let http = LocalHTTPServer { [self] request in
            guard request.method == "POST", request.path == "/hook" else { return .init(status: 404) }
            let status = received.withLock { list -> Int in
                let status = list.count < failures ? 500 : 204
                list.append(Delivery(
                    body: String(decoding: request.body, as: UTF8.self), signature: request.header("X-Vigil-Signature"),
                    kind: request.header("X-Vigil-Kind"), status: status))
                return status
            }
            return .init(status: status)
        }
        try await http.start()
        server.withLock { $0 = http }
    }

    public func stop() {
        server.withLock { $0?.stop() }
    }
}
