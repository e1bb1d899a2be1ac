/// A rule that keeps two reports apart, whatever their score.
public enum LinkBlock: String, Sendable, Hashable, Codable {
    /// One source reports them as two events (e.g. two attacks on one base on one day).
    case sameSource = "one source reports them as separate events"
    /// Further apart in time than the day window of their precision.
    case dates = "too far apart in time"
    /// Further apart than the distance limit, or in different provinces or countries.
    case places = "in different places"
    /// Sub-event types that no outlet would confuse (a protest and an air strike).
    case types = "different kinds of event"
    /// Each side's perpetrator is the other's target: an attack and the retaliation.
    case reversedRoles = "an attack and the retaliation (the actors swap roles)"
    /// A reviewer split them.
    case reviewerSplit = "a reviewer split them"
}
