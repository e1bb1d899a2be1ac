import Foundation
import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// `vigil gazetteer import`: GeoNames dumps (plain or zipped) and Who's On First data become places the geocoder
/// finds; what the shipped gazetteer has, noise and bad rows are left out, bad rows named by line.
@Suite struct GazetteerImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/gazetteer")

    /// A fresh folder for one test's imports.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func shipped() throws -> Gazetteer { try Gazetteer.load(importedPlaces: nil) }

    @Test func zippedGeoNamesDumpKeepsVillagesAndFacilitiesAndNamesBadRowsByLine() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try GazetteerImport(gazetteer: Self.shipped()).run(Self.fixtures.appendingPathComponent("NG.zip"), into: folder)
        #expect(report.name == "NG" && report.format == "GeoNames dump")
        // Lagos is shipped; the abandoned place (PPLQ) and the hill (class T) are not imported at all.
        #expect(report.read == 4 && report.alreadyKnown == 1 && report.imported == 3)
        #expect(report.problems.map(\.description) == [
            "NG.txt:4: latitude is not a number from -90 to 90: x10.2", "NG.txt:5: has 2 fields; a GeoNames row has 19",
        ])
        let filed = try String(contentsOf: folder.appendingPathComponent("NG.tsv"), encoding: .utf8)
        // The GeoNames admin1 code names the state; codes, other scripts and generic words are no aliases.
        #expect(filed.contains("Tashan Zabgai\tTashar Zabgai\tplace\t10.12340\t7.98760\tNG\tKaduna\t"))
        #expect(filed.contains("Kajuru Air Strip\t\tairport\t"))
        #expect(!filed.contains("TZB") && !filed.contains("Ташан") && !filed.contains("Kufan Tsoho"))
    }

    @Test func importedPlacesAreFoundInTextWithTheirDivisions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try Self.shipped()
        _ = try GazetteerImport(gazetteer: shipped).run(Self.fixtures.appendingPathComponent("NG.zip"), into: folder)
        let text = "Gunmen killed three farmers in Tashar Zabgai village in Kaduna State on Friday, residents said."
        #expect(try GeoTestSupport.mentions(text, using: Geocoder(gazetteer: shipped)).allSatisfy { $0.place.name != "Tashan Zabgai" })
        let gazetteer = try Gazetteer.load(importedPlaces: folder)
        let village = try #require(try GeoTestSupport.mention("Tashar", in: GeoTestSupport.mentions(text, using: Geocoder(gazetteer: gazetteer))))
        #expect(village.place.name == "Tashan Zabgai" && village.place.admin1 == "Kaduna" && village.place.country == "Nigeria")
        #expect(GeoTestSupport.km(village, 10.1234, 7.9876) < 0.1 && village.place.geoPrecision == .exact)
        #expect(gazetteer.importedSources.map(\.name) == ["NG"] && gazetteer.importedSources[0].places == 3)
        #expect(gazetteer.summary.imported.first?.source == "NG.zip")
        #expect(gazetteer.summary.airports == shipped.summary.airports)
    }

    @Test func whosOnFirstTableLeavesOutRecordsNoLongerCurrentAndAbandonedPlaces() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try GazetteerImport(gazetteer: Self.shipped()).run(Self.fixtures.appendingPathComponent("ML-places.tsv"), into: folder)
        #expect(report.format == "Who's On First TSV" && report.imported == 2)
        #expect(report.problems.map(\.description) == ["ML-places.tsv:5: lat is not a number from -90 to 90: north"])
        let filed = try String(contentsOf: folder.appendingPathComponent("ML-places.tsv"), encoding: .utf8)
        #expect(filed.contains("Tenekoun Daga\tTeneku Daga\tplace\t14.41000\t-4.12000\tML\tMopti\tDjenne\t800\t"))
        #expect(filed.contains("Sevare Sud Air Base\tSevare Sud\tair base\t"))
        #expect(!filed.contains("Sare Dina Koro") && !filed.contains("Kouna") && !filed.contains("Africa"))
    }

    @Test func whosOnFirstRepositoryNamesDivisionsFromTheHierarchy() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try GazetteerImport(gazetteer: Self.shipped())
            .run(Self.fixtures.appendingPathComponent("wof-repo"), into: folder, name: "mali")
        #expect(report.format == "Who's On First repository" && report.imported == 1)
        #expect(report.problems.map(\.description) == ["data/890/000/890000005.geojson: is not a GeoJSON feature with properties"])
        let filed = try String(contentsOf: folder.appendingPathComponent("mali.tsv"), encoding: .utf8)
        // The label point, not the alternate geometry; region and county from the hierarchy; "Ténékoun Daga" is the
        // name with accents, so no alias.
        #expect(filed.contains("Tenekoun Daga\tTeneku Daga\tplace\t14.41100\t-4.12100\tML\tMopti\tDjenne\t"))
    }

    @Test func filesOfNoKnownFormatAreRefusedWithTheirName() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("Places to look up later\nKaduna\n".utf8).write(to: notes)
        let importer = GazetteerImport(gazetteer: try Self.shipped())
        #expect(throws: GazetteerError.self) { try importer.run(notes, into: folder) }
        do { _ = try importer.run(notes, into: folder) } catch {
            #expect("\(error)".hasPrefix("notes.txt:1: is neither a GeoNames dump"))
        }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        do { _ = try importer.run(empty, into: folder) } catch { #expect("\(error)" == "empty.txt: is empty") }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.tsv").path))
    }

    @Test func aliasFilterDropsCodesScriptsAndGenericWords() throws {
        let filter = AliasFilter(lexicon: try Self.shipped().lexicon)
        #expect(filter.aliases(["ORBI", "Bagdad", "Baghdad", "Бағдад", "Air Base", "Baghdad 2", "Madinat as Salam"], of: "Baghdad")
            == ["Bagdad", "Madinat as Salam"])
    }
}
