public import Foundation
import VigilModel
import VigilText

/// `vigil gazetteer import`: reads a user's GeoNames dump (`XX.txt`, its `.zip`, `allCountries.txt`) or Who's On
/// First data (a repository or its TSV), leaves out what the shipped gazetteer already holds, and files the rest in
/// the user's gazetteer folder, where every later run finds it. Bad rows are reported by line and skipped.
public struct GazetteerImport: Sendable {
    /// What an import read, kept and left out.
    public struct Report: Codable, Sendable {
        /// The name the places are filed under (the file's name without extension unless given).
        public var name: String
        /// "GeoNames dump", "Who's On First TSV" or "Who's On First repository".
        public var format: String
        /// The file written in the user's gazetteer folder.
        public var file: String
        /// Places and facilities of the kinds Vigil imports.
        public var read = 0
        /// Those filed.
        public var imported = 0
        /// Those the shipped gazetteer already has (same name within 3 km) or the import repeats.
        public var alreadyKnown = 0
        /// Those outside the countries asked for, or of a country Vigil does not know.
        public var otherCountries = 0
        /// The first hundred rows left out as malformed.
        public var problems: [ImportProblem] = []
        /// All rows left out as malformed.
        public var problemCount = 0

        enum CodingKeys: String, CodingKey {
            case name, format, file, read, imported, problems
            case alreadyKnown = "already_known", otherCountries = "other_countries", problemCount = "problem_count"
        }
    }

    let gazetteer: Gazetteer

