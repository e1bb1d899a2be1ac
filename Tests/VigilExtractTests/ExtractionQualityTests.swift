import Testing
import VigilExtract
import VigilModel

/// Sentences written for Vigil that exercise the rules added for issue #4's quality bars: actors named
/// by "government forces", place words that name no actor, lethal force at demonstrations, reports
/// dated by their publication, and non-events that carry a day.
@Suite struct ExtractionQualityTests {
    @Test func governmentForcesAreTheMilitary() {
        let e = events("On 8 March 2024, Somali government forces clashed with Al Shabaab militants near Kismayo.")
        #expect(e.first?.subEventType == .armedClash)
        #expect(e.first?.actor1 == "Military Forces of Somalia")
        #expect(e.first?.actor2 == "Al Shabaab")
    }

    @Test func localGovernmentAreaNamesNoActor() {
        let e = events("Armed men stormed a village in the Kismayo local government area on Sunday night and abducted 12 residents.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        #expect(e.first?.actor1 == "Unidentified Armed Group (Somalia)")
    }

    @Test func anAdministrationDoesNotActInViolence() {
        let e = events("Gunmen abducted 15 farmers near Kismayo on Monday, the regional government said.")
        #expect(e.first?.actor1 == "Unidentified Armed Group (Somalia)")
    }

    @Test func separatistForcesByTheirAcronym() {
        let e = events("On 29 April 2020, Ukrainian army positions were shelled by DPR forces using 122mm artillery.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
        #expect(e.first?.actor1 == "DPR: Donetsk People's Republic")
    }

    @Test func lethalForceAtAProtestIsExcessive() {
        let e = events("On 10 March 2024, police opened fire on traders protesting against market fees in Nairobi, killing two of them.")
        #expect(e.first?.subEventType == .excessiveForceAgainstProtesters)
        #expect(e.first?.actor1 == "Protesters (Kenya)")
    }

    @Test func tearGasAtAProtestIsNoExcessiveForce() {
        let e = events("On 10 March 2024, police fired tear gas at traders protesting against market fees in Nairobi.")
        #expect(e.first?.subEventType == .protestWithIntervention)
    }

    @Test func dronesNameTheStrike() {
        let e = events("A pro-Iran militia on Monday claimed to have targeted two US bases in Iraq and Syria with drones.")
        #expect(e.first?.subEventType == .airDroneStrike)
    }

    @Test func aReportedDayIsNoNewEvent() {
        let text = "Soldiers arrested 14 people in night raids across Nairobi this week, accusing them of sheltering militants. "
            + "State media reported on Thursday that security forces had detained the suspects and seized their phones."
        let e = defaultExtractor.extract(document(text)).events
        #expect(e.count == 1)
        #expect(e.first?.subEventType == .arrests)
    }

    @Test func arrestsWithoutAProtestWordAreNoProtest() {
        let text = "Security forces detained 14 people, including two university lecturers, in night raids across Nairobi, "
            + "accusing them of funding militants, according to state media and family members."
        #expect(defaultExtractor.extract(document(text)).events.first?.subEventType == .arrests)
    }

    @Test(arguments: [
        "Heavy monsoon rain has flooded large parts of Sylhet, leaving thousands of people cut off, officials said on Thursday, March 7, 2024.",
        "Survivors gathered in Nairobi on Wednesday to mark 25 years since the bombing of the US embassy, laying wreaths.",
        "Ten years after 200 girls were abducted from their school, their families say the world has forgotten them.",
    ])
    func nonEventsWithADay(text: String) {
        #expect(events(text).isEmpty, "\(text)")
        #expect(defaultExtractor.extract(document(text)).events.isEmpty, "with the shipped model: \(text)")
    }

    @Test func observedExplosionsAreShelling() {
        let e = events("On 28 April 2020, monitors recorded 45 explosions near Kismayo.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
        #expect(defaultExtractor.extract(document("On 28 April 2020, monitors recorded 45 explosions near Kismayo.")).events.first?
            .subEventType == .shellingArtilleryMissileAttack)
    }

    @Test func theReporterIsNotTheActor() {
        let e = events("Police said gunmen shot dead a trader in Nairobi on Monday.")
        #expect(e.first?.actor1 == "Unidentified Armed Group (Kenya)")
        let named = events("On 28 April 2020, Al Shabaab representatives reported that Somali soldiers fired mortar rounds at a village near Kismayo.")
        #expect(named.first?.actor1 == "Military Forces of Somalia")
    }

    @Test func aClaimantStaysTheActor() {
        let e = events("The Taliban said they attacked a police checkpoint near Peshawar, killing four officers.")
        #expect(e.first?.actor1 == "Taliban")
        let text = "Iraqi militias launched drones at the Ain al-Asad base on Monday. "
            + "The Islamic Resistance in Iraq said on its Telegram channel that it carried out the attacks."
        #expect(events(text).first?.actor1 == "Islamic Resistance in Iraq")
    }

    @Test func aMobPunishingASuspectedThiefIsMobViolence() {
        let e = events("On 9 March 2024, a mob beat a suspected thief to death at a market in Nairobi.")
        #expect(e.first?.subEventType == .mobViolence)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
    }

    @Test func youthsAttackingThePoliceRiot() {
        let e = events("On 9 March 2024, youths threw fireworks at police officers and set fire to cars in Nairobi.")
        #expect(e.first?.subEventType == .violentDemonstration)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
    }

    @Test func protestersWhoClashWithPoliceRiot() {
        let e = events("On 9 March 2024, protesters clashed with police in Nairobi during a march against new taxes.")
        #expect(e.first?.subEventType == .violentDemonstration)
    }

    @Test func anUnambiguousWordOutweighsTheModel() {
        let text = "A teacher was kidnapped by suspected Al Shabaab militants near Kismayo and later rescued by Kenyan forces."
        #expect(defaultExtractor.extract(document(text)).events.first?.subEventType == .abductionForcedDisappearance)
        let defused = "Police defused a roadside bomb planted near a school in Kismayo on Thursday."
        #expect(defaultExtractor.extract(document(defused)).events.first?.subEventType == .disruptedWeaponsUse)
    }

    @Test func aBombThatFailedToExplodeIsDisrupted() {
        let e = events("On 8 March 2024, militants threw a bomb at a police post in Kismayo, but it failed to explode.")
        #expect(e.first?.subEventType == .disruptedWeaponsUse)
    }

    @Test func aProtesterKilledByPoliceIsExcessiveForce() {
        let e = events("On 10 March 2024, a trader was killed by police during a protest against market fees in Nairobi.")
        #expect(e.first?.subEventType == .excessiveForceAgainstProtesters)
    }

    @Test func heavyWeaponsNamedWithFightingAreAClash() {
        let e = events("On 8 March 2024, Somali soldiers and Al Shabaab militants clashed near Kismayo, using mortars and machine guns.")
        #expect(e.first?.subEventType == .armedClash)
    }

    @Test func forcesTakingBackAPlaceRegainIt() {
        let e = events("On 8 March 2024, Somali government forces took back the town of Kismayo from Al Shabaab militants after heavy fighting.")
        #expect(e.first?.subEventType == .governmentRegainsTerritory)
        #expect(e.first?.actor1 == "Military Forces of Somalia")
    }
}
