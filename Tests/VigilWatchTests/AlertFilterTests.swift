import Foundation
import Testing
import VigilModel
import VigilWatch

@Suite struct AlertFilterTests {
    static let fieldList =
        "(fields: country, admin1, admin2, location, event_type, sub_event_type, actor, min_fatalities, claimed)"

    static func event(
        _ type: SubEventType = .airDroneStrike, country: String = "Iraq", assocActor2: String = "",
        fatalities: Int = 2, claimed: Bool = false
    ) -> Event {
        Event(
            docID: "doc-1", eventID: "doc-1-1", eventDate: CalendarDay(year: 2024, month: 3, day: 12)!,
            timePrecision: .day, subEventType: type, actor1: "Military Forces of Turkey (2016-)",
            actor2: "PKK: Kurdistan Workers Party", assocActor2: assocActor2,
            inter1: .externalOtherForces, inter2: .rebelGroups,
            place: Place(
                name: "Zakho", latitude: 37.14, longitude: 42.68, country: country, iso3: "IRQ",
                admin1: "Duhok", admin2: "Zakho", geoPrecision: .exact),
            fatalities: fatalities, claimed: claimed, confidence: 0.9)
    }

    static func matches(_ text: String, _ event: Event = event()) throws -> Bool {
        try AlertFilter(parsing: text).matches(event)
    }

    /// The error message for `text`, or nil when it parses.
    static func message(_ text: String) -> String? {
        do {
            _ = try AlertFilter(parsing: text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func valuesMayHoldSpaces() throws {
        let filter = try AlertFilter(parsing: "country=Iraq sub_event_type=Air/drone strike min_fatalities=1")
        #expect(
            filter.conditions == [
                AlertFilter.Condition(field: .country, values: ["Iraq"]),
                AlertFilter.Condition(field: .subEventType, values: ["Air/drone strike"]),
            ])
        #expect(filter.minFatalities == 1)
        #expect(filter.claimed == nil)

        let spaced = try AlertFilter(parsing: "  actor=Islamic   State  location=Mosul Dam ")
        #expect(
            spaced.conditions == [
                AlertFilter.Condition(field: .location, values: ["Mosul Dam"]),
                AlertFilter.Condition(field: .actor, values: ["Islamic State"]),
            ])
    }

    @Test func barSeparatesAlternatives() throws {
        let filter = try AlertFilter(parsing: "country=Iraq|Syria | Turkey")
        #expect(filter.conditions == [AlertFilter.Condition(field: .country, values: ["Iraq", "Syria", "Turkey"])])
        #expect(filter.matches(Self.event(country: "syria")))
        #expect(!filter.matches(Self.event(country: "Lebanon")))
    }

    @Test func canonicalTextParsesBackToTheSameFilter() throws {
        let filter = try AlertFilter(
            parsing: "claimed=TRUE min_fatalities=03 Sub_Event_Type=air/drone strike country=Iraq|Syria "
                + "event_type=explosions/remote violence")
        let canonical =
            "country=Iraq|Syria event_type=Explosions/Remote violence sub_event_type=Air/drone strike "
            + "min_fatalities=3 claimed=true"
        #expect(filter.text == canonical)
        #expect(try AlertFilter(parsing: filter.text) == filter)
    }

    @Test func encodesAsItsText() throws {
        let filter = try AlertFilter(parsing: "country=Iraq actor=Islamic State")
        let data = try JSONEncoder().encode(filter)
        #expect(String(decoding: data, as: UTF8.self) == "\"country=Iraq actor=Islamic State\"")
        #expect(try JSONDecoder().decode(AlertFilter.self, from: data) == filter)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AlertFilter.self, from: Data("\"contry=Iraq\"".utf8)) }
    }

    @Test func placeFieldsMatchIgnoringCase() throws {
        #expect(try Self.matches("country=iraq admin1=DUHOK admin2=Zakho location=zakho"))
        #expect(try !Self.matches("country=Syria"))
        #expect(try !Self.matches("location=Zakh"))
    }

    @Test func eventTypesMatchTheTaxonomy() throws {
        #expect(try Self.matches("event_type=Explosions/Remote violence"))
        #expect(try !Self.matches("event_type=Battles"))
        #expect(try Self.matches("sub_event_type=Armed clash|Air/drone strike"))
        #expect(try !Self.matches("sub_event_type=Air/drone strike", Self.event(.shellingArtilleryMissileAttack)))
    }

    @Test func actorMatchesAnyActorBySubstring() throws {
        #expect(try Self.matches("actor=turkey"))
        #expect(try Self.matches("actor=kurdistan workers"))
        #expect(try !Self.matches("actor=Peshmerga"))
        #expect(try !Self.matches("actor=civilians"))
        #expect(try Self.matches("actor=civilians", Self.event(assocActor2: "Civilians (Iraq)")))
    }

    @Test func fatalitiesAndClaimAreChecked() throws {
        #expect(try Self.matches("min_fatalities=2"))
        #expect(try !Self.matches("min_fatalities=3"))
        #expect(try Self.matches("min_fatalities=0", Self.event(fatalities: 0)))
        #expect(try !Self.matches("claimed=true"))
        #expect(try Self.matches("claimed=true", Self.event(claimed: true)))
        #expect(try Self.matches("claimed=false"))
    }

    @Test func everyConditionMustHold() throws {
        #expect(try Self.matches("country=Iraq sub_event_type=Air/drone strike min_fatalities=1"))
        #expect(try !Self.matches("country=Iraq min_fatalities=5"))
        #expect(try !Self.matches("country=Iraq actor=Peshmerga"))
    }

    @Test func unknownFieldIsNamed() {
        #expect(Self.message("contry=Iraq") == "unknown field \"contry\" in \"contry=Iraq\" \(Self.fieldList)")
        #expect(
            Self.message("country=Iraq region=Middle East")
                == "unknown field \"region\" in \"region=Middle East\" \(Self.fieldList)")
    }

