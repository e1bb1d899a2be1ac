import Foundation
import Testing
import NIOCore
import VigilModel
import VigilStore
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
        #expect(JSONText.quoted("a\u{1F}b") == "\"a\\u001fb\"")
    }
}

/// Listings splice each event's stored JSON with its review and sources, written by hand; a client
/// must read the same object as the encoded ``EventPayload`` of a single event.
@Suite struct EventJSONListBodyTests {
    @Test func aSplicedEventReadsAsTheEncodedPayload() throws {
        let event = ServerFixture.event(
            "doc-9-1", "2024-02-01", .armedClash, country: "Mali", admin1: "Mopti", lat: 14.49, lon: -4.19,
            fatalities: 3, confidence: 0.5, claimed: false, actor1: "JNIM \"al-Qaeda\" \\ branch\n\t\u{1}")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let reviews = [
            EventReview(),
            EventReview(status: .merged, editedFields: ["fatalities", "notes"], mergedInto: "doc-2-1", splitFrom: "doc-9-0",
                updatedBy: "ana \"the editor\"", updated: "2024-02-02T10:00:00Z"),
        ]
        let sources = [
            EventSources(reportCount: 1, sourceCount: 0, names: []),
            EventSources(reportCount: 2, sourceCount: 3, names: ["Al Jazeera", "Le Monde \\ AFP", "قناة"]),
        ]
        for (review, sources) in zip(reviews, sources) {
            let stored = StoredEventJSON(
                eventID: event.eventID, json: String(decoding: try encoder.encode(event), as: UTF8.self), review: review,
                sources: sources)
            var spliced = ByteBuffer()
            try EventJSONListBody.write(stored, to: &spliced)
            let expected = try encoder.encode(EventPayload(reviewed: ReviewedEvent(event: event, review: review, sources: sources)))
            let read = try JSONSerialization.jsonObject(with: Data(spliced.readableBytesView)) as? NSDictionary
            #expect(read == (try JSONSerialization.jsonObject(with: expected) as? NSDictionary))
            #expect(read?["review"] != nil && read?["source_names"] != nil)
        }
    }
}
