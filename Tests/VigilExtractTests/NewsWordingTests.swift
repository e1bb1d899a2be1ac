import Testing
import VigilExtract
import VigilModel

/// Wordings of wire reports that name an event's type, its actors or no event at all: sentences written for Vigil.
@Suite struct NewsWordingTests {
    @Test func peopleTakenAwayAreAbducted() {
        let e = events("Armed men stopped a passenger bus near Ouagadougou on Monday and took away eight passengers, a local official said.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        let f = events("Two engineers were seized by unidentified gunmen on the road to Kismayo on Monday, their company said.")
        #expect(f.first?.subEventType == .abductionForcedDisappearance)
        let g = events("A blogger was taken from his home in Peshawar by men in plain clothes on Monday and has not been seen since.")
        #expect(g.first?.subEventType == .abductionForcedDisappearance)
    }

    @Test func streetBattlesAreAClash() {
        let e = events("Government troops and Al Shabaab fighters fought street battles in Kismayo for a second day on Monday.")
        #expect(e.first?.subEventType == .armedClash)
    }

    /// Fire into a crowd of demonstrators, or soldiers beating marchers to death, is excessive force against a protest.
    @Test func forceAgainstACrowdOfDemonstrators() {
        let e = events("Soldiers fired into a crowd of unarmed demonstrators in Nairobi on Monday, killing three.")
        #expect(e.first?.subEventType == .excessiveForceAgainstProtesters)
        let f = events("Soldiers beat peaceful marchers with rifle butts in Nairobi on Monday, leaving one man dead.")
        #expect(f.first?.subEventType == .excessiveForceAgainstProtesters)
        let g = events("A teenager was shot dead on Monday as police dispersed a banned opposition march in Nairobi.")
        #expect(g.first?.subEventType == .excessiveForceAgainstProtesters)
        let h = events("Police detained more than 100 people who tried to march to the parliament in Nairobi on Monday.")
        #expect(h.first?.subEventType == .protestWithIntervention)
    }

    @Test func basesTakenOverAndHandedOver() {
        let e = events("Soldiers turned the village school near Kismayo into a headquarters on Monday, residents said.")
        #expect(e.first?.subEventType == .headquartersOrBaseEstablished)
        let f = events("Kenyan troops handed their base near Kismayo over to the Somali army at a ceremony on Monday.")
        #expect(f.first?.subEventType == .nonViolentTransferOfTerritory)
    }

    @Test func housesBurnedByTheHundredAreDestroyedProperty() {
        let e = events("Soldiers burned more than 200 houses in a village near Kismayo on Monday after residents fled.")
        #expect(e.first?.subEventType == .lootingPropertyDestruction)
    }

    /// Whom witnesses told is no party to the event: passengers shot by gang members are attacked, not in a clash.
    @Test func whomAWitnessToldIsNoTarget() {
        let e = events("Gang members stopped a bus near Nairobi on Monday and shot several passengers, survivors told police.")
        #expect(e.first?.subEventType == .attack)
    }

    /// "Iraqi and US troops": each nationality names forces, the host's first; an agent in a relative clause did not act.
    @Test func coordinatedNationalitiesAndRelativeClauses() {
        let e = events("Iraqi and US troops regained control of Anbar on Monday, which had been held by Islamic State militants for a year.")
        #expect(e.first?.subEventType == .governmentRegainsTerritory)
        #expect(e.first?.actor1 == "Military Forces of Iraq")
    }

    /// Risks, warnings and gas explosions report no political violence.
    @Test func risksAndGasExplosionsAreNoEvents() {
        #expect(events("The embassy advised its citizens to avoid travel to Kismayo, citing the risk of kidnapping and terrorism.").isEmpty)
        #expect(events("A gas explosion in a restaurant kitchen in Nairobi injured eight people on Monday; firefighters blamed a leaking cylinder.").isEmpty)
    }
}
