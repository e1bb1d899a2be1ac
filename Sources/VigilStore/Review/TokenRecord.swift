/// A stored API token, without its secret.
public struct TokenRecord: Codable, Hashable, Sendable {
    public var name: String
    /// ISO 8601 UTC.
    public var created: String
    public var lastUsed: String?

    public init(name: String, created: String, lastUsed: String?) {
        self.name = name
        self.created = created
        self.lastUsed = lastUsed
    }

    enum CodingKeys: String, CodingKey {
        case name, created
        case lastUsed = "last_used"
    }
}
