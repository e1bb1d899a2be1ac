import Foundation
import VigilIngest
public import VigilModel
public import VigilStore

/// The engines the store and server suites run against. PostgreSQL is used when `VIGIL_TEST_POSTGRES_URL` is
/// set (`make test` starts a throwaway cluster and sets it); each test gets its own schema.
public enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["VIGIL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SQLite always; PostgreSQL when a test server is configured.
    public static var available: [StoreBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    public var description: String { rawValue }

    /// A new, empty store; `cleanUp` removes it. PostgreSQL URL options (`postgis=off`) go in `options`.
    public func makeStore(options: String = "") throws -> (store: any StoryQueue & ReviewStore & TokenStore & FeedStore & AlertStore, cleanUp: @Sendable () -> Void) {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-\(name)")
            let store = try SQLiteStore(path: folder.appendingPathComponent("nested/vigil.sqlite").path)
            return (store, { try? FileManager.default.removeItem(at: folder) })
        case .postgres:
            guard let url = StoreBackend.postgresURL else { throw StoreError("VIGIL_TEST_POSTGRES_URL is not set") }
            let store = try PostgresStore(
                url: url + (url.contains("?") ? "&" : "?") + "schema=\(name)" + (options.isEmpty ? "" : "&" + options))
            return (store, {})
        }
    }
}

/// A document prepared as `vigil ingest` prepares it.
public func incoming(_ id: String, _ text: String, source: String = "Wire", url: String = "") -> IncomingDocument {
    DocumentPreparer(source: source).prepare(
        RawDocument(id: id, title: id, text: text, url: url, origin: id), ingested: "2024-01-01T00:00:00Z")
}

extension Event {
    /// The event under another id.
    public func with(id: String) -> Event {
        var copy = self
        copy.eventID = id
        return copy
    }
}
