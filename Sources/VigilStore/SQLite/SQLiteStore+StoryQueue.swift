public import VigilModel

/// The embedded store has one writer at a time and no leases: a claim is the pending list, so one
/// `vigil worker` (or `vigil process`) at a time works on a SQLite database.
extension SQLiteStore: StoryQueue {
    public func claimStories(extractorVersion: String, owner: String, limit: Int, leaseSeconds: Int) throws -> [Document] {
        try pendingStories(extractorVersion: extractorVersion, limit: limit)
    }

    public func whileLinking<T>(_ body: () throws -> T) throws -> T {
        try body()
    }
}
