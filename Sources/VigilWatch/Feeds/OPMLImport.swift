/// What an OPML file gave: its feeds, and the outlines left out with the reason for each.
public struct OPMLImport: Sendable, Hashable {
    /// The http(s) feeds, in document order, each URL once.
    public var outlines: [OPMLOutline]
    /// One message per outline left out: `line 12: outline "Channel" has no http(s) xmlUrl ("tg://…")`.
    public var skipped: [String]

    public init(outlines: [OPMLOutline] = [], skipped: [String] = []) {
        self.outlines = outlines
        self.skipped = skipped
    }
}
