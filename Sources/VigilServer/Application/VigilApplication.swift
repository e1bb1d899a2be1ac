public import Hummingbird
import Logging
import Metrics
import Prometheus
public import VigilStore

/// Builds Vigil's HTTP application: the JSON API under `/api`, `/healthz`, `/metrics`, the OpenAPI
/// document and the dashboard at `/`.
public enum VigilApplication {
    /// The API's version, as the OpenAPI document gives it.
    public static let version = "0.1.0"

    /// The router with every route and middleware; tests drive it through HummingbirdTesting.
    public static func router(
        store: any ReviewStore & TokenStore, configuration: ServerConfiguration
    ) -> Router<VigilRequestContext> {
        router(store: store, configuration: configuration, metrics: PrometheusCollectorRegistry())
    }

    static func router(
        store: any ReviewStore & TokenStore, configuration: ServerConfiguration, metrics: PrometheusCollectorRegistry
    ) -> Router<VigilRequestContext> {
        let router = Router(context: VigilRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: RequestGuardMiddleware(listeningOn: configuration.host, extra: configuration.allowedHosts))
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: Dashboard.middleware())
        HealthRoutes(store: store).register(on: router)

        // With --closed-reads every read but /healthz needs a token: the API, its description, the metrics.
        let metricsGroup = router.group("metrics")
        if configuration.readsRequireToken { metricsGroup.add(middleware: TokenMiddleware(tokens: store)) }
        MetricsRoutes(store: store, registry: metrics).register(on: metricsGroup)
        let reads = router.group("api")
        if configuration.readsRequireToken { reads.add(middleware: TokenMiddleware(tokens: store)) }
        OpenAPIDocument.register(on: reads)
        EventRoutes(store: store).register(on: reads)
        DocumentRoutes(store: store).register(on: reads)
        StatsRoutes(store: store).register(on: reads)
        TallyRoutes(store: store).register(on: reads)
        ExportRoutes(store: store).register(on: reads)
        StreamRoutes(store: store).register(on: reads)

        let writes = router.group("api").add(middleware: TokenMiddleware(tokens: store))
        AuditRoutes(store: store).register(reads: reads, writes: writes)
        ReviewRoutes(store: store, maxBodyBytes: configuration.maxBodyBytes).register(on: writes)
        IngestRoutes(store: store, configuration: configuration).register(on: writes)
        FeedRoutes(store: store, maxBodyBytes: configuration.maxBodyBytes).register(reads: reads, writes: writes)
        AlertRoutes(store: store, maxBodyBytes: configuration.maxBodyBytes).register(on: writes)
        return router
    }

    /// Runs the server until SIGINT or SIGTERM; `onListening` receives the dashboard's URL once the
    /// socket is bound.
    public static func serve(
        store: any ReviewStore & TokenStore, configuration: ServerConfiguration,
        onListening: @escaping @Sendable (String) -> Void
    ) async throws {
        var logger = Logger(label: "vigil")
        logger.logLevel = .warning
        let metrics = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))
        try await application(
            router: router(store: store, configuration: configuration, metrics: metrics), configuration: configuration,
            logger: logger, onListening: onListening
        ).runService()
    }

    /// The application over `router`, listening on the configured host and port; `onListening`
    /// receives the dashboard's URL once the socket is bound.
    private static func application(
        router: Router<VigilRequestContext>, configuration: ServerConfiguration, logger: Logger,
        onListening: @escaping @Sendable (String) -> Void
    ) -> some ApplicationProtocol {
        Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "vigil"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                onListening("http://\(host):\(port)/")
            },
            logger: logger)
    }
}
