/// A place a user added or corrected (`vigil places add`), used by the geocoder on the next run.
public struct CustomPlace: Codable, Hashable, Sendable {
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var country: String
    public var iso3: String
    public var admin1: String
    public var aliases: [String]

    public init(
        name: String, latitude: Double, longitude: Double, country: String, iso3: String = "", admin1: String = "",
        aliases: [String] = []
    ) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.country = country
        self.iso3 = iso3
        self.admin1 = admin1
        self.aliases = aliases
    }
}
