import Hummingbird
import NIOCore
import Prometheus
import VigilStore

/// `GET /metrics`: Prometheus text format, with Hummingbird's request metrics (when the process
/// bootstrapped swift-metrics with this registry) and the store's counts.
struct MetricsRoutes {
    let store: any ReviewStore
    let registry: PrometheusCollectorRegistry

    func register(on group: RouterGroup<VigilRequestContext>) {
        let documents = registry.makeGauge(name: "vigil_documents", help: "Documents stored.")
        let stories = registry.makeGauge(name: "vigil_stories_pending", help: "Stories not yet extracted.")
        let events = registry.makeGauge(name: "vigil_events", help: "Events stored.")
        let tallies = registry.makeGauge(name: "vigil_tallies", help: "Tallies stored.")
        group.get { _, _ in
            let stats = try await StoreWork.run { try store.stats() }
            documents.set(to: Double(stats.documents))
            stories.set(to: Double(stats.storiesPending))
            events.set(to: Double(stats.events))
            tallies.set(to: Double(stats.tallies))
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
