// swift-tools-version:6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
        .library(name: "VigilModel", targets: ["VigilModel"]),
        .library(name: "VigilExtract", targets: ["VigilExtract"]),
        .library(name: "VigilStore", targets: ["VigilStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.9.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // Values: documents, events, tallies, actors, places, the ACLED taxonomy.
        .target(name: "VigilModel", swiftSettings: upcoming),
        // Text: normalization, tokens, sentences, paragraphs, duplicate detection.
        .target(
            name: "VigilText", dependencies: ["VigilModel"], resources: [.copy("Resources")],
            swiftSettings: upcoming),
        // Offline geocoding: gazetteer, facilities, country shapes, place resolution, imports of GeoNames and WOF places.
        .target(
            name: "VigilGeo", dependencies: ["VigilModel", "VigilText", "CZlib"],
            resources: [.copy("Resources")], swiftSettings: upcoming),
        // Text classification: features, averaged perceptron, training.
        .target(name: "VigilClassify", dependencies: ["VigilText"], swiftSettings: upcoming),
        // Event and tally extraction pipeline.
        .target(
            name: "VigilExtract",
            dependencies: ["VigilModel", "VigilText", "VigilGeo", "VigilClassify"],
            resources: [.copy("Resources")], swiftSettings: upcoming),
        // libxml2's HTML parser, from Debian's libxml2-dev.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // zlib, from Debian's zlib1g-dev, for gzip inputs.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // glibc's malloc_trim, for the long-running feed watcher.
        .systemLibrary(name: "CMalloc"),
        // Readers for text, HTML, RSS/Atom, JSONL, folders and gzip.
        .target(
            name: "VigilIngest", dependencies: ["VigilModel", "VigilText", "CLibXML2", "CZlib"],
            swiftSettings: upcoming),
        // Cross-source event linking, canonical events, review decisions and tally coverage.
        .target(
            name: "VigilLink", dependencies: ["VigilModel", "VigilText"], resources: [.copy("Resources")],
            swiftSettings: upcoming),
        // The processing workflow: extraction of new stories and cross-source linking over a store.
        .target(
            name: "VigilPipeline", dependencies: ["VigilModel", "VigilText", "VigilExtract", "VigilLink", "VigilStore"],
            swiftSettings: upcoming),
        // Scoring against ACLED-coded events, with the metrics of the project's scorer.
        .target(name: "VigilEval", dependencies: ["VigilModel", "VigilClassify"], swiftSettings: upcoming),
        // Persistence behind the Store protocol: SQLite (GRDB), the embedded default, and PostgreSQL (postgres-nio).
        .target(
            name: "VigilStore",
            dependencies: [
                "VigilModel", "VigilText", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: upcoming),
        // Live tracking: watched feeds polled politely over HTTP, their articles processed as they
        // arrive, and alerts on new events.
        .target(
            name: "VigilWatch",
            dependencies: [
                "VigilModel", "VigilText", "VigilIngest", "VigilStore", "VigilPipeline", "CMalloc",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: upcoming),
        // The HTTP server: JSON API, OpenAPI document, review with tokens, and the offline dashboard.
        .target(
            name: "VigilServer",
            dependencies: [
                "VigilModel", "VigilText", "VigilIngest", "VigilStore", "VigilLink", "VigilWatch",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            resources: [.copy("Resources")], swiftSettings: upcoming),
        .executableTarget(
            name: "vigil",
            dependencies: [
                "VigilModel", "VigilText", "VigilGeo", "VigilClassify", "VigilExtract", "VigilIngest", "VigilStore",
                "VigilServer", "VigilLink", "VigilEval", "VigilPipeline", "VigilWatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming),
        // libFuzzer targets for the document readers and the extractor (`make fuzz`); without libFuzzer, a replay of the
        // corpus (`vigil-fuzz Fuzz/corpus`).
        .executableTarget(
            name: "vigil-fuzz", dependencies: ["VigilModel", "VigilIngest", "VigilExtract"], path: "Sources/VigilFuzz",
            swiftSettings: upcoming),
        .testTarget(name: "VigilModelTests", dependencies: ["VigilModel"], swiftSettings: upcoming),
        .testTarget(name: "VigilTextTests", dependencies: ["VigilText"], swiftSettings: upcoming),
        .testTarget(name: "VigilGeoTests", dependencies: ["VigilGeo"], swiftSettings: upcoming),
        .testTarget(name: "VigilClassifyTests", dependencies: ["VigilClassify", "VigilText"], swiftSettings: upcoming),
        .testTarget(name: "VigilExtractTests", dependencies: ["VigilExtract"], swiftSettings: upcoming),
        .testTarget(name: "VigilEvalTests", dependencies: ["VigilEval", "VigilModel", "VigilClassify"], swiftSettings: upcoming),
        .testTarget(name: "VigilIngestTests", dependencies: ["VigilIngest", "VigilModel", "VigilText"], swiftSettings: upcoming),
        .testTarget(
            name: "VigilLinkTests", dependencies: ["VigilLink", "VigilExtract", "VigilStore", "VigilText"], exclude: ["Fixtures"],
            swiftSettings: upcoming),
        // Test support shared by the store and server suites: the backends they run against.
        .target(
            name: "VigilTestSupport",
            dependencies: [
                "VigilStore", "VigilIngest", "VigilModel", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/VigilTestSupport", swiftSettings: upcoming),
        .testTarget(
            name: "VigilStoreTests", dependencies: ["VigilStore", "VigilIngest", "VigilModel", "VigilTestSupport"],
            swiftSettings: upcoming),
        .testTarget(
            name: "VigilServerTests",
            dependencies: [
                "VigilServer", "VigilStore", "VigilModel", "VigilIngest", "VigilTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: upcoming),
        .testTarget(
            name: "VigilWatchTests",
            dependencies: [
                "VigilWatch", "VigilStore", "VigilModel", "VigilIngest", "VigilPipeline", "VigilExtract", "VigilTestSupport",
            ],
            swiftSettings: upcoming),
        .testTarget(
            name: "VigilCLITests", dependencies: ["vigil", "VigilStore", "VigilModel", "VigilText", "VigilTestSupport"],
            swiftSettings: upcoming),
    ]
)
