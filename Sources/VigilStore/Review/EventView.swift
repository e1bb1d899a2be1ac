/// What one row of an event listing is.
public enum EventView: String, CaseIterable, Hashable, Sendable {
    /// One row per real-world event: each canonical event (the reconciled row of every source's
    /// report of it), and each report that linking has not reached yet.
    case events
    /// One row per extracted report, as each story's extraction gave it.
    case reports
}
