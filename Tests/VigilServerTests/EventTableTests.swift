import Foundation
import Testing
import VigilModel
@testable import VigilServer

/// Exports write GeoJSON text directly; any text an article can hold must stay valid JSON.
@Suite struct EventTableTests {
    @Test func geojsonTextEscapesEveryCharacterJSONNeedsEscaped() throws {
        var event = ServerFixture.event(
            "doc-9-1", "2024-02-01", .armedClash, country: "Mali", admin1: "Mopti", lat: 14.49, lon: -4.19,
            fatalities: 3, confidence: 0.5, claimed: false, actor1: "JNIM \"al-Qaeda\" \\ branch\n\t\u{1}")
        event.notes = ["émigrés — قتلى"]
        let text = try #require(EventTable.geojsonFeatureText(event))
        let feature = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let properties = try #require(feature["properties"] as? [String: String])
        #expect(properties["actor1"] == "JNIM \"al-Qaeda\" \\ branch\n\t\u{1}")
        #expect(properties["notes"] == "émigrés — قتلى")
        #expect((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double] == [-4.19, 14.49])
        #expect(EventTable.quoted("a\u{1F}b") == "\"a\\u001fb\"")
    }
}
