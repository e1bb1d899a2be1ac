public import Foundation
import VigilText

/// The offline gazetteer: countries, first- and second-order divisions, populated places (the second-order
/// divisions and the places of GeoNames and Who's On First memory-mapped from places.bin), curated facilities and
/// airports, indexed by normalized name; loaded once and shared.
public final class Gazetteer: Sendable {
    /// Every entry; indexes into this collection identify places.
    public let entries: GazetteerEntries
    /// The countries; ``GazetteerEntry/country`` indexes them.
    public let countries: CountryDirectory
    /// Country outlines for point-in-country checks.
    public let shapes: CountryShapes
    /// Entry index of each country's own entry, by country index.
    public let countryEntries: [Int]
    /// The recognizer's word lists.
    let lexicon: Lexicon
    private let index: NameIndex
    /// The normalized names of the first-order divisions, with their entries, for near matches.
    private let admin1Keys: [(entry: Int, key: [UInt8])]
    /// First-order divisions by country code and GeoNames code.
    private let admin1ByCode: [UInt64: Int]
    /// The places the user imported (`vigil gazetteer import`), one source per file of the import folder.
    public let importedSources: [ImportedSource]

    /// The gazetteer built from the module's resources, loaded on first use and shared.
    public static func loadDefault() throws -> Gazetteer {
        try shared.get()
    }

    private static let shared: Result<Gazetteer, any Error> = Result {
        try load(importedPlaces: importFolder(environment: ProcessInfo.processInfo.environment))
    }

