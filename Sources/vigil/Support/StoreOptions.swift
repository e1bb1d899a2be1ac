import ArgumentParser
import Foundation
import VigilStore

/// `--db`, shared by every command that reads or writes the database.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Database file, or postgres://user@host:port/database (default: $VIGIL_DATABASE_URL, else $VIGIL_DB or ~/.local/share/vigil/vigil.sqlite).",
            valueName: "path|url"))
    var db: String?

    /// `--db`, else `$VIGIL_DATABASE_URL`, else the default SQLite file.
    var location: String {
        if let db { return db }
        if let url = ProcessInfo.processInfo.environment["VIGIL_DATABASE_URL"], !url.isEmpty { return url }
        return SQLiteStore.defaultPath
    }

    /// Opens the store (PostgreSQL for a postgres:// URL, SQLite otherwise, with a page cache of
    /// `cacheMegabytes` per connection), turning failures into a message that names the database.
    func open(cacheMegabytes: Int = SQLiteStore.readerCacheMegabytes) throws -> any Store {
        let location = location
        do {
            if PostgresSettings.isPostgresURL(location) { return try PostgresStore(url: location) }
            return try SQLiteStore(path: location, cacheMegabytes: cacheMegabytes)
        } catch let error as StoreError {
            throw CLIError(error.message, code: .ioError)
        }
    }

    /// Opens the store with its review state, for listings that show events as the dashboard does.
    func openReviewed() throws -> any ReviewStore {
        let store = try open()
        guard let reviewed = store as? any ReviewStore else {
            throw CLIError("the database at \(location) keeps no review state", code: .ioError)
        }
        return reviewed
    }
}
