import PostgresNIO

extension PostgresStore: SchemaMigrations {
    public func appliedMigrations() throws -> [String] {
        try session.read { db in
            try db.values("SELECT name FROM schema_migrations ORDER BY seq", as: String.self)
        }
    }
}
