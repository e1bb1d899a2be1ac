import NIOCore
import NIOHTTP1
import NIOPosix
public import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 whose routes answer on NIO's event-loop threads, never on
/// Swift's cooperative threads: while other tests hold those threads, it still answers at once.
public final class LocalHTTPServer: Sendable {
    /// A request as a route sees it.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: [UInt8]

        /// A header's value, by case-insensitive name.
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// A route's answer; `delay` holds it back that many seconds.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        public var delay: Double

        public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        public init(status: Int = 200, type: String, text: String, headers: [(String, String)] = []) {
            self.init(status: status, headers: [("Content-Type", type)] + headers, body: Array(text.utf8))
        }
    }

    private let channel = Mutex<(any Channel)?>(nil)
    private let route: @Sendable (Request) -> Response

    /// A server answering every request with `route`.
    public init(route: @escaping @Sendable (Request) -> Response) {
        self.route = route
    }

    /// The port it listens on, once started.
    public var port: Int { channel.withLock { $0?.localAddress?.port ?? 0 } }

    /// Starts listening on a free port.
    public func start() async throws {
        let route = self.route
        let bound = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(RouteHandler(route: route))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        channel.withLock { $0 = bound }
    }

    public func stop() {
        channel.withLock { $0?.close(promise: nil) }
    }
}

/// Collects a request, asks the route, and writes its answer.
private final class RouteHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let route: @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response
    var request: LocalHTTPServer.Request?

    init(route: @escaping @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response) {
        self.route = route
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            request = .init(method: head.method.rawValue, path: head.uri, headers: headers, body: [])
        case .body(var buffer):
            request?.body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let request else { return }
            self.request = nil
            let response = route(request)
            let write = { [self] in self.write(response, context: context) }
            if response.delay > 0 {
                context.eventLoop.scheduleTask(in: .milliseconds(Int64(response.delay * 1000)), write)
            } else {
                write()
            }
        }
    }

    private func write(_ response: LocalHTTPServer.Response, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !response.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
