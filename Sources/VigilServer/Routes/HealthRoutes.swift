import Hummingbird
import VigilStore

/// `GET /healthz`: 200 when the database answers.
struct HealthRoutes {
    let store: any ReviewStore

    func register(on router: Router<VigilRequestContext>) {
        router.get("healthz") { _, _ in
            let stats = try await StoreWork.run { try store.stats() }
            return HealthPayload(status: "ok", documents: stats.documents, events: stats.events, version: VigilApplication.version)
        }
    }
}
