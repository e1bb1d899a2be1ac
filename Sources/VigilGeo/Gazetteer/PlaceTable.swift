import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The gazetteer's populated places and second-order divisions as packed in `places.bin` by
/// scripts/pack_gazetteer.py, memory-mapped: records and the sorted name indexes are read where they lie, so
/// start-up does not grow with the number of places. Places are numbered in the file's order (by country, then
/// latitude); districts by their row in admin2.tsv (`PlaceTable+Districts.swift`).
final class PlaceTable: @unchecked Sendable {
    /// The number of places.
    let count: Int
    /// The row counts of countries.tsv, admin1.tsv and admin2.tsv the file was packed against.
    let countryRows: Int, admin1Rows: Int, admin2Rows: Int
    /// The day the file was packed, in days since 1970-01-01 (0 when unknown).
    let packedDay: Int
    /// The district name-index pairs, name bytes, key bytes, and districts with a first-order division.
    let districtPairs: Int, districtNameBytes: Int, districtKeyBytes: Int, provinceDistricts: Int
    private let base: UnsafeRawPointer
    private let size: Int
    private let pairs: Int
    private let nameBytes: Int
    private let offsets: [Int]

    enum Section: Int {
        case countryStarts, latitude, longitude, population, admin1, admin2, nameStarts, country, flags
        case admin1Population, admin2Population, keyHashes, keyPlaces, runStarts, names
        case districtLatitude, districtLongitude, districtCountry, districtAdmin1, districtNameStarts, districtKeyStarts
        case districtsByProvince, provinceStarts, districtKeyHashes, districtKeyRows, districtNames, districtKeys
    }

    private static let magic = Array("VIGILGZ1".utf8)
    private static let version: UInt32 = 2
    private static let headerFields = 12
    private static let sectionCount = 27
    private static let runCount = 65_537
    private static var headerSize: Int { 8 + 4 * headerFields }

