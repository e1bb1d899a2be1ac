public import VigilModel

/// Stories handed out to workers: each claim holds a story for a lease, so that several
/// `vigil worker` processes never extract one story at once, and a story whose worker died is
/// claimed again once its lease expires. ``Store/saveExtraction(storyID:extractorVersion:events:tallies:)``
/// releases the claim.
public protocol StoryQueue: Store {
    /// Claims up to `limit` stories not yet extracted by `extractorVersion` and not held by a live
    /// lease, oldest first, for `owner` during `leaseSeconds`; returns their canonical documents.
    func claimStories(extractorVersion: String, owner: String, limit: Int, leaseSeconds: Int) throws -> [Document]
    /// Runs `body` holding the store-wide linking lock: one process at a time links, so two workers
    /// that see two reports of one event at once never make two canonical events of it.
    func whileLinking<T>(_ body: () throws -> T) throws -> T
}
