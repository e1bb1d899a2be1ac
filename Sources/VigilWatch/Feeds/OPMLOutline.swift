/// One feed subscription of an OPML file.
public struct OPMLOutline: Sendable, Hashable {
    /// The feed's address (`xmlUrl`).
    public var url: String
    /// The feed's name (`title`, else `text`), when the outline gives one.
    public var title: String?
    /// The site the feed belongs to (`htmlUrl`), when given.
    public var htmlURL: String?

    public init(url: String, title: String? = nil, htmlURL: String? = nil) {
        self.url = url
        self.title = title
        self.htmlURL = htmlURL
    }
}
