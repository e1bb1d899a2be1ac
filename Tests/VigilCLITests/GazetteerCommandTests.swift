import Foundation
import Testing

/// `vigil gazetteer info`: the sources and counts a user sees.
@Suite struct GazetteerCommandTests {
    @Test func infoCountsEachSourceAndTheDayOfPacking() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let json = try vigil.run(["gazetteer", "info", "--json"], useDatabase: false)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["geonames_places"] as? Int ?? 0) > 200_000)
        #expect((object["whos_on_first_places"] as? Int ?? 0) > 1_000_000)
        #expect((object["admin1"] as? Int ?? 0) > 3_000 && (object["admin2"] as? Int ?? 0) > 30_000)
        #expect((object["facilities"] as? Int ?? 0) > 100 && (object["airports"] as? Int ?? 0) > 5_000)
        let packed = try #require(object["packed_on"] as? String)
        #expect(packed.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(packed)")
        let text = try vigil.run(["gazetteer"], useDatabase: false)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Who's On First (whosonfirst.org, CC0"))
        #expect(text.stdout.contains("GeoNames cities500 (geonames.org, CC BY 4.0)"))
    }
}

/// `vigil gazetteer import` and `remove` as a user runs them: the report, the places in the next extraction,
/// and clear refusals.
@Suite struct GazetteerImportCommandTests {
    static let zip = VigilProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/gazetteer/NG.zip").path

    @Test func importedVillageIsGeocodedByTheNextExtraction() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let article = try vigil.write("kaduna.jsonl", #"{"id":"k1","published":"2024-03-02","text":"Gunmen killed three farmers in Tashar Zabgai village in Kaduna State on Friday, residents said."}"# + "\n")
        let imported = try vigil.run(["gazetteer", "import", Self.zip], useDatabase: false)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 3 places from \(Self.zip) (GeoNames dump) as \"NG\""))
        #expect(imported.stderr.contains("skipped NG.txt:4: latitude is not a number from -90 to 90: x10.2"))
        let info = try vigil.run(["gazetteer", "info"], useDatabase: false)
        #expect(info.stdout.contains("imported \"NG\": 3 places from NG.zip (GeoNames dump"))
        let events = try vigil.run(["extract", article], useDatabase: false)
        #expect(events.stdout.contains(#""location":"Tashan Zabgai""#), "\(events.stdout)")
        let removed = try vigil.run(["gazetteer", "remove", "NG"], useDatabase: false)
        #expect(removed.status == 0 && removed.stdout == "removed \"NG\"\n")
        #expect(!(try vigil.run(["extract", article], useDatabase: false)).stdout.contains("Tashan Zabgai"))
    }

    @Test func badImportsAreRefusedWithTheirReason() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let missing = try vigil.run(["gazetteer", "import", "no-such-file.txt"], useDatabase: false)
        #expect(missing.status == 65 && missing.stderr.contains("no-such-file.txt: does not exist"), "\(missing.stderr)")
        let country = try vigil.run(["gazetteer", "import", Self.zip, "--countries", "NG,XX"], useDatabase: false)
        #expect(country.status == 65 && country.stderr.contains("--countries: unknown country code \"XX\""))
        let remove = try vigil.run(["gazetteer", "remove", "NG"], useDatabase: false)
        #expect(remove.status == 66 && remove.stderr.contains("no import named \"NG\""))
    }
}
