import ArgumentParser
import VigilStore

/// `vigil db`: the database itself: its schema, and moving a project from SQLite to PostgreSQL.
struct Db: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Migrate the database's schema, or copy a SQLite project into PostgreSQL.",
        subcommands: [Migrate.self, Copy.self])

    /// `vigil db migrate`: applies pending migrations and lists them.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Apply the schema migrations the database lacks, and list every applied one.",
            discussion: """
                Every command migrates the database it opens; this one does only that, for SQLite files \
                and PostgreSQL databases alike (several processes may run it at once).
                """)

        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingErrors {
                guard let store = try store.open() as? any SchemaMigrations else {
                    throw CLIError("this database does not list its migrations", code: .ioError)
                }
                do {
                    for name in try store.appliedMigrations() { print(name) }
                } catch let error as StoreError {
                    throw CLIError(error.message, code: .ioError)
                }
            }
        }
    }

    /// `vigil db copy`: a SQLite project into an empty PostgreSQL database.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy a SQLite database into an empty PostgreSQL database, and check the copy.",
            discussion: """
                Copies every document with its sources, stories, duplicate-detection buckets, events, \
                tallies, your places, canonical events and linking decisions, reviewers' decisions and \
                edits with their audit log, and API tokens, in one transaction, then compares each \
                table's row count and SHA-256 checksum on both sides.
                """)

        @Option(help: ArgumentHelp("The SQLite database file.", valueName: "path")) var from: String
        @Option(help: ArgumentHelp("The PostgreSQL database: postgres://user@host:port/database.", valueName: "url"))
        var to: String

        func validate() throws {
            guard PostgresSettings.isPostgresURL(to) else {
                throw ValidationError("--to \(to) is not a postgres:// URL")
            }
        }

        func run() throws {
            try reportingErrors {
                let target: PostgresStore, tables: [PostgresStore.CopiedTable]
                do {
                    target = try PostgresStore(url: to)
                    tables = try target.copy(from: try SQLiteStore(path: from))
                } catch let error as StoreError {
                    throw CLIError(error.message, code: .ioError)
                }
                for table in tables {
                    let width = 26 - table.table.count
                    print("\(table.table)\(String(repeating: " ", count: max(1, width)))\(table.rows) rows  sha256 \(table.checksum.prefix(16))  \(table.matches ? "same" : "DIFFERENT")")
                }
                guard tables.allSatisfy(\.matches) else {
                    throw CLIError("the copy differs from \(from): see the tables marked DIFFERENT", code: .dataError)
                }
                print("copied \(from) to \(target.location): every table has the same rows and checksum")
            }
        }
    }
}
