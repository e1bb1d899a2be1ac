/// How `vigil serve` runs: where it listens and who may read.
public struct ServerConfiguration: Sendable {
    /// Address to bind; 127.0.0.1 keeps the server on this machine.
    public var host: String
    public var port: Int
    /// When true, reads (`GET /api/…`) need a token as writes do; the dashboard asks for one.
    public var readsRequireToken: Bool
    /// Largest request body accepted, in bytes; larger ones get 413.
    public var maxBodyBytes: Int
    /// Seconds a connection may stay silent (a half-open one, or a client that sends nothing more)
    /// before the server closes it, so that idle connections cannot use up its file handles.
    public var idleTimeoutSeconds: Int
    /// Host names requests may name besides the loopback ones (`--allowed-host`); see
    /// ``RequestGuardMiddleware``.
    public var allowedHosts: [String]
    /// Runs extraction over stories not yet processed, after documents are posted; nil leaves them
    /// for `vigil process`.
    public var processPending: (@Sendable () throws -> Int)?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, readsRequireToken: Bool = false, maxBodyBytes: Int = 8 << 20,
        allowedHosts: [String] = [], idleTimeoutSeconds: Int = 30, processPending: (@Sendable () throws -> Int)? = nil
    ) {
        self.host = host
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.allowedHosts = allowedHosts
        self.port = port
        self.readsRequireToken = readsRequireToken
        self.maxBodyBytes = maxBodyBytes
        self.processPending = processPending
    }

    /// The names of this machine's loopback address, as `--host` or a `Host` header gives them.
    public static let loopbackHosts: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

    /// The largest page of events a listing returns.
    public static let maxPageSize = 1000
}
