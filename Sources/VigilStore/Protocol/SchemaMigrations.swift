/// A store whose schema is a list of named migrations, applied in order when it opens.
public protocol SchemaMigrations: Store {
    /// The names of the applied migrations, oldest first.
    func appliedMigrations() throws -> [String]
}
