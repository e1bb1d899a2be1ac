import Foundation
import Hummingbird
import NIOCore

/// The OpenAPI 3.1 description of the API, shipped as `Resources/openapi.json` and served at
/// `/api/openapi.json`.
public enum OpenAPIDocument {
    /// The document's bytes, read once from the module's resources.
    static let data: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return Data("{}".utf8) }
        return data
    }()

    static func register(on reads: RouterGroup<VigilRequestContext>) {
        reads.get("openapi.json") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
