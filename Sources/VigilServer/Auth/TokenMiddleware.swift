import Foundation
import Hummingbird
import VigilStore

/// Requires `Authorization: Bearer TOKEN` with a token made by `vigil token create`, and records its
/// name in the context for the audit log.
struct TokenMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    let tokens: any TokenStore

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw APIError(
                .unauthorized, "this request needs a token: send Authorization: Bearer TOKEN (create one with `vigil token create --name NAME`)",
                parameter: "Authorization")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let name = try tokens.tokenName(hash: APIToken.hash(String(parts[1]).trimmingCharacters(in: .whitespaces)))
        else {
            throw APIError(.unauthorized, "the token is not valid", parameter: "Authorization")
        }
        var context = context
        context.tokenName = name
        return try await next(request, context)
    }
}
