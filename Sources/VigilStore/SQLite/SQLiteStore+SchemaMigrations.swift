import GRDB

extension SQLiteStore: SchemaMigrations {
    public func appliedMigrations() throws -> [String] {
        try read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }
}
