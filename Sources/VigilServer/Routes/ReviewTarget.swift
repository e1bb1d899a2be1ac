import VigilStore

/// What a review action names: a canonical event (`ce-…`) stands for every report of it, so that
/// approving, rejecting or editing the event changes each report, and a later linking run
/// reconciles the same values.
enum ReviewTarget {
    /// The canonical event whose id is `id` (`ce-…`), or nil for a report's id.
    static func canonical(_ id: String, in store: any ReviewStore) throws -> CanonicalEventRecord? {
        guard id.hasPrefix("ce-"), let canonical = try store.canonicalEvent(id: id), canonical.id == id else { return nil }
        return canonical
    }

    /// The reports of the canonical event `id`, or `[id]` for a report.
    static func reports(of id: String, in store: any ReviewStore) throws -> [String] {
        try canonical(id, in: store)?.reportIDs ?? [id]
    }

    /// The report that stands for `id` where one event is needed (merging into it, splitting it):
    /// a canonical event's first report.
    static func lead(of id: String, in store: any ReviewStore) throws -> String {
        try reports(of: id, in: store).min() ?? id
    }
}
