/// A country as ACLED names it, with its codes, other names, nationality words and capital.
public struct Country: Sendable, Hashable, Codable {
    /// ACLED's name ("Democratic Republic of Congo", "Ivory Coast", "Palestine").
    public let name: String
    public let iso2: String
    public let iso3: String
    /// Other names texts use ("DRC", "Côte d'Ivoire", "Burma").
    public let aliases: [String]
    /// Nationality adjectives and demonyms ("Iraqi", "Iraqis"): evidence for the country, not a location.
    public let adjectives: [String]
    /// The capital's common English name.
    public let capital: String
    public let capitalLatitude: Double
    public let capitalLongitude: Double

    /// Creates a country record.
    public init(
        name: String, iso2: String, iso3: String, aliases: [String], adjectives: [String], capital: String,
        capitalLatitude: Double, capitalLongitude: Double
    ) {
        self.name = name
        self.iso2 = iso2
        self.iso3 = iso3
        self.aliases = aliases
        self.adjectives = adjectives
        self.capital = capital
        self.capitalLatitude = capitalLatitude
        self.capitalLongitude = capitalLongitude
    }
}
