import Foundation
import Testing
import VigilText
@testable import VigilGeo

/// The packed place list (places.bin): what a user sees when it is missing, damaged or stale, and that the mapped
/// records, districts, name indexes and nearest-place search read it right.
@Suite struct PlaceTableTests {
    /// A folder with the shipped countries, admin1 and admin2 files and `places` as places.bin (none when nil).
    private func gazetteerFolder(places: Data?) throws -> URL {
        let resources = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-places-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["countries.tsv", "admin1.tsv", "admin2.tsv"] {
            try FileManager.default.copyItem(at: resources.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try places?.write(to: folder.appendingPathComponent("places.bin"))
        return folder
    }

    /// A header as scripts/pack_gazetteer.py writes it, with the given counts and no sections.
    private func header(version: UInt32 = 2, countries: Int, admin1: Int, admin2: Int) -> Data {
        var data = Data("VIGILGZ1".utf8)
        for value in [version, 0, UInt32(countries), UInt32(admin1), UInt32(admin2), 0, 0, 0, 0, 0, 0, 0] {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        data.append(Data(count: 8 * 27))
        return data
    }

    private func message(loading folder: URL) -> String {
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try Gazetteer(directory: folder)
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    @Test func missingPlaceListNamesTheFileAndTheFix() throws {
        let text = message(loading: try gazetteerFolder(places: nil))
        #expect(text.hasPrefix("places.bin: cannot be read"), "\(text)")
        #expect(text.contains("make setup"), "\(text)")
    }

    @Test func emptyOrForeignFilesAreRefused() throws {
        #expect(message(loading: try gazetteerFolder(places: Data())).hasPrefix("places.bin: is empty or truncated"))
        let foreign = Data(repeating: 0x41, count: 4096)
        #expect(message(loading: try gazetteerFolder(places: foreign)).hasPrefix("places.bin: is not a packed place list"))
    }

    @Test func staleOrNewerFilesAreRefused() throws {
        let gazetteer = try Gazetteer.loadDefault()
        let rows = (gazetteer.countries.countries.count, gazetteer.entries.places.admin1Rows, gazetteer.entries.places.admin2Rows)
        let stale = header(countries: rows.0, admin1: rows.1 + 1, admin2: rows.2)
        #expect(message(loading: try gazetteerFolder(places: stale)).contains("was packed against other countries/admin1/admin2 files"))
        let newer = header(version: 3, countries: rows.0, admin1: rows.1, admin2: rows.2)
        #expect(message(loading: try gazetteerFolder(places: newer)).contains("has format version 3, this build reads 2"))
        let truncated = header(countries: rows.0, admin1: rows.1, admin2: rows.2)
        #expect(message(loading: try gazetteerFolder(places: truncated)).contains("is truncated"))
    }

    @Test func placesDecodeWithTheirDivisions() throws {
        let gazetteer = try Gazetteer.loadDefault()
        let ids = gazetteer.entries(named: "Mosul").filter { gazetteer.entries.kind($0) == .populatedPlace }
        let mosul = try #require(ids.map { gazetteer.entries[$0] }.first { gazetteer.country(of: $0).iso3 == "IRQ" })
        #expect(abs(mosul.latitude - 36.335) < 0.05 && abs(mosul.longitude - 43.119) < 0.05)
        #expect(gazetteer.admin1Name(of: mosul) == "Ninewa")
        #expect(mosul.population > 1_000_000)
    }

    @Test func districtsDecodeWithTheirProvinceAndAreFoundByName() throws {
        let gazetteer = try Gazetteer.loadDefault()
        let ids = gazetteer.entries(named: "Bati Kot").filter { gazetteer.entries.kind($0) == .admin2 }
        let district = try #require(ids.map { gazetteer.entries[$0] }.first { gazetteer.country(of: $0).iso3 == "AFG" })
        #expect(gazetteer.admin1Name(of: district) == "Nangarhar")
        #expect(gazetteer.admin2Name(of: district) == "Bati Kot")
        #expect(abs(district.latitude - 34.2) < 0.3 && abs(district.longitude - 70.8) < 0.3)
        // A district spelt another way in a note is found among its province's districts.
        let nangarhar = try #require(gazetteer.entries(named: "Nangarhar").first { gazetteer.entries.kind($0) == .admin1 })
        let near = gazetteer.districts(nearlyNamed: NameKey("Bato Kot"), in: [nangarhar])
        #expect(near.map { gazetteer.entries[$0].name } == ["Bati Kot"])
    }

    @Test func airportsTakeTheirDistrictByName() throws {
        let gazetteer = try Gazetteer.loadDefault()
        let airport = try #require(gazetteer.entries(named: "Ocean Reef Club Airport").map { gazetteer.entries[$0] }.first)
        #expect(gazetteer.admin1Name(of: airport) == "Florida")
        #expect(gazetteer.admin2Name(of: airport) == "Monroe")
    }

    @Test func nearestPlaceSearchesOnlyItsCountry() throws {
        let gazetteer = try Gazetteer.loadDefault()
        let iraq = try #require(gazetteer.countries.countries.firstIndex { $0.iso3 == "IRQ" })
        let near = try #require(gazetteer.nearestPlace(latitude: 33.3152, longitude: 44.3661, country: iraq, radius: 5))
        #expect(gazetteer.country(of: gazetteer.entries[near]).iso3 == "IRQ")
        #expect(Distance.km(gazetteer.entries[near].latitude, gazetteer.entries[near].longitude, 33.3152, 44.3661) < 5)
        // The middle of the Indian Ocean holds no Iraqi place.
        #expect(gazetteer.nearestPlace(latitude: -20, longitude: 75, country: iraq, radius: 60) == nil)
    }
}
