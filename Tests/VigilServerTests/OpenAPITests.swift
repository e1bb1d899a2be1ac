import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilServer

@Suite struct OpenAPITests {
    /// `/api/events/{id}` in the router and in the document name their parameters alike.
    func normalized(_ path: String) -> String {
        path.split(separator: "/").map { $0.hasPrefix("{") || $0.hasPrefix(":") ? "{}" : String($0) }.joined(separator: "/")
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let router = VigilApplication.router(store: fixture.store, configuration: ServerConfiguration())
        let routes = Set(router.routes.map { "\($0.method.rawValue.lowercased()) \(normalized($0.path.description))" })
        #expect(routes.count >= 18)
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response throws in
                #expect(response.status == .ok)
                let document = try response.json()
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                var documented = Set<String>()
                for (path, operations) in paths {
                    for method in operations.keys where ["get", "post", "patch", "put", "delete"].contains(method) {
                        documented.insert("\(method) \(normalized(path))")
                    }
                }
                #expect(routes.subtracting(documented).isEmpty, "undocumented: \(routes.subtracting(documented).sorted())")
                #expect(documented.subtracting(routes).isEmpty, "documented but missing: \(documented.subtracting(routes).sorted())")
            }
        }
    }

    @Test func theDashboardIsServedAtTheRoot() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response throws in
                #expect(response.status == .ok)
                #expect(response.text.contains("<title>Vigil"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
            for asset in ["/app.js", "/app.css", "/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css", "/data/countries.geojson"] {
                try await client.execute(uri: asset, method: .get) { response throws in
                    #expect(response.status == .ok, "\(asset)")
                }
            }
            try await client.execute(uri: "/no-such-page", method: .get) { response throws in
                #expect(response.status == .notFound)
            }
        }
    }
}
