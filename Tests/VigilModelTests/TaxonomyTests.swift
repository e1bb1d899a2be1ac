import Testing
import VigilModel

@Suite struct TaxonomyTests {
    @Test func everySubEventTypeBelongsToOneOfSixEventTypes() {
        #expect(SubEventType.allCases.count == 25)
        #expect(EventType.allCases.count == 6)
        #expect(EventType.allCases.map { $0.subEventTypes.count } == [3, 3, 2, 6, 3, 8])
        #expect(SubEventType.airDroneStrike.eventType == .explosionsRemoteViolence)
        #expect(SubEventType.mobViolence.eventType.disorderType == .politicalViolenceAndDemonstrations)
    }

    @Test func validationNamesTheUnknownValue() throws {
        #expect(try SubEventType(validating: "air/drone strike") == .airDroneStrike)
        #expect(throws: TaxonomyError.unknownSubEventType("Drone attack")) { try SubEventType(validating: "Drone attack") }
        #expect(throws: TaxonomyError.subEventTypeOutsideEventType(subEventType: "Grenade", eventType: "Battles")) {
            try SubEventType(validating: "Grenade", of: .battles)
        }
        #expect(TaxonomyError.unknownEventType("Battle").description.hasPrefix("unknown event_type \"Battle\""))
        #expect(throws: TaxonomyError.unknownInterCode(9)) { try InterCode(validating: 9) }
        #expect(throws: TaxonomyError.unknownGeoPrecision(4)) { try GeoPrecision(validating: 4) }
        #expect(throws: TaxonomyError.unknownTimePrecision(0)) { try TimePrecision(validating: 0) }
    }
}
