import Hummingbird
import Logging
import NIOCore

/// Answers every failure with Vigil's JSON error shape: Hummingbird's own errors (404, 405, 413)
/// and unexpected ones (500, without internals) become ``APIError``s.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "request body too large", parameter: "body")
        } catch let error as HTTPError {
            throw APIError(error.status, error.body ?? error.status.reasonPhrase)
        } catch let error as any HTTPResponseError {
            throw APIError(error.status, error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed: \(String(reflecting: "\(error)"))")
            throw APIError(.internalServerError, "internal error (the server log has the details)")
        }
    }
}
