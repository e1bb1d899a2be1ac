/// Why a fetch failed, as `vigil feeds list` shows it: the URL and the problem, and how long the
/// server asked us to wait (`Retry-After`) when it did.
public struct FetchError: Error, CustomStringConvertible, Sendable, Equatable {
    public var url: String
    public var problem: String
    /// Seconds the server asked for before the next try (429 or 503 with `Retry-After`).
    public var retryAfter: Double?

    public init(url: String, problem: String, retryAfter: Double? = nil) {
        self.url = url
        self.problem = problem
        self.retryAfter = retryAfter
    }

    public var description: String { "\(url): \(problem)" }
}
