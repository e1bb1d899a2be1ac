public import VigilModel

/// One change a person made: who, when, what, and the record before and after.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// What was changed.
    public enum Action: String, Codable, CaseIterable, Sendable {
        case edit, approve, reject, merge, split, ingest
    }

    public var id: Int64
    /// The event (or, for ``Action/ingest``, the document) changed.
    public var subject: String
    public var action: Action
    /// The token name that made the change.
    public var actor: String
    /// ISO 8601 UTC.
    public var at: String
    public var before: Event?
    public var after: Event?
    public var note: String

    public init(
        id: Int64, subject: String, action: Action, actor: String, at: String, before: Event?, after: Event?,
        note: String
    ) {
        self.id = id
        self.subject = subject
        self.action = action
        self.actor = actor
        self.at = at
        self.before = before
        self.after = after
        self.note = note
    }
}
