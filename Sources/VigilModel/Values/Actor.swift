/// An actor as ACLED names it, e.g. "Military Forces of the United States (2021-)" or "Protesters (Kenya)".
public struct Actor: Codable, Hashable, Sendable {
    /// ACLED-style name.
    public var name: String
    /// ACLED's actor type.
    public var inter: InterCode
    /// Country the actor belongs to, when known (ISO 3166-1 alpha-3).
    public var iso3: String?
    /// Groups or patrons it is associated with ("Islamic Revolutionary Guard Corps").
    public var associates: [String]

    public init(name: String, inter: InterCode, iso3: String? = nil, associates: [String] = []) {
        self.name = name
        self.inter = inter
        self.iso3 = iso3
        self.associates = associates
    }
}
