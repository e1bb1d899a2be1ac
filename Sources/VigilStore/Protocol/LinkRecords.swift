public import VigilModel

/// An extracted event as the linker reads it: the event and the sentences around its evidence.
public struct ReportRecord: Sendable, Hashable {
    public var event: Event
    /// The document sentences that hold the event's evidence (empty when none was saved).
    public var context: String

    public init(event: Event, context: String) {
        self.event = event
        self.context = context
    }
}

/// A canonical event (one real event, merged from every report of it) as the store keeps it.
public struct CanonicalEventRecord: Sendable, Hashable {
    /// The canonical event's id (`ce-…`).
    public var id: String
    /// The reconciled ACLED row.
    public var event: Event
    /// The extracted events (reports) merged into it.
    public var reportIDs: [String]
    /// Every source document: the reports' documents and their near-copies.
    public var documentIDs: [String]
    /// The linker's full record as JSON (each field's value with its sources and alternatives).
    public var detail: String

    public init(id: String, event: Event, reportIDs: [String], documentIDs: [String], detail: String) {
        self.id = id
        self.event = event
        self.reportIDs = reportIDs
        self.documentIDs = documentIDs
        self.detail = detail
    }
}

/// A reviewer's merge or split, recorded with who and when.
public struct LinkDecisionRecord: Sendable, Hashable {
    /// Order of recording (assigned by the store).
    public var sequence: Int
    /// "merge" or "split".
    public var kind: String
    /// The report ids of each group.
    public var groups: [[String]]
    public var reviewer: String
    /// ISO 8601 UTC.
    public var decidedAt: String
    public var note: String

    public init(sequence: Int = 0, kind: String, groups: [[String]], reviewer: String, decidedAt: String, note: String) {
        self.sequence = sequence
        self.kind = kind
        self.groups = groups
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.note = note
    }
}
