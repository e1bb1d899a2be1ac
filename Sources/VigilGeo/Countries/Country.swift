/// A country as ACLED names it, with its codes, other names, nationality words and capital.
public struct Country: Sendable, Hashable, Codable {
    /// ACLED's name ("Democratic Republic of Congo", "Ivory Coast", "Palestine").
    public let name: String
    /// ISO 3166-1 alpha-2 code ("IQ").
    public let iso2: String
    /// ISO 3166-1 alpha-3 code ("IRQ"), as ACLED's `iso3`.
    public let iso3: String
    /// Other names texts use ("DRC", "Côte d'Ivoire", "Burma").
    public let aliases: [String]
    /// Nationality adjectives and demonyms ("Iraqi", "Iraqis"): evidence for the country, not a location.
    public let adjectives: [String]
    /// The capital's common English name.
    public let capital: String
    /// Latitude of the capital, where ACLED codes country-wide events.
    public let capitalLatitude: Double
    /// Longitude of the capital.
    public let capitalLongitude: Double
    /// The first-order division the capital lies in, where ACLED puts country-wide events ("Banadir").
    public let capitalAdmin1: String

    /// Creates a country record.
    public init(
        name: String, iso2: String, iso3: String, aliases: [String], adjectives: [String], capital: String,
        capitalLatitude: Double, capitalLongitude: Double, capitalAdmin1: String = ""
    ) {
        self.name = name
        self.iso2 = iso2
        self.iso3 = iso3
        self.aliases = aliases
        self.adjectives = adjectives
        self.capital = capital
        self.capitalLatitude = capitalLatitude
        self.capitalLongitude = capitalLongitude
        self.capitalAdmin1 = capitalAdmin1
    }

    /// Its name as ACLED's notes write the possessive, with no apostrophe ("Benins electoral commission", "Burkina
    /// Fasos ruling party"), a nationality word like "Beninese"; nil when the name already ends in "s".
    public var possessiveWithoutApostrophe: String? {
        name.hasSuffix("s") || name.contains(" of ") ? nil : name + "s"
    }

    /// This country with `admin1` as its capital's division.
    func with(capitalAdmin1 admin1: String) -> Country {
        Country(
            name: name, iso2: iso2, iso3: iso3, aliases: aliases, adjectives: adjectives, capital: capital,
            capitalLatitude: capitalLatitude, capitalLongitude: capitalLongitude, capitalAdmin1: admin1)
    }
}
