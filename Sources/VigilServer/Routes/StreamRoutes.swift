import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
import Synchronization
import VigilStore

/// `GET /api/stream`: server-sent events for the dashboard. `changed` (with the new counts) each
/// time documents, events or tallies are added, by this server or any other process on the
/// database (a watcher, a worker); a comment every `heartbeatSeconds` keeps the connection open.
struct StreamRoutes {
    let store: any ReviewStore
    /// How often the database's counts are read, in seconds.
    var checkSeconds = 5.0
    var heartbeatSeconds = 15.0

    func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("stream") { request, _ -> Response in
            _ = try QueryParameters(request, allowed: [])
            let (store, check, heartbeat) = (self.store, checkSeconds, heartbeatSeconds)
            let first = try await StoreWork.run { try Self.counts(store) }
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: Self.message("hello", first)))
                // The stream never ends by itself: it stops when the server shuts down, so that
                // Ctrl-C with a dashboard open does not wait for the browser to go.
                let stopping = Mutex(false)
                try await withGracefulShutdownHandler {
                    try await Self.follow(store, from: first, writer: &writer, check: check, heartbeat: heartbeat) {
                        stopping.withLock { $0 }
                    }
                } onGracefulShutdown: {
                    stopping.withLock { $0 = true }
                }
                try await writer.finish(nil)
            })
        }
    }

    /// Writes `changed` whenever the counts move on from `first`, and a comment when quiet, until
    /// `stopping` says the server is shutting down (looked at every second).
    static func follow(
        _ store: any ReviewStore, from first: Counts, writer: inout some ResponseBodyWriter, check: Double, heartbeat: Double,
        stopping: () -> Bool
    ) async throws {
        var last = first, quiet = 0.0
        while !Task.isCancelled && !stopping() {
            for _ in 0..<max(1, Int(check)) where !stopping() { try await Task.sleep(for: .seconds(1)) }
            if stopping() { break }
            let now = try await StoreWork.run { try Self.counts(store) }
            if now != last {
                try await writer.write(ByteBuffer(string: Self.message("changed", now)))
                last = now
                quiet = 0
            } else if quiet + check >= heartbeat {
                try await writer.write(ByteBuffer(string: ": still here\n\n"))
                quiet = 0
            } else {
                quiet += check
            }
        }
    }

    /// What the dashboard is told: the counts that grow when something new is stored.
    struct Counts: Equatable, Encodable {
        var documents: Int
        var events: Int
        var tallies: Int
    }

    static func counts(_ store: any ReviewStore) throws -> Counts {
        let stats = try store.stats()
        return Counts(documents: stats.documents, events: stats.events, tallies: stats.tallies)
    }

    /// One server-sent event: its name and its data as a JSON line.
    static func message(_ name: String, _ counts: Counts) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(counts)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: \(name)\ndata: \(json)\n\n"
    }
}
