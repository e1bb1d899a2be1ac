import Testing
import VigilExtract
import VigilModel

/// Unarmed crowds who assault someone riot (ACLED: mob violence), also when a later sentence reports arrests.
@Suite struct CrowdViolenceTests {
    @Test func arrestsAfterACrowdsAssaultAreItsAftermath() {
        let e = events("On 10 March 2024, a crowd assaulted two election officials in Nairobi. Police arrested some of the assailants.")
        #expect(e.first?.subEventType == .mobViolence)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
    }

    @Test func residentsWhoAttackUnarmedAreAMob() {
        let e = events("On 10 March 2024, residents attacked and injured two health workers in Nairobi. Police later arrested three of the suspects.")
        #expect(e.first?.subEventType == .mobViolence)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
        let f = events("On 10 March 2024, villagers assaulted a man accused of theft near Kismayo.")
        #expect(f.first?.subEventType == .mobViolence)
    }

    @Test func armedOrTargetedCommunitiesAreNoMob() {
        // Armed villagers are a communal militia; residents who were attacked are victims; an arrest in the lead is an arrest.
        let e = events("On 5 March 2024, villagers armed with machetes attacked a herders' camp near Kismayo, killing two men.")
        #expect(e.first?.actor1 == "Unidentified Communal Militia (Somalia)")
        let f = events("On 10 March 2024, residents were attacked by Al Shabaab militants near Kismayo.")
        #expect(f.first?.subEventType != .mobViolence)
        let g = events("On 10 March 2024, police arrested three men suspected of assaulting a journalist in Nairobi.")
        #expect(g.first?.subEventType == .arrests)
        let h = events("On 10 March 2024, Al Shabaab militants attacked two residents near Kismayo. Police arrested a suspect.")
        #expect(h.first?.subEventType == .attack)
    }

    /// Demonstrators who burn or damage a building demonstrate violently; burning a flag or an effigy is still peaceful.
    @Test func demonstratorsWhoBurnABuildingAreViolent() {
        let e = events("On 10 March 2024, protesters burned the headquarters of a political party in Nairobi.")
        #expect(e.first?.subEventType == .violentDemonstration)
        let f = events("On 10 March 2024, a group of young men attacked a bank in Nairobi during a protest and set it on fire.")
        #expect(f.first?.subEventType == .violentDemonstration)
        let g = events("On 10 March 2024, protesters damaged two cars outside the parliament in Nairobi.")
        #expect(g.first?.subEventType == .violentDemonstration)
        let h = events("On 10 March 2024, protesters burned the flag of Israel outside its embassy in Nairobi.")
        #expect(h.first?.subEventType == .peacefulProtest)
    }

    /// Football fans who fight the police riot; they are no armed group.
    @Test func footballFansFightingPoliceRiot() {
        let e = events("On 10 March 2024, football fans fought with police after a match in Nairobi.")
        #expect(e.first?.eventType == .riots)
        #expect(e.first?.actor1.hasPrefix("Rioters") == true)
    }

    /// Unarmed villagers who fight the police riot (ACLED never codes them as a communal militia's clash).
    @Test func villagersWhoFightPoliceRiot() {
        let e = events("On 10 March 2024, villagers attacked a police team in Nairobi that had come to arrest a suspect; 3 policemen were injured.")
        #expect(e.first?.eventType == .riots)
        let f = events("On 10 March 2024, villagers armed with guns attacked a police team in Nairobi; 3 policemen were injured.")
        #expect(f.first?.eventType == .battles)
    }

    /// Locals who loot or burn property, unarmed, riot (acled-train codes 39 of 41 such notes as riots).
    @Test func localsWhoBurnPropertyRiot() {
        let e = events("On 10 March 2024, locals set fire to a truck in Nairobi after it hit a child.")
        #expect(e.first?.subEventType == .mobViolence)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
    }

    /// Demonstrators who storm, force their way in, break windows or ransack demonstrate violently.
    @Test func demonstratorsWhoStormOrRansackAreViolent() {
        for text in [
            "On 10 March 2024, hundreds of people stormed the municipal office in Nairobi demanding food aid.",
            "On 10 March 2024, a group of protesters forced their way into the governor's office in Nairobi.",
            "On 10 March 2024, residents protesting the lack of water broke the windows of the town hall in Nairobi.",
            "On 10 March 2024, angry protesters ransacked the office of the electricity company in Nairobi.",
        ] {
            #expect(events(text).first?.subEventType == .violentDemonstration, "\(text)")
        }
    }

    /// Arrests reported after looting are its aftermath; the looting crowd, not the police, acts.
    @Test func arrestsAfterLootingAreItsAftermath() {
        let e = events("On 10 March 2024, residents looted a truck carrying food in Nairobi; police arrested 20 suspects.")
        #expect(e.first?.subEventType == .mobViolence)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
        let f = events("On 10 March 2024, police arrested 20 suspects in Nairobi.")
        #expect(f.first?.subEventType == .arrests)
    }
}
