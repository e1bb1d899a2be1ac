import Hummingbird

/// Headers that keep the dashboard to its own files: scripts, styles, images and requests from this
/// server only (so an article's text or URL can never load or run anything else), and no MIME sniffing.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
