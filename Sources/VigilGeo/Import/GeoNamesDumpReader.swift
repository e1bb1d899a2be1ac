/// Reads GeoNames' tab-separated dumps (`allCountries.txt`, a country's `NG.txt`: 19 fields per row) into places:
/// populated places, less the abandoned, historical and destroyed ones, and the facilities conflict reports name
/// (air bases, airports, military bases, refugee camps, border posts), as lexicon.tsv lists their feature codes.
struct GeoNamesDumpReader {
    let lexicon: Lexicon
    /// The file's name, for problems.
    let file: String

    /// Whether `line` looks like a GeoNames row: a numeric id and at least 15 tab-separated fields.
    static func looksLikeDump(_ line: String) -> Bool {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return fields.count >= 15 && !fields[0].isEmpty && fields[0].allSatisfy(\.isNumber)
    }

    /// The place of one row, nil for a feature Vigil does not import; a malformed row adds a problem.
    func place(_ line: UnsafeBufferPointer<UInt8>, number: Int, problems: inout [ImportProblem]) -> ImportedPlace? {
        guard !line.isEmpty else { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 15 else {
            problems.append(ImportProblem(location: "\(file):\(number)", message: "has \(fields.count) fields; a GeoNames row has 19"))
            return nil
        }
        let featureClass = fields[6], code = fields[7].lowercased()
        let facility = lexicon.importFacilities[code]
        guard facility != nil || (featureClass == "P" && !lexicon.importSkipped.contains(code)) else { return nil }
        guard let latitude = Double(fields[4]), (-90...90).contains(latitude) else {
            problems.append(ImportProblem(location: "\(file):\(number)", message: "latitude is not a number from -90 to 90: \(fields[4])"))
            return nil
        }
        guard let longitude = Double(fields[5]), (-180...180).contains(longitude) else {
            problems.append(ImportProblem(location: "\(file):\(number)", message: "longitude is not a number from -180 to 180: \(fields[5])"))
            return nil
        }
        let name = String(fields[1]).trimmingSpaces
        guard !name.isEmpty, fields[8].count == 2 else {
            problems.append(ImportProblem(location: "\(file):\(number)", message: name.isEmpty ? "has no name" : "has no two-letter country code"))
            return nil
        }
        let alternates = [String(fields[2])] + fields[3].split(separator: ",").map(String.init)
        return ImportedPlace(
            name: name, aliases: AliasFilter(lexicon: lexicon).aliases(alternates, of: name), latitude: latitude,
            longitude: longitude, countryCode: String(fields[8]), admin1Code: String(fields[10]),
            population: Int(fields[14]) ?? 0, facility: facility ?? "")
    }
}
