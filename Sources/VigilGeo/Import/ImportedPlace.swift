/// A place read from a user's GeoNames dump or Who's On First data, before it is filed in the user's gazetteer.
struct ImportedPlace: Sendable, Equatable {
    /// The name reports write.
    var name: String
    /// Latin-script alternate names, filtered of codes and generic words.
    var aliases: [String]
    var latitude: Double
    var longitude: Double
    /// ISO 3166-1 alpha-2 code.
    var countryCode: String
    /// The first-order division's name, when the source names it.
    var admin1 = ""
    /// The first-order division's GeoNames code ("05"), when the source gives one instead of a name.
    var admin1Code = ""
    /// The second-order division's name, when the source names it.
    var admin2 = ""
    /// Inhabitants, 0 when unknown.
    var population = 0
    /// What a facility is ("air base", "refugee camp"), empty for a populated place.
    var facility = ""
}

/// A row of an import that was left out, and why; never fatal.
public struct ImportProblem: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The file and line ("NG.txt:1207"), or the file of a repository ("data/101/748/479/101748479.geojson").
    public let location: String
    /// What is wrong.
    public let message: String

    /// "NG.txt:1207: latitude is not a number: 9.x".
    public var description: String { "\(location): \(message)" }
}
