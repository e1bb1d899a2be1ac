/// A resolved location, as ACLED codes it.
public struct Place: Codable, Hashable, Sendable {
    /// ACLED-style location name (town, facility or region).
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var country: String
    public var iso3: String
    public var admin1: String
    public var admin2: String
    public var geoPrecision: GeoPrecision

    public init(
        name: String, latitude: Double, longitude: Double, country: String, iso3: String,
        admin1: String = "", admin2: String = "", geoPrecision: GeoPrecision
    ) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.country = country
        self.iso3 = iso3
        self.admin1 = admin1
        self.admin2 = admin2
        self.geoPrecision = geoPrecision
    }

    enum CodingKeys: String, CodingKey {
        case name, latitude, longitude, country, iso3, admin1, admin2
        case geoPrecision = "geo_precision"
    }
}
