/// What reviewers decided about one event; kept when the event is extracted again.
public struct EventReview: Codable, Hashable, Sendable {
    public var status: ReviewStatus
    /// Fields a reviewer changed (ACLED names); their values survive re-extraction.
    public var editedFields: [String]
    /// The event this one was merged into, when ``status`` is ``ReviewStatus/merged``.
    public var mergedInto: String?
    /// The event this one was split from, when a reviewer created it by splitting.
    public var splitFrom: String?
    /// Who made the last change, and when (ISO 8601 UTC).
    public var updatedBy: String?
    public var updated: String?

    public init(
        status: ReviewStatus = .unreviewed, editedFields: [String] = [], mergedInto: String? = nil,
        splitFrom: String? = nil, updatedBy: String? = nil, updated: String? = nil
    ) {
        self.status = status
        self.editedFields = editedFields
        self.mergedInto = mergedInto
        self.splitFrom = splitFrom
        self.updatedBy = updatedBy
        self.updated = updated
    }

    enum CodingKeys: String, CodingKey {
        case status
        case editedFields = "edited_fields"
        case mergedInto = "merged_into"
        case splitFrom = "split_from"
        case updatedBy = "updated_by"
        case updated
    }
}