    @Test func textBeforeAnyFieldIsAnError() {
        #expect(Self.message("Iraq Syria country=Iraq") == "\"Iraq Syria\" is not field=value \(Self.fieldList)")
    }

    @Test func badNumbersAndFlagsAreErrors() {
        #expect(Self.message("min_fatalities=many") == "\"min_fatalities=many\" is not a whole number ≥ 0")
        #expect(Self.message("min_fatalities=-1") == "\"min_fatalities=-1\" is not a whole number ≥ 0")
        #expect(Self.message("claimed=maybe") == "\"claimed=maybe\" is not true or false")
    }

    @Test func emptyFilterAndEmptyValuesAreErrors() {
        #expect(Self.message("") == "empty filter: give at least one field=value")
        #expect(Self.message("   ") == "empty filter: give at least one field=value")
        let hint = "has an empty value; separate alternatives with |, as in country=Iraq|Syria"
        #expect(Self.message("country=") == "\"country=\" \(hint)")
        #expect(Self.message("country=Iraq||Syria") == "\"country=Iraq||Syria\" \(hint)")
    }

    @Test func repeatedFieldIsAnError() {
        #expect(Self.message("country=Iraq country=Syria") == "field \"country\" given twice")
    }

    @Test func taxonomyTyposSuggestNames() {
        #expect(
            Self.message("sub_event_type=Air/drone strik")
                == "unknown sub_event_type \"Air/drone strik\" (did you mean \"Air/drone strike\"?)")
        #expect(
            Self.message("event_type=Explosion")
                == "unknown event_type \"Explosion\" (did you mean \"Explosions/Remote violence\"?)")
        #expect(
            Self.message("event_type=Fighting")
                == "unknown event_type \"Fighting\" (valid: Battles, Protests, Riots, Explosions/Remote violence, "
                + "Violence against civilians, Strategic developments)")
    }
}