    /// The gazetteer of the module's resources with the imports of `importedPlaces` (none when nil), loaded afresh.
    public static func load(importedPlaces: URL?) throws -> Gazetteer {
        guard let directory = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw GazetteerError(file: "Resources", line: 0, message: "the VigilGeo resource folder is missing")
        }
        return try Gazetteer(directory: directory, importedPlaces: importedPlaces)
    }

    /// Where `vigil gazetteer import` files places: `$VIGIL_GAZETTEER_DIR`, else `$XDG_DATA_HOME/vigil/gazetteer`,
    /// else `~/.local/share/vigil/gazetteer`.
    public static func importFolder(environment: [String: String]) -> URL {
        if let path = environment["VIGIL_GAZETTEER_DIR"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return URL(fileURLWithPath: data).appendingPathComponent("vigil/gazetteer")
    }

    /// Loads the resource files in `directory`: countries.tsv, admin1.tsv, … as written by scripts/build_gazetteer.py,
    /// and places.bin as packed from them and admin2.tsv by scripts/pack_gazetteer.py; then the user's imports, the
    /// `.tsv` files of `importedPlaces` (a missing folder is no import).
    public init(directory: URL, importedPlaces: URL? = nil) throws {
        func read(_ name: String) throws -> Data {
            do {
                return try Data(contentsOf: directory.appendingPathComponent(name), options: .alwaysMapped)
            } catch {
                throw GazetteerError(file: name, line: 0, message: "cannot be read (\(error.localizedDescription))")
            }
        }
        var builder = Builder()
        var countryList = CountryDirectory.read(try read("countries.tsv"))
        try builder.addCountries(countryList)
        try builder.addAdmin1(try read("admin1.tsv"))
        let places = try PlaceTable(
            url: directory.appendingPathComponent("places.bin"), countries: countryList.count,
            admin1Rows: builder.entries.count - builder.admin1Base, admin2Rows: TSVReader.rowCount(in: try read("admin2.tsv")))
        builder.addPlaces(places)
        // The capital's division, from the place at the capital's point.
        for (i, country) in countryList.enumerated() {
            if let at = places.nearest(country: i, latitude: country.capitalLatitude, longitude: country.capitalLongitude, radius: 30),
                places.admin1(at) >= 0
            {
                countryList[i] = country.with(capitalAdmin1: builder.entries[builder.admin1Base + places.admin1(at)].name)
            }
        }
        countries = CountryDirectory(countryList)
        try builder.addFacilities(try read("facilities.tsv"))
        try builder.addAirports(try read("airports.tsv"))
        importedSources = importedPlaces.map { builder.addImports(from: $0) } ?? []
        shapes = CountryShapes(try read("shapes.tsv"))
        lexicon = Lexicon(try read("lexicon.tsv"))
        builder.index.finish()
        admin1Keys = builder.admin1Keys
        admin1ByCode = builder.admin1ByCode
        entries = GazetteerEntries(
            head: builder.entries, places: places, tail: builder.tail, admin1Base: builder.admin1Base,
            admin2Base: builder.admin2Base)
        countryEntries = builder.countryEntries
        index = builder.index
    }

    /// The entries filed under `key` (any of their names or alternate names normalizes to it).
    public func entries(named key: String) -> [Int] {
        entries(hash: NameKey(key).hash)
    }

    /// The entries filed under an already normalized key.
    func entries(for key: NameKey) -> [Int] {
        entries(hash: key.hash)
    }

    /// The entries filed under a name-key hash, in entry order: countries and first-order divisions, districts,
    /// places, then facilities and airports.
    private func entries(hash: UInt64) -> [Int] {
        let listed = index.entries(hash: hash)
        let districts = entries.places.districts(hash: hash).map { entries.entry(district: $0) }
        let places = entries.places.places(hash: hash).map { entries.entry(place: $0) }
        guard !places.isEmpty || !districts.isEmpty else { return listed }
        let headCount = entries.head.count
        return listed.filter { $0 < headCount } + districts + places + listed.filter { $0 >= headCount }
    }

    /// First-order divisions whose name is one or two letters from `key` ("Urozgan", "Nangrhar"): a misspelt
    /// province in a note's parenthesis.
    func divisions(nearlyNamed key: NameKey) -> [Int] {
        let word = Array(key.text.utf8)
        guard word.count >= 5 else { return [] }
        let allowed = word.count >= 8 ? 2 : 1
        return admin1Keys.filter {
            abs($0.key.count - word.count) <= allowed && $0.key.first == word.first
                && Gazetteer.editDistance($0.key, word, limit: allowed) <= allowed
        }.map(\.entry)
    }

    /// Second-order divisions of the first-order divisions `provinces` whose name, spaces aside, is one or two letters
    /// from `key` ("Bato Kot" for Bati Kot, "Nahri Saraj" for Nahr-e Saraj): a district spelt another way in a note;
    /// the nearest spellings only.
    func districts(nearlyNamed key: NameKey, in provinces: [Int]) -> [Int] {
        let word = Array(key.text.utf8).filter { $0 != UInt8(ascii: " ") }
        guard word.count >= 5 else { return [] }
        let allowed = word.count >= 8 ? 2 : 1
        var best = allowed + 1
        var found: [Int] = []
        for province in Set(provinces) {
            entries.places.forEachDistrict(province: province - entries.admin1Base) { row, name in
                guard abs(name.count - word.count) <= allowed, name.first == word.first else { return }
                let d = Gazetteer.editDistance(Array(name), word, limit: allowed)
                if d > allowed { return }
                if d < best {
                    best = d
                    found = [entries.entry(district: row)]
                } else if d == best {
                    found.append(entries.entry(district: row))
                }
            }
        }
        return found
    }

    /// Levenshtein distance between `a` and `b`, or `limit + 1` once it exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var best = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// The entry of the first-order division with GeoNames code `code` ("05") in the country with ISO code `country`.
    func admin1(country: String, code: String) -> Int? {
        admin1ByCode[Builder.rawHash(Array(country.utf8), Array(code.utf8))]
    }

    /// The country record of `entry`.
    public func country(of entry: GazetteerEntry) -> Country { countries.countries[entry.country] }

    /// The first-order division's name of `entry` ("Anbar"), or the entry's own name when it is one.
    public func admin1Name(of entry: GazetteerEntry) -> String {
        if entry.kind == .admin1 && entry.admin1 < 0 { return entry.name }
        return entry.admin1 >= 0 ? entries[entry.admin1].name : ""
    }

    /// The second-order division's name of `entry`, or the entry's own name when it is one.
    public func admin2Name(of entry: GazetteerEntry) -> String {
        if entry.kind == .admin2 { return entry.name }
        return entry.admin2 >= 0 ? entries[entry.admin2].name : ""
    }

    /// The populated place nearest to a point in country `country` (an index of ``CountryDirectory/countries``),
    /// within `radius` km.
    public func nearestPlace(latitude: Double, longitude: Double, country: Int, radius: Double = 60) -> Int? {
        entries.places.nearest(country: country, latitude: latitude, longitude: longitude, radius: radius)
            .map { entries.entry(place: $0) }
    }

    /// Accumulates entries and the name index while the files are read.
    struct Builder {
        /// Countries and first-order divisions: the entries before the districts and places.
        var entries: [GazetteerEntry] = []
        /// Facilities and airports: the entries after the places.
        var tail: [GazetteerEntry] = []
        var places: PlaceTable?
        var admin1Base = 0, admin2Base = 0
        var countryEntries: [Int] = []
        var index = NameIndex(capacity: 120_000)
        /// The normalized names of the first-order divisions, as filed.
        var admin1Keys: [(entry: Int, key: [UInt8])] = []
        var countryByCode: [UInt64: Int] = [:]
        var admin1ByCode: [UInt64: Int] = [:]
        var admin1ByName: [UInt64: Int] = [:]
        var facilities: [(latitude: Double, longitude: Double)] = []
        var normalizer = NameNormalizer()
        /// The hashes already filed for the entry being added, so each is filed once.
        var lastEntry = -1
        var lastHashes: [UInt64] = []

        init() {
            entries.reserveCapacity(5_000)
            tail.reserveCapacity(10_000)
            admin1ByCode.reserveCapacity(5_000)
        }

        /// The index the next facility or airport gets.
        var nextEntry: Int { entries.count + (places.map { $0.admin2Rows + $0.count } ?? 0) + tail.count }

        mutating func addCountries(_ list: [Country]) throws {
            for (i, c) in list.enumerated() {
                countryByCode[Builder.rawHash(Array(c.iso2.utf8))] = i
                let e = entries.count
                entries.append(
                    GazetteerEntry(
                        name: c.name, latitude: c.capitalLatitude, longitude: c.capitalLongitude, kind: .country,
                        country: i))
                countryEntries.append(e)
                for name in [c.name] + c.aliases { index.insert(hash: NameKey(name).hash, entry: Int32(e)) }
            }
        }

        mutating func addAdmin1(_ data: Data) throws {
            admin1Base = entries.count
            try TSVReader.forEachRow(in: data) { row in
                let country = try Builder.country(row, 0, file: "admin1.tsv", in: countryByCode)
                let e = entries.count
                entries.append(
                    GazetteerEntry(
                        name: row.string(2), latitude: try Builder.coordinate(row, 3, "admin1.tsv"),
                        longitude: try Builder.coordinate(row, 4, "admin1.tsv"), kind: .admin1, country: country))
                admin1ByCode[Builder.rawHash(row.field(0), row.field(1))] = e
                admin1Keys.append((e, insertNames(row, name: 2, aliases: 5, keys: 6, entry: e, country: country)))
            }
        }

        /// Takes the districts and places, numbered after the first-order divisions, and gives each first-order
        /// division the summed population of its places (the gazetteer's, so a lower bound).
        mutating func addPlaces(_ table: PlaceTable) {
            places = table
            admin2Base = entries.count
            for i in admin1Base..<entries.count {
                let total = table.admin1Population(i - admin1Base)
                guard total > 0 else { continue }
                let e = entries[i]
                entries[i] = GazetteerEntry(
                    name: e.name, latitude: e.latitude, longitude: e.longitude, kind: e.kind, country: e.country,
                    admin1: e.admin1, admin2: e.admin2, population: total)
            }
        }

        mutating func addFacilities(_ data: Data) throws {
            try TSVReader.forEachRow(in: data) { row in
                let country = try Builder.country(row, 5, file: "facilities.tsv", in: countryByCode)
                let latitude = try Builder.coordinate(row, 3, "facilities.tsv"), longitude = try Builder.coordinate(row, 4, "facilities.tsv")
                let detail = row.string(2)
                let near = places?.nearest(country: country, latitude: latitude, longitude: longitude, radius: 100)
                let named =
                    row.field(6).isEmpty
                    ? nil : admin1ByName[Builder.rawHash(Array(String(country).utf8), Array(NameKey(row.string(6)).text.utf8))]
                let nearAdmin1 = near.flatMap { places?.admin1($0) }.flatMap { $0 < 0 ? nil : admin1Base + $0 }
                let nearAdmin2 = near.flatMap { places?.admin2($0) }.flatMap { $0 < 0 ? nil : admin2Base + $0 }
                let e = nextEntry
                tail.append(
                    GazetteerEntry(
                        name: row.string(0), latitude: latitude, longitude: longitude,
                        kind: detail == "region" ? .admin1 : .facility, country: country,
                        admin1: named ?? nearAdmin1 ?? -1, admin2: nearAdmin2 ?? -1, detail: detail, source: row.string(7)))
                facilities.append((latitude, longitude))
                let key = insertName(row.field(0), entry: e, country: nil)
                if detail == "region" { admin1Keys.append((e, key)) }
                row.forEachPart(1) { insertName($0, entry: e, country: nil) }
            }
        }

        mutating func addAirports(_ data: Data) throws {
            try TSVReader.forEachRow(in: data) { row in
                guard let country = countryByCode[Builder.rawHash(row.field(5))] else { return }
                let latitude = try Builder.coordinate(row, 3, "airports.tsv"), longitude = try Builder.coordinate(row, 4, "airports.tsv")
                // A curated facility at the same spot (an air base on a civil airport) already stands for it.
                let curated = facilities.contains {
                    abs($0.latitude - latitude) < 0.05 && abs($0.longitude - longitude) < 0.05
                }
                if curated { return }
                let e = nextEntry
                let admin1 = admin1ByCode[Builder.rawHash(row.field(5), row.field(7))]
                let admin2 = row.field(8).isEmpty ? nil : admin1.flatMap { places?.district(named: row.field(8), province: $0 - admin1Base) }
                tail.append(
                    GazetteerEntry(
                        name: row.string(2), latitude: latitude, longitude: longitude, kind: .facility, country: country,
                        admin1: admin1 ?? -1, admin2: admin2.map { admin2Base + $0 } ?? -1,
                        detail: "airport", source: "airportsdata: \(row.string(0))"))
                insertNames(row, name: 2, aliases: nil, keys: 9, entry: e, country: nil)
            }
        }

        /// Files `entry` under the keys of a row's name and aliases and returns the name's: those of field `keys`
        /// (written by scripts/build_gazetteer.py, so loading only hashes them), else the name and aliases normalized.
        @discardableResult
        mutating func insertNames(
            _ row: TSVReader.Row, name: Int, aliases: Int?, keys: Int, entry: Int, country: Int?
        ) -> [UInt8] {
            guard row.field(keys).isEmpty else {
                var first: [UInt8]?
                row.forEachPart(keys) { key in
                    first = first ?? Array(key)
                    insertKey(key, entry: entry, country: country)
                }
                return first ?? []
            }
            let key = insertName(row.field(name), entry: entry, country: country)
            if let aliases { row.forEachPart(aliases) { insertName($0, entry: entry, country: country) } }
            return key
        }

        /// Files `entry` under the key of `name` and returns the key; for first-order divisions, also remembers the
        /// name per country.
        @discardableResult
        mutating func insertName(_ name: UnsafeBufferPointer<UInt8>, entry: Int, country: Int?) -> [UInt8] {
            let normalized: [UInt8]
            if name.contains(where: { $0 >= 0x80 }) {
                normalized = normalizer.normalize(Array(Folding.fold(String(decoding: name, as: UTF8.self)).utf8))
            } else {
                normalized = normalizer.normalize(name)
            }
            normalized.withUnsafeBufferPointer { insertKey($0, entry: entry, country: country) }
            return normalized
        }

        /// Files `entry` under an already normalized key, once per entry.
        mutating func insertKey(_ normalized: UnsafeBufferPointer<UInt8>, entry: Int, country: Int?) {
            guard !normalized.isEmpty else { return }
            let hash = NameKey.hash(normalized: normalized)
            if entry != lastEntry {
                lastEntry = entry
                lastHashes.removeAll(keepingCapacity: true)
            }
            guard !lastHashes.contains(hash) else { return }
            lastHashes.append(hash)
            index.insert(hash: hash, entry: Int32(entry))
            if let country {
                let key = Builder.rawHash(Array(String(country).utf8), Array(normalized))
                admin1ByName[key] = admin1ByName[key] ?? entry
            }
        }

        // Static, so that calling them from a row closure that mutates the builder does not copy it for each row.
        static func country(_ row: TSVReader.Row, _ field: Int, file: String, in countryByCode: [UInt64: Int]) throws -> Int {
            guard let c = countryByCode[Builder.rawHash(row.field(field))] else {
                throw GazetteerError(file: file, line: row.line, message: "unknown country code \(row.string(field))")
            }
            return c
        }

        static func coordinate(_ row: TSVReader.Row, _ field: Int, _ file: String) throws -> Double {
            guard let value = row.double(field) else {
                throw GazetteerError(file: file, line: row.line, message: "field \(field + 1) is not a number: \(row.string(field))")
            }
            return value
        }

        /// FNV-1a over byte strings, each followed by a tab.
        static func rawHash(_ parts: UnsafeBufferPointer<UInt8>...) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for part in parts { h = mix(h, part) }
            return h
        }

        /// FNV-1a over byte arrays, each followed by a tab.
        static func rawHash(_ parts: [UInt8]...) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for part in parts { h = part.withUnsafeBufferPointer { mix(h, $0) } }
            return h
        }

        private static func mix(_ seed: UInt64, _ part: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var h = seed
            for b in part {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01B3
            }
            h ^= 9
            return h &* 0x0000_0100_0000_01B3
        }
    }
}
