import Foundation
import Testing
import VigilModel

@Suite struct EventContractTests {
    let event = Event(
        docID: "seed-1", eventID: "seed-1-e1", eventDate: CalendarDay(year: 2023, month: 11, day: 6)!, timePrecision: .day,
        subEventType: .airDroneStrike, actor1: "Islamic Resistance in Iraq", actor2: "Military Forces of the United States",
        inter1: .politicalMilitias, inter2: .externalOtherForces,
        place: Place(name: "Ain al-Asad", latitude: 33.79, longitude: 42.44, country: "Iraq", iso3: "IRQ", admin1: "Anbar", geoPrecision: .exact),
        attackCount: 3, weapon: "drone", claimed: true, claimedBy: "Islamic Resistance in Iraq", confidence: 0.9,
        evidence: [Evidence(field: "sub_event_type", start: 10, end: 23, text: "drone attacks")])

    @Test func encodesACLEDColumnNamesWithEveryKeyPresent() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? [String: Any])
        for key in [
            "record", "doc_id", "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
            "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting", "country", "iso3",
            "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "injuries",
            "attack_count", "weapon", "claimed", "claimed_by", "confidence", "evidence",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["record"] as? String == "event")
        #expect(object["event_type"] as? String == "Explosions/Remote violence")
        #expect(object["event_date"] as? String == "2023-11-06")
        #expect(object["injuries"] is NSNull)
    }

    @Test func roundTripsAndRejectsAMismatchedType() throws {
        let data = try JSONEncoder().encode(event)
        #expect(try JSONDecoder().decode(Event.self, from: data) == event)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["event_type"] = "Battles"
        let bad = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Event.self, from: bad) }
    }
}
