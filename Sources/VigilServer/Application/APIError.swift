public import Hummingbird
import Foundation

/// A failed request, answered as JSON: `{"error": {"status", "message", "parameter"?}}`.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    /// The query parameter, path parameter or body field at fault, when there is one.
    public var parameter: String?

    public init(_ status: HTTPResponse.Status, _ message: String, parameter: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
    }

    /// A 400 naming the bad parameter.
    public static func badParameter(_ name: String, _ message: String) -> APIError {
        APIError(.badRequest, "\(name): \(message)", parameter: name)
    }

    /// A 404 for a missing record.
    public static func notFound(_ what: String) -> APIError {
        APIError(.notFound, what)
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
            var parameter: String?
        }

        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Body(error: .init(status: status.code, message: message, parameter: parameter)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"vigil\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
