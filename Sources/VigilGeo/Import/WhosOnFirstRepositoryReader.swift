import Foundation

/// Reads a Who's On First repository as cloned from GitHub (`whosonfirst-data-admin-ng`: one GeoJSON feature per
/// record under `data/`): the same place types as ``WhosOnFirstTSVReader``, with their region and county named from
/// the records the hierarchy points at. Alternate geometries (`-alt-` files), deprecated and superseded records are
/// left out.
struct WhosOnFirstRepositoryReader {
    let lexicon: Lexicon

    /// A record kept for the second pass, which names its divisions.
    private struct Record {
        var place: ImportedPlace
        var region: Int
        var county: Int
    }

    /// Whether `folder` holds GeoJSON records (directly or under `data/`).
    static func isRepository(_ folder: URL) -> Bool {
        FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .contains { ($0 as? URL)?.pathExtension == "geojson" } ?? false
    }

    /// Every place of the repository at `folder`; unreadable records add problems.
    func places(in folder: URL, problems: inout [ImportProblem]) -> [ImportedPlace] {
        var records: [Record] = []
        var names: [Int: String] = [:]
        let root = folder.standardizedFileURL.path
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "geojson", !url.lastPathComponent.contains("-alt-") else { continue }
            let relative = url.standardizedFileURL.path.replacingOccurrences(of: root + "/", with: "")
            guard let data = try? Data(contentsOf: url) else {
                problems.append(ImportProblem(location: relative, message: "cannot be read"))
                continue
            }
            guard let feature = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let properties = feature["properties"] as? [String: Any]
            else {
                problems.append(ImportProblem(location: relative, message: "is not a GeoJSON feature with properties"))
                continue
            }
            read(properties, at: relative, into: &records, names: &names, problems: &problems)
        }
        return records.map { record in
            var place = record.place
            place.admin1 = names[record.region] ?? ""
            place.admin2 = names[record.county] ?? ""
            return place
        }
    }

    /// Files one record: a region's or county's name for the second pass, or a place to import.
    private func read(
        _ properties: [String: Any], at location: String, into records: inout [Record], names: inout [Int: String],
        problems: inout [ImportProblem]
    ) {
        let placetype = (properties["wof:placetype"] as? String ?? "").lowercased()
        let name = (properties["wof:name"] as? String ?? "").trimmingSpaces
        let id = WhosOnFirstRepositoryReader.int(properties["wof:id"])
        if placetype == "region" || placetype == "county", let id, !name.isEmpty { names[id] = name }
        guard lexicon.importPlacetypes.contains(placetype), WhosOnFirstRepositoryReader.int(properties["mz:is_current"]) != 0,
            (properties["edtf:deprecated"] as? String ?? "").isEmpty,
            (properties["wof:superseded_by"] as? [Any] ?? []).isEmpty
        else { return }
        guard
            let latitude = WhosOnFirstRepositoryReader.double(properties["lbl:latitude"] ?? properties["geom:latitude"]),
            let longitude = WhosOnFirstRepositoryReader.double(properties["lbl:longitude"] ?? properties["geom:longitude"]),
            (-90...90).contains(latitude), (-180...180).contains(longitude)
        else {
            problems.append(ImportProblem(location: location, message: "has no point (geom:latitude, geom:longitude)"))
            return
        }
        let country = (properties["wof:country"] as? String ?? "").uppercased()
        guard !name.isEmpty, country.count == 2 else {
            problems.append(ImportProblem(location: location, message: name.isEmpty ? "has no wof:name" : "has no two-letter wof:country"))
            return
        }
        let alternates = properties.keys.sorted().filter { $0.hasPrefix("name:") }.flatMap { properties[$0] as? [String] ?? [] }
        let hierarchy = (properties["wof:hierarchy"] as? [[String: Any]])?.first ?? [:]
        let population = WhosOnFirstRepositoryReader.int(properties["wof:population"] ?? properties["gn:population"]) ?? 0
        records.append(
            Record(
                place: ImportedPlace(
                    name: name, aliases: AliasFilter(lexicon: lexicon).aliases(alternates, of: name), latitude: latitude,
                    longitude: longitude, countryCode: country, population: population,
                    facility: placetype == "campus" ? "airport" : ""),
                region: WhosOnFirstRepositoryReader.int(hierarchy["region_id"]) ?? -1,
                county: WhosOnFirstRepositoryReader.int(hierarchy["county_id"]) ?? -1))
    }

    private static func int(_ value: Any?) -> Int? {
        switch value {
        case let n as NSNumber: n.intValue
        case let s as String: Int(s)
        default: nil
        }
    }

    private static func double(_ value: Any?) -> Double? {
        switch value {
        case let n as NSNumber: n.doubleValue
        case let s as String: Double(s)
        default: nil
        }
    }
}