    /// An import against `gazetteer`, the shipped one.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Imports `source` into `folder` under `name`; `countries` (ISO alpha-2 codes) keeps only those countries.
    /// Throws when the source cannot be read or is of no known format; an existing import of the same name is
    /// replaced only once the new one is complete.
    public func run(_ source: URL, into folder: URL, name: String? = nil, countries: Set<String> = []) throws -> Report {
        var problems: [ImportProblem] = []
        let (format, places) = try read(source, problems: &problems)
        let filed = name ?? GazetteerImport.defaultName(of: source)
        guard !filed.isEmpty, !filed.contains("/"), !filed.hasPrefix(".") else {
            throw GazetteerError(file: source.lastPathComponent, line: 0, message: "cannot be filed as \"\(filed)\": choose a --name without slashes")
        }
        let target = folder.appendingPathComponent(filed + ".tsv")
        var report = Report(name: filed, format: format, file: target.path, read: places.count)
        report.problemCount = problems.count
        report.problems = Array(problems.prefix(100))
        let rows = filing(places, countries: Set(countries.map { $0.uppercased() }), report: &report)
        let header =
            "#vigil-imported-places\tname=\(filed)\tsource=\(source.lastPathComponent)\tformat=\(format)\timported=\(Timestamp.today())\n"
            + "#name\taliases\tkind\tlat\tlon\tcc\tadmin1\tadmin2\tpopulation\tkeys\n"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data((header + rows.joined()).utf8).write(to: target, options: .atomic)
        } catch {
            throw GazetteerError(file: target.path, line: 0, message: "cannot be written (\(error.localizedDescription))")
        }
        return report
    }

    /// The file's name without its extensions ("NG" for NG.zip, "allCountries" for allCountries.txt).
    static func defaultName(of source: URL) -> String {
        var url = source.standardizedFileURL
        while !url.pathExtension.isEmpty { url.deletePathExtension() }
        return url.lastPathComponent
    }

    /// The format and the places of `source`.
    private func read(_ source: URL, problems: inout [ImportProblem]) throws -> (String, [ImportedPlace]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder) else {
            throw GazetteerError(file: source.path, line: 0, message: "does not exist")
        }
        if isFolder.boolValue {
            guard WhosOnFirstRepositoryReader.isRepository(source) else {
                throw GazetteerError(file: source.path, line: 0, message: "is a folder without Who's On First records (.geojson files)")
            }
            return ("Who's On First repository", WhosOnFirstRepositoryReader(lexicon: gazetteer.lexicon).places(in: source, problems: &problems))
        }
        let data: Data
        do { data = try Data(contentsOf: source, options: .alwaysMapped) } catch {
            throw GazetteerError(file: source.path, line: 0, message: "cannot be read (\(error.localizedDescription))")
        }
        guard !data.isEmpty else { throw GazetteerError(file: source.lastPathComponent, line: 0, message: "is empty") }
        if ZipArchive.isZip(data) {
            let archive = try ZipArchive(url: source)
            let members = archive.members.filter { !$0.name.hasSuffix("/") && !$0.name.lowercased().contains("readme") }
            guard let member = members.first(where: { $0.name.hasSuffix(".txt") || $0.name.hasSuffix(".tsv") }) else {
                throw GazetteerError(file: source.lastPathComponent, line: 0, message: "holds no .txt or .tsv file")
            }
            var lines = TableLines(lexicon: gazetteer.lexicon, file: member.name)
            try archive.forEachChunk(of: member) { try lines.feed($0, problems: &problems) }
            try lines.finish(problems: &problems)
            return (lines.format, lines.places)
        }
        if data.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A]) || data.starts(with: [0x1F, 0x8B]) {
            throw GazetteerError(file: source.lastPathComponent, line: 0, message: "is compressed with xz or gzip; decompress it first (xz -d, gunzip) or give the .zip")
        }
        var lines = TableLines(lexicon: gazetteer.lexicon, file: source.lastPathComponent)
        try data.withUnsafeBytes { try lines.feed($0.bindMemory(to: UInt8.self), problems: &problems) }
        try lines.finish(problems: &problems)
        return (lines.format, lines.places)
    }

    /// The rows to file: places of the countries asked for, not already in the gazetteer, with their divisions named.
    private func filing(_ places: [ImportedPlace], countries: Set<String>, report: inout Report) -> [String] {
        var rows: [String] = []
        var seen: Set<String> = []
        var normalizer = NameNormalizer()
        for var place in places {
            guard countries.isEmpty || countries.contains(place.countryCode),
                let country = gazetteer.countries.index(code: place.countryCode)
            else {
                report.otherCountries += 1
                continue
            }
            let key = NameKey(place.name)
            let cell = "\(key.text)|\((place.latitude * 50).rounded())|\((place.longitude * 50).rounded())"
            guard !isKnown(place, key: key, country: country), seen.insert(cell).inserted else {
                report.alreadyKnown += 1
                continue
            }
            nameDivisions(of: &place, country: country)
            let keys = ([place.name] + place.aliases).map {
                String(decoding: normalizer.normalize(Array(Folding.fold($0).utf8)), as: UTF8.self)
            }
            let fields: [String] = [
                place.name, place.aliases.joined(separator: "|"), place.facility.isEmpty ? "place" : place.facility,
                String(format: "%.5f", place.latitude), String(format: "%.5f", place.longitude), place.countryCode,
                place.admin1, place.admin2, String(place.population), keys.joined(separator: "|"),
            ]
            rows.append(fields.map(GazetteerImport.cell).joined(separator: "\t") + "\n")
            report.imported += 1
        }
        return rows
    }

    /// Whether the gazetteer has a place of this name in the same country within 3 km.
    private func isKnown(_ place: ImportedPlace, key: NameKey, country: Int) -> Bool {
        gazetteer.entries(for: key).contains { id in
            let e = gazetteer.entries[id]
            return e.country == country && e.kind != .country && e.kind != .admin1
                && Distance.km(e.latitude, e.longitude, place.latitude, place.longitude) < 3
        }
    }

    /// Names the place's first- and second-order divisions from its GeoNames code or, failing that, from the
    /// nearest shipped place within 15 km.
    private func nameDivisions(of place: inout ImportedPlace, country: Int) {
        if place.admin1.isEmpty, !place.admin1Code.isEmpty, let entry = gazetteer.admin1(country: place.countryCode, code: place.admin1Code) {
            place.admin1 = gazetteer.entries[entry].name
        }
        guard place.admin1.isEmpty || place.admin2.isEmpty,
            let near = gazetteer.nearestPlace(latitude: place.latitude, longitude: place.longitude, country: country, radius: 15)
        else { return }
        let entry = gazetteer.entries[near]
        if place.admin1.isEmpty { place.admin1 = gazetteer.admin1Name(of: entry) }
        if place.admin2.isEmpty && gazetteer.admin1Name(of: entry) == place.admin1 { place.admin2 = gazetteer.admin2Name(of: entry) }
    }

    /// A field without the tabs, newlines and bars that would break the file.
    private static func cell(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// The lines of a GeoNames dump or a Who's On First TSV, read as they stream in; the first line tells which.
private struct TableLines {
    let lexicon: Lexicon
    let file: String
    private(set) var places: [ImportedPlace] = []
    private var splitter = LineSplitter()
    private var geoNames: GeoNamesDumpReader?
    private var whosOnFirst: WhosOnFirstTSVReader?

    init(lexicon: Lexicon, file: String) {
        self.lexicon = lexicon
        self.file = file
    }

    var format: String { whosOnFirst != nil ? "Who's On First TSV" : "GeoNames dump" }

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, problems: inout [ImportProblem]) throws {
        var failure: (any Error)?
        var splitter = self.splitter
        splitter.feed(chunk) { line, number in
            guard failure == nil else { return }
            do { try take(line, number: number, problems: &problems) } catch { failure = error }
        }
        self.splitter = splitter
        if let failure { throw failure }
    }

    mutating func finish(problems: inout [ImportProblem]) throws {
        var failure: (any Error)?
        var splitter = self.splitter
        splitter.finish { line, number in
            do { try take(line, number: number, problems: &problems) } catch { failure = error }
        }
        self.splitter = splitter
        if let failure { throw failure }
        if geoNames == nil && whosOnFirst == nil {
            throw GazetteerError(file: file, line: 0, message: "has no rows")
        }
    }

    private mutating func take(_ line: UnsafeBufferPointer<UInt8>, number: Int, problems: inout [ImportProblem]) throws {
        if let geoNames {
            if let place = geoNames.place(line, number: number, problems: &problems) { places.append(place) }
        } else if let whosOnFirst {
            if let place = whosOnFirst.place(line, number: number, problems: &problems) { places.append(place) }
        } else {
            guard !line.isEmpty, line.first != UInt8(ascii: "#") else { return }
            let text = String(decoding: line, as: UTF8.self)
            if WhosOnFirstTSVReader.looksLikeHeader(text) {
                whosOnFirst = try WhosOnFirstTSVReader(lexicon: lexicon, file: file, header: text)
            } else if GeoNamesDumpReader.looksLikeDump(text) {
                let reader = GeoNamesDumpReader(lexicon: lexicon, file: file)
                geoNames = reader
                if let place = reader.place(line, number: number, problems: &problems) { places.append(place) }
            } else {
                throw GazetteerError(
                    file: file, line: number,
                    message: "is neither a GeoNames dump (19 tab-separated fields, the first a number) nor a Who's On First TSV (a header naming placetype, country, lat, lon, name)")
            }
        }
    }
}
