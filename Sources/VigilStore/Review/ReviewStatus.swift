/// Where an event stands in review.
public enum ReviewStatus: String, Codable, CaseIterable, Sendable {
    /// Not looked at by a person yet.
    case unreviewed
    /// A reviewer confirmed it (possibly after editing fields).
    case approved
    /// A reviewer decided it is not an event; hidden from default listings and exports.
    case rejected
    /// Folded into another event (`merged_into`); hidden from default listings and exports.
    case merged

    /// The statuses listed when a query names none: everything a reviewer has not removed.
    public static let visible: Set<ReviewStatus> = [.unreviewed, .approved]
}
