import Foundation
import VigilText

extension Gazetteer.Builder {
    /// Files the places of every `.tsv` file in `folder` (as `vigil gazetteer import` writes them) after the
    /// facilities and airports, in file-name order; rows that do not load are counted, never fatal.
    mutating func addImports(from folder: URL) -> [ImportedSource] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".tsv") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
            return addImport(data, file: url)
        }
    }

    /// Files one import: name, aliases, kind, lat, lon, cc, admin1, admin2, population, keys.
    private mutating func addImport(_ data: Data, file: URL) -> ImportedSource {
        var source = ImportedSource(
            name: file.deletingPathExtension().lastPathComponent, source: "", format: "", importedOn: "", places: 0,
            skippedRows: 0, file: file.path)
        let firstLine = data.prefix(while: { $0 != 10 })
        for field in String(decoding: firstLine, as: UTF8.self).split(separator: "\t") {
            let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "source": source.source = parts[1]
            case "format": source.format = parts[1]
            case "imported": source.importedOn = parts[1]
            default: break
            }
        }
        TSVReader.forEachRow(in: data) { row in
            guard row.count >= 10, let country = countryByCode[Gazetteer.Builder.rawHash(row.field(5))],
                let latitude = row.double(3), let longitude = row.double(4)
            else {
                source.skippedRows += 1
                return
            }
            let admin1 = row.field(6).isEmpty ? nil : admin1ByName[Gazetteer.Builder.rawHash(Array(String(country).utf8), normalizer.normalize(Array(Folding.fold(row.string(6)).utf8)))]
            let kind = row.string(2)
            let e = nextEntry
            tail.append(
                GazetteerEntry(
                    name: row.string(0), latitude: latitude, longitude: longitude,
                    kind: kind == "place" ? .populatedPlace : .facility, country: country, admin1: admin1 ?? -1,
                    admin2: admin1.flatMap { district(named: row.string(7), in: $0) } ?? -1, population: row.int(8),
                    detail: kind == "place" ? "" : kind, source: "imported: \(source.name)"))
            insertNames(row, name: 0, aliases: 1, keys: 9, entry: e, country: nil)
            source.places += 1
        }
        return source
    }

    /// The second-order division of first-order division `province` named `name`.
    private mutating func district(named name: String, in province: Int) -> Int? {
        guard !name.isEmpty, let places else { return nil }
        let key = normalizer.normalize(Array(Folding.fold(name).utf8)).filter { $0 != UInt8(ascii: " ") }
        var found: Int?
        places.forEachDistrict(province: province - admin1Base) { row, name in
            if found == nil, name.elementsEqual(key) { found = admin2Base + row }
        }
        return found
    }
}
