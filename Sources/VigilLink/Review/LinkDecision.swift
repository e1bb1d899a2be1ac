/// A person's decision about which reports are one event, recorded with who and when.
///
/// A merge keeps every report of its single group together, whatever the scores say; a split keeps
/// its groups apart. Later decisions override earlier ones where they disagree, and every run of
/// the linker applies them, so re-processing documents never undoes a review.
public struct LinkDecision: Codable, Hashable, Sendable {
    /// What the reviewer decided.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// The reports are one event.
        case merge
        /// The groups are different events.
        case split
    }

    /// Merge or split.
    public var kind: Kind
    /// Report (event) ids: one group for a merge, two or more groups kept apart for a split.
    public var groups: [[String]]
    /// Who decided ("alice").
    public var reviewer: String
    /// When, ISO 8601 UTC ("2026-11-25T13:05:00Z").
    public var decidedAt: String
    /// Why, in the reviewer's words.
    public var note: String

    /// A recorded decision.
    public init(kind: Kind, groups: [[String]], reviewer: String, decidedAt: String, note: String = "") {
        self.kind = kind
        self.groups = groups
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case kind, groups, reviewer
        case decidedAt = "decided_at"
        case note
    }
}
