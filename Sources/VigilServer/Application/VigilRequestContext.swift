public import Hummingbird
public import Foundation

/// The request context of Vigil's routes: Hummingbird's core storage plus the name of the token
/// that authenticated the request, if any.
public struct VigilRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The name of the API token the request carried (set by ``TokenMiddleware``).
    public var tokenName: String?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// JSON with keys sorted, so responses are stable and diffable.
    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
