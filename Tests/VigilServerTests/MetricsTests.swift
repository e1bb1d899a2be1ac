import Hummingbird
import HummingbirdTesting
import Testing
import VigilTestSupport
import VigilServer

@Suite struct MetricsTests {
    @Test(arguments: StoreBackend.available) func metricsCarryTheStoreCounts(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response throws in
                #expect(response.status == .ok)
                #expect(response.text.contains("vigil_events 3"))
                #expect(response.text.contains("# TYPE vigil_documents gauge"))
            }
        }
    }
}
