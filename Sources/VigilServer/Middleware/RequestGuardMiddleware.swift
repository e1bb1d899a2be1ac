import Hummingbird

/// Refuses requests a browser could be tricked into sending: a `Host` that is not this server
/// when it listens on a loopback address (DNS rebinding: a page at `evil.example` resolving to
/// 127.0.0.1 must not read the open API), and paths that start with `//`, which the file server
/// would answer with a redirect to another site (`//vendor` → `//vendor/`).
struct RequestGuardMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    /// Host names (without port) a request may name; nil accepts any.
    let allowedHosts: Set<String>?

    /// The guard for a server listening on `host`: loopback servers accept only loopback names and
    /// `extra` (`--allowed-host`); others accept `extra`, their own address and the loopback names when `extra` is
    /// given, else any host.
    init(listeningOn host: String, extra: [String]) {
        let loopback = ServerConfiguration.loopbackHosts
        let names = Set(extra.map { $0.lowercased() })
        if loopback.contains(host.lowercased()) {
            allowedHosts = loopback.union(names)
        } else {
            allowedHosts = names.isEmpty ? nil : names.union([host.lowercased()]).union(loopback)
        }
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.uri.path.hasPrefix("//") { throw APIError.notFound("no such page: \(request.uri.path)") }
        if let allowedHosts, let header = request.headers[Self.hostField] ?? request.head.authority {
            let name = Self.hostName(header)
            guard allowedHosts.contains(name) else {
                throw APIError(
                    .misdirectedRequest,
                    "this server does not answer for host \"\(name)\"; start it with --allowed-host \(name) if that name is yours",
                    parameter: "Host")
            }
        }
        return try await next(request, context)
    }

    /// `Host` as a plain field, where a request carries it so rather than as its authority.
    static let hostField = HTTPFields.Element.Name("Host")!

    /// The host of a `Host` header, lowercased, without its port (`[::1]:8080` → `[::1]`).
    static func hostName(_ header: String) -> String {
        let value = header.lowercased()
        if value.hasPrefix("["), let close = value.firstIndex(of: "]") { return String(value[...close]) }
        guard let colon = value.lastIndex(of: ":"), value.firstIndex(of: ":") == colon else { return value }
        return String(value[..<colon])
    }
}
