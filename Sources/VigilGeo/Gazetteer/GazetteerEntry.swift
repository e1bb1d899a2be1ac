public import VigilText

/// One named thing in the gazetteer: a facility, populated place, second- or first-order division, or country.
public struct GazetteerEntry: Sendable, Hashable {
    /// The ACLED-style location name (GeoNames' common English name, or the facility's name).
    public let name: String
    /// WGS84 latitude (for divisions and countries: their main town's or capital's).
    public let latitude: Double
    /// WGS84 longitude.
    public let longitude: Double
    /// Facility, populated place, second- or first-order division, or country.
    public let kind: PlaceKind
    /// Index of the country in ``CountryDirectory/countries``.
    public let country: Int
    /// Entry index of the first-order division, or -1 when unknown.
    public let admin1: Int
    /// Entry index of the second-order division, or -1 when unknown.
    public let admin2: Int
    /// Inhabitants (GeoNames), 0 when unknown or not a populated place.
    public let population: Int
    /// What a facility is ("air base", "border crossing"), empty otherwise.
    public let detail: String
    /// Where a curated entry comes from ("Wikipedia: Al Asad Airbase"), empty for GeoNames rows.
    public let source: String
    /// True for entries a user added; they win over the shipped gazetteer.
    public let isUserPlace: Bool
    /// True when the name is also an ordinary English word ("Police", "Mission"): weak evidence alone.
    public let isCommonWord: Bool

    /// Creates an entry.
    public init(
        name: String, latitude: Double, longitude: Double, kind: PlaceKind, country: Int, admin1: Int = -1,
        admin2: Int = -1, population: Int = 0, detail: String = "", source: String = "", isUserPlace: Bool = false,
        isCommonWord: Bool = false
    ) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.admin2 = admin2
        self.population = population
        self.detail = detail
        self.source = source
        self.isUserPlace = isUserPlace
        self.isCommonWord = isCommonWord
    }
}
