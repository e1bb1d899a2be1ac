public import VigilModel
import PostgresNIO

/// Claims with `FOR UPDATE SKIP LOCKED` and a lease (migration "v4-story-leases"): concurrent
/// workers skip each other's rows instead of waiting, and take over a story whose lease expired.
extension PostgresStore: StoryQueue {
    public func claimStories(extractorVersion: String, owner: String, limit: Int, leaseSeconds: Int) throws -> [Document] {
        try session.transaction { db in
            let claimed = try db.values("""
                UPDATE stories SET lease_owner = \(owner), lease_expires = now() + make_interval(secs => \(Double(leaseSeconds)))
                WHERE id IN (
                    SELECT id FROM stories
                    WHERE (extractor_version IS NULL OR extractor_version != \(extractorVersion))
                        AND (lease_expires IS NULL OR lease_expires < now())
                    ORDER BY created, seq LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING id
                """, as: String.self)
            guard !claimed.isEmpty else { return [] }
            return try PostgresStore.documents(db.rows("""
                \(unescaped: PostgresStore.documentSelect)
                FROM stories st JOIN documents d ON d.id = st.canonical_document_id
                WHERE st.id = ANY(\(claimed)::TEXT[]) ORDER BY st.created, st.seq
                """))
        }
    }

    /// Holds the session-level advisory lock that `saveCanonicalEvents` and `unlinkedReports` also
    /// take per transaction (advisory locks are re-entrant within a session, and this store has one
    /// connection), from the first read of the linking run to its last write.
    public func whileLinking<T>(_ body: () throws -> T) throws -> T {
        try session.read { db in try db.execute("SELECT pg_advisory_lock(\(PostgresStore.linkLock))") }
        defer { _ = try? session.read { db in try db.execute("SELECT pg_advisory_unlock(\(PostgresStore.linkLock))") } }
        return try body()
    }
}