    /// Maps `url`; `countries`, `admin1Rows` and `admin2Rows` are the row counts of the TSV files loaded beside it,
    /// which the file must have been packed against.
    init(url: URL, countries: Int, admin1Rows: Int, admin2Rows: Int) throws {
        let file = url.lastPathComponent
        let rebuild = "; run `make setup` (scripts/pack_gazetteer.py) to rebuild it"
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else {
            throw GazetteerError(file: file, line: 0, message: "cannot be read (\(String(cString: strerror(errno))))\(rebuild)")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_size >= PlaceTable.headerSize + 8 * PlaceTable.sectionCount else {
            throw GazetteerError(file: file, line: 0, message: "is empty or truncated\(rebuild)")
        }
        size = Int(status.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != UnsafeMutableRawPointer(bitPattern: -1)
        else {
            throw GazetteerError(file: file, line: 0, message: "cannot be mapped (\(String(cString: strerror(errno))))")
        }
        let start = UnsafeRawPointer(mapped)
        base = start
        let header = (0..<PlaceTable.headerFields).map {
            Int(UInt32(littleEndian: start.loadUnaligned(fromByteOffset: 8 + 4 * $0, as: UInt32.self)))
        }
        count = header[1]
        countryRows = header[2]
        self.admin1Rows = header[3]
        self.admin2Rows = header[4]
        pairs = header[5]
        nameBytes = header[6]
        packedDay = header[7]
        (districtPairs, districtNameBytes, districtKeyBytes, provinceDistricts) = (header[8], header[9], header[10], header[11])
        offsets = (0..<PlaceTable.sectionCount).map {
            Int(UInt64(littleEndian: start.loadUnaligned(fromByteOffset: PlaceTable.headerSize + 8 * $0, as: UInt64.self)))
        }
        let problem: String? =
            if !PlaceTable.magic.indices.allSatisfy({ start.load(fromByteOffset: $0, as: UInt8.self) == PlaceTable.magic[$0] }) {
                "is not a packed place list"
            } else if header[0] != PlaceTable.version {
                "has format version \(header[0]), this build reads \(PlaceTable.version)"
            } else if (countryRows, self.admin1Rows, self.admin2Rows) != (countries, admin1Rows, admin2Rows) {
                "was packed against other countries/admin1/admin2 files"
            } else if !sectionsFit() {
                "is truncated"
            } else {
                nil
            }
        if let problem {
            munmap(mapped, size)
            throw GazetteerError(file: file, line: 0, message: problem + rebuild)
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }

    /// Whether every section lies inside the file with the length its counts give.
    private func sectionsFit() -> Bool {
        let lengths: [Section: Int] = [
            .countryStarts: 4 * (countryRows + 1), .latitude: 4 * count, .longitude: 4 * count, .population: 4 * count,
            .admin1: 4 * count, .admin2: 4 * count, .nameStarts: 4 * (count + 1), .country: 2 * count, .flags: count,
            .admin1Population: 8 * admin1Rows, .admin2Population: 8 * admin2Rows, .keyHashes: 8 * pairs,
            .keyPlaces: 4 * pairs, .runStarts: 4 * PlaceTable.runCount, .names: nameBytes,
            .districtLatitude: 4 * admin2Rows, .districtLongitude: 4 * admin2Rows, .districtCountry: 2 * admin2Rows,
            .districtAdmin1: 4 * admin2Rows, .districtNameStarts: 4 * (admin2Rows + 1),
            .districtKeyStarts: 4 * (admin2Rows + 1), .districtsByProvince: 4 * provinceDistricts,
            .provinceStarts: 4 * (admin1Rows + 1), .districtKeyHashes: 8 * districtPairs, .districtKeyRows: 4 * districtPairs,
            .districtNames: districtNameBytes, .districtKeys: districtKeyBytes,
        ]
        return lengths.allSatisfy { section, length in
            let start = offsets[section.rawValue]
            return start % 8 == 0 && start >= 0 && start + length <= size
        }
    }

    /// Value `i` of a section of fixed-width integers.
    func load<T: FixedWidthInteger>(_ section: Section, _ i: Int, as type: T.Type) -> T {
        T(littleEndian: base.load(fromByteOffset: offsets[section.rawValue] + i * MemoryLayout<T>.size, as: T.self))
    }

    /// Values `i` and `i + 1` of a section of UInt32 offsets, as a range within `0..<limit`.
    func range(_ starts: Section, _ i: Int, limit: Int) -> Range<Int> {
        let start = min(Int(load(starts, i, as: UInt32.self)), limit)
        return start..<min(max(Int(load(starts, i + 1, as: UInt32.self)), start), limit)
    }

    /// String `i` of a byte section `bytes` of length `count`, between offsets `i` and `i + 1` of section `starts`.
    func bytes(_ i: Int, starts: Section, in bytes: Section, count: Int) -> UnsafeRawBufferPointer {
        let span = range(starts, i, limit: count)
        return UnsafeRawBufferPointer(start: base + offsets[bytes.rawValue] + span.lowerBound, count: span.count)
    }

    /// Value `i` of a section of degrees × 100 000, in degrees.
    func degrees(_ section: Section, _ i: Int) -> Double { Double(load(section, i, as: Int32.self)) / 100_000 }

    /// Value `i` of a section of rows of countries.tsv.
    func countryRow(_ section: Section, _ i: Int) -> Int { min(Int(load(section, i, as: UInt16.self)), countryRows - 1) }

    /// Value `i` of a section of row numbers, or -1 when it is not one of `0..<rows`.
    func row(_ section: Section, _ i: Int, below rows: Int) -> Int {
        let row = Int(load(section, i, as: Int32.self))
        return row >= 0 && row < rows ? row : -1
    }

    /// The values of section `values` paired with `hash` in section `hashes` (`pairs` pairs sorted by hash, then
    /// value; `hash` sought within `range`), in pair order; values outside `0..<limit` are skipped.
    func values(
        pairedWith hash: UInt64, hashes: Section, values: Section, within range: Range<Int>, pairs: Int, below limit: Int
    ) -> [Int] {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if load(hashes, mid, as: UInt64.self) < hash { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < pairs && load(hashes, lo, as: UInt64.self) == hash {
            let value = Int(load(values, lo, as: Int32.self))
            if value >= 0 && value < limit { out.append(value) }
            lo += 1
        }
        return out
    }

    /// The place's latitude in degrees.
    func latitude(_ place: Int) -> Double { degrees(.latitude, place) }

    /// The place's longitude in degrees.
    func longitude(_ place: Int) -> Double { degrees(.longitude, place) }

    /// The place's row in countries.tsv.
    func country(_ place: Int) -> Int { countryRow(.country, place) }

    /// The place's row in admin1.tsv, or -1.
    func admin1(_ place: Int) -> Int { row(.admin1, place, below: admin1Rows) }

    /// The place's row in admin2.tsv, or -1.
    func admin2(_ place: Int) -> Int { row(.admin2, place, below: admin2Rows) }

    /// Inhabitants, 0 when unknown.
    func population(_ place: Int) -> Int { Int(load(.population, place, as: UInt32.self)) }

    /// Whether the place's name is also an ordinary English word.
    func isCommonWord(_ place: Int) -> Bool { load(.flags, place, as: UInt8.self) & 1 != 0 }

    /// Whether the place comes from Who's On First (else from GeoNames cities500).
    func isWhosOnFirst(_ place: Int) -> Bool { load(.flags, place, as: UInt8.self) & 2 != 0 }

    /// The place's name.
    func name(_ place: Int) -> String {
        String(decoding: bytes(place, starts: .nameStarts, in: .names, count: nameBytes), as: UTF8.self)
    }

    /// The summed population of the places in a row of admin1.tsv.
    func admin1Population(_ row: Int) -> Int { Int(load(.admin1Population, row, as: Int64.self)) }

    /// The summed population of the places in a row of admin2.tsv.
    func admin2Population(_ row: Int) -> Int { Int(load(.admin2Population, row, as: Int64.self)) }

    /// The places of a row of countries.tsv, sorted by latitude.
    func places(country: Int) -> Range<Int> {
        guard country >= 0 && country < countryRows else { return 0..<0 }
        return range(.countryStarts, country, limit: count)
    }

    /// The places filed under a name-key hash, in place order.
    func places(hash: UInt64) -> [Int] {
        let run = Int(hash >> 48)
        let lo = max(Int(load(.runStarts, run, as: Int32.self)), 0)
        let hi = min(Int(load(.runStarts, run + 1, as: Int32.self)), pairs)
        return values(pairedWith: hash, hashes: .keyHashes, values: .keyPlaces, within: lo..<max(lo, hi), pairs: pairs, below: count)
    }

    /// The place of a row of countries.tsv nearest to a point, within `radius` km.
    func nearest(country: Int, latitude: Double, longitude: Double, radius: Double) -> Int? {
        let range = places(country: country)
        let degrees = radius / 111 + 0.01
        let south = Int32(clamping: Int(((latitude - degrees) * 100_000).rounded(.down)))
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if load(.latitude, mid, as: Int32.self) < south { lo = mid + 1 } else { hi = mid }
        }
        // A degree of longitude shrinks towards the poles: places are compared on the flat map scaled by it, and only
        // the nearest is measured on the sphere.
        let shrink = max(cos(latitude * .pi / 180), 0.01), longitudeDegrees = degrees / shrink
        var best: (place: Int, squared: Double)?
        for place in lo..<range.upperBound {
            let lat = self.latitude(place)
            if lat > latitude + degrees { break }
            let apart = abs(self.longitude(place) - longitude), east = min(apart, 360 - apart)
            if east > longitudeDegrees { continue }
            let squared = (lat - latitude) * (lat - latitude) + east * shrink * east * shrink
            if squared < (best?.squared ?? .infinity) { best = (place, squared) }
        }
        guard let best, Distance.km(latitude, longitude, self.latitude(best.place), self.longitude(best.place)) <= radius
        else { return nil }
        return best.place
    }
}
