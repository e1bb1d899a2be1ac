/// The linker's view of a pair of reports: never the same event, or scored.
public enum LinkVerdict: Sendable, Hashable {
    /// A rule says they are different events; the reason names it.
    case blocked(LinkBlock)
    /// They may be the same event, as likely as the score says.
    case scored(LinkScore)

    /// The score, or nil when blocked.
    public var score: LinkScore? {
        if case .scored(let score) = self { return score }
        return nil
    }
}
