/// Reads Who's On First places written as a TSV with a header row (`wof_id`, `placetype`, `country`, `lat`, `lon`,
/// `name`, `admin1`, `admin2`, `population`, `is_current`, `feature_code`, `altnames` joined with `|`): localities,
/// local admin areas, neighbourhoods, counties and campuses, less the records no longer current and GeoNames'
/// abandoned, historical and destroyed places.
struct WhosOnFirstTSVReader {
    let lexicon: Lexicon
    /// The file's name, for problems.
    let file: String
    /// Column index by header name.
    private let columns: [String: Int]

    /// The columns a file must have.
    enum Required: String, CaseIterable {
        case placetype, country, lat, lon, name
    }

    /// Reads the header row; throws when a required column is missing.
    init(lexicon: Lexicon, file: String, header: String) throws(GazetteerError) {
        self.lexicon = lexicon
        self.file = file
        var columns: [String: Int] = [:]
        for (i, name) in header.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            columns[name.trimmingSpaces.lowercased()] = columns[name.trimmingSpaces.lowercased()] ?? i
        }
        if let missing = Required.allCases.first(where: { columns[$0.rawValue] == nil }) {
            throw GazetteerError(
                file: file, line: 1,
                message: "has no \(missing.rawValue) column; a Who's On First TSV's header names \(Required.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.columns = columns
    }

    /// Whether a header row names Who's On First's columns.
    static func looksLikeHeader(_ line: String) -> Bool {
        let names = Set(line.lowercased().split(separator: "\t").map { String($0).trimmingSpaces })
        return Required.allCases.allSatisfy { names.contains($0.rawValue) }
    }

    /// The place of one data row, nil for a record Vigil does not import; a malformed row adds a problem.
    func place(_ line: UnsafeBufferPointer<UInt8>, number: Int, problems: inout [ImportProblem]) -> ImportedPlace? {
        guard !line.isEmpty else { return nil }
        let fields = String(decoding: line, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        func field(_ name: String) -> String {
            guard let i = columns[name], i < fields.count else { return "" }
            return String(fields[i]).trimmingSpaces
        }
        let placetype = field("placetype").lowercased(), code = field("feature_code").lowercased()
        guard lexicon.importPlacetypes.contains(placetype), !lexicon.importSkipped.contains(code),
            field("is_current") != "0"
        else { return nil }
        let location = "\(file):\(number)"
        guard let latitude = Double(field("lat")), (-90...90).contains(latitude) else {
            problems.append(ImportProblem(location: location, message: "lat is not a number from -90 to 90: \(field("lat"))"))
            return nil
        }
        guard let longitude = Double(field("lon")), (-180...180).contains(longitude) else {
            problems.append(ImportProblem(location: location, message: "lon is not a number from -180 to 180: \(field("lon"))"))
            return nil
        }
        let name = field("name"), country = field("country").uppercased()
        guard !name.isEmpty, country.count == 2 else {
            problems.append(ImportProblem(location: location, message: name.isEmpty ? "has no name" : "has no two-letter country code"))
            return nil
        }
        let facility = placetype == "campus" ? lexicon.importFacilities[code] ?? "airport" : ""
        return ImportedPlace(
            name: name,
            aliases: AliasFilter(lexicon: lexicon).aliases(field("altnames").split(separator: "|").map(String.init), of: name),
            latitude: latitude, longitude: longitude, countryCode: country, admin1: field("admin1"), admin2: field("admin2"),
            population: Int(Double(field("population")) ?? 0), facility: facility)
    }
}
