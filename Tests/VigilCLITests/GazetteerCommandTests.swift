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
