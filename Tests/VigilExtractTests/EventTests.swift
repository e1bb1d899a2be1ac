import Testing
import VigilExtract
import VigilModel

@Suite struct EventTests {
    @Test func peacefulProtest() {
        let e = events("On 10 March 2024, hundreds of teachers protested in Nairobi to demand the payment of salary arrears.")
        #expect(e.count == 1)
        #expect(e.first?.subEventType == .peacefulProtest)
        #expect(e.first?.actor1 == "Protesters (Kenya)")
        #expect(e.first?.location == "Nairobi")
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 3, day: 10))
    }

    @Test func protestDispersedWithTearGas() {
        let e = events("On 10 March 2024, police fired tear gas to disperse traders who were protesting against new market fees in Nairobi.")
        #expect(e.first?.subEventType == .protestWithIntervention)
        #expect(e.first?.actor1 == "Protesters (Kenya)")
        #expect(e.first?.actor2 == "Police Forces of Kenya")
    }

    @Test func riotWithStones() {
        let e = events("On 9 March 2024, rioters threw stones at passing cars and burned tyres in Nairobi after a local leader was arrested.")
        #expect(e.first?.subEventType.eventType == .riots)
        #expect(e.first?.actor1 == "Rioters (Kenya)")
    }

    @Test func airstrikeWithFatalities() {
        let e = events("On 11 March 2024, an Israeli airstrike hit a house in Khan Younis, killing four people and injuring seven others.")
        #expect(e.count == 1)
        #expect(e.first?.subEventType == .airDroneStrike)
        #expect(e.first?.fatalities == 4)
        #expect(e.first?.injuries == 7)
        #expect(e.first?.weapon == "airstrike")
    }

    @Test func armedClashBetweenForces() {
        let e = events("On 8 March 2024, Al Shabaab militants clashed with Somali soldiers near Kismayo. Two soldiers were killed.")
        #expect(e.first?.subEventType == .armedClash)
        #expect(e.first?.actor1 == "Al Shabaab")
        #expect(e.first?.fatalities == 2)
    }

    @Test func protestersWhoBurnPropertyRiot() {
        let e = events("On 9 March 2024, students protested in Nairobi and torched a police post over the death of a classmate.")
        #expect(e.first?.subEventType == .violentDemonstration)
    }

    @Test func victimMistakenForAMilitantIsAttacked() {
        let e = events("On 8 March 2024, soldiers shot dead a herder mistaken for a militant near Kismayo.")
        #expect(e.first?.subEventType == .attack)
    }

    @Test func foreignForcesTakingTerritoryAreNoGovernment() {
        let e = events("On 8 March 2024, Kenyan troops captured the town of Kismayo after Al Shabaab militants withdrew.")
        #expect(e.first?.subEventType == .nonStateActorOvertakesTerritory)
        #expect(e.first?.actor1 == "Military Forces of Kenya")
    }

    @Test func strategicDevelopmentsFromTheirWords() {
        #expect(events("On 8 March 2024, two militias near Kismayo merged under one commander.").first?.subEventType == .changeToGroupActivity)
        #expect(events("On 8 March 2024, Somali troops entered Kismayo unopposed after the militants left.").first?.subEventType
            == .nonViolentTransferOfTerritory)
    }

    @Test func clashWithCiviliansStaysAClash() {
        let e = events("On 8 March 2024, herders clashed with farmers over grazing land near Kismayo, leaving two people dead.")
        #expect(e.first?.subEventType == .armedClash)
    }

    @Test func noteLabelNamesTheType() {
        let e = events("Movement of forces: On 8 March 2024, a convoy of Somali soldiers arrived in Kismayo to reinforce the garrison.")
        #expect(e.first?.subEventType == .changeToGroupActivity)
        let moved = events("Movement of forces: On 8 March 2024, gunmen on motorbikes were seen moving towards Kismayo.")
        #expect(moved.first?.actor1 == "Unidentified Armed Group (Somalia)")
    }

    @Test func datedReportWithoutTriggerUsesTheModel() {
        let text = "On 8 March 2024, members of a ruling party youth wing assaulted and injured a journalist in Nairobi over a report on a land deal."
        #expect(defaultExtractor.extract(document(text)).events.count == 1)
    }

    @Test func roadsideBomb() {
        let e = events("A roadside bomb struck a police vehicle in Peshawar on Monday, killing three officers, police said.")
        #expect(e.first?.subEventType == .remoteExplosiveLandmineIED)
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 3, day: 11))
        #expect(e.first?.fatalities == 3)
    }

    @Test func abduction() {
        let e = events("On 7 March 2024, gunmen kidnapped a school teacher on the road outside Ouagadougou.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        #expect(e.first?.civilianTargeting == true)
        #expect(e.first?.actor2 == "Civilians (Burkina Faso)")
    }

    @Test func summedFatalities() {
        let e = events("On 6 March 2024, gunmen attacked a checkpoint near Kismayo, killing 1 member of the police and 1 member of the army.")
        #expect(e.first?.fatalities == 2)
    }

    @Test func noCasualtiesReported() {
        let e = events("On 6 March 2024, unidentified gunmen fired at a police post in Peshawar. No casualties reported.")
        #expect(e.count == 1)
        #expect(e.first?.fatalities == 0)
        #expect(e.first?.evidence.contains { $0.field == "fatalities" } == true)
    }

    @Test(arguments: [
        "The militia denied carrying out the drone attack on the base near Erbil.",
        "Al Shabaab threatened to attack government offices in Kismayo if the elections go ahead.",
        "The army plans to launch airstrikes on rebel positions next month.",
        "The prime minister condemned the repeated rocket attacks on the embassy in Baghdad.",
        "The foreign minister made an unannounced visit to Baghdad, where he met the prime minister.",
        "Police in Nairobi arrested two men suspected of a string of burglaries and a robbery at a jewellery shop.",
        "Three people died when a landslide buried several houses after days of heavy rain near Peshawar.",
        "Two passengers were killed when a bus collided with a lorry on the highway outside Nairobi.",
        "The home side scored twice in the second half to win the league match in Nairobi on Sunday.",
        "No attacks were reported in Kismayo during the holiday weekend.",
        "The government announced a new fuel subsidy for farmers in Nairobi on Monday.",
        "The army chief met his Pakistani counterpart in Peshawar on Monday to discuss border cooperation.",
        "Soldiers helped residents leave their homes after floods swept through Peshawar on Sunday.",
        "Voters in Nairobi queued for hours on Tuesday to cast their ballots in the presidential election.",
        "Police officers in Nairobi received new uniforms at a ceremony attended by the interior minister.",
        "On 4 March 2024, the government of Kenya announced a new fuel subsidy for farmers around Nairobi.",
    ])
    func notAnEvent(_ text: String) {
        #expect(events(text).isEmpty, "\(text)")
        #expect(defaultExtractor.extract(document(text)).events.isEmpty, "with the shipped model: \(text)")
    }

    @Test func evidencePointsIntoText() {
        let text = "On 11 March 2024, an Israeli airstrike hit a house in Khan Younis, killing four people."
        let scalars = Array(text.unicodeScalars)
        for event in events(text) {
            for span in event.evidence {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[span.start..<span.end])
                #expect(String(view) == span.text)
            }
            let fields = Set(event.evidence.map(\.field))
            #expect(fields.isSuperset(of: ["sub_event_type", "location", "actor1", "event_date", "fatalities"]))
        }
    }

    @Test func foreignLanguageIsSkipped() {
        let result = sharedExtractor.extract(document(
            "Le 10 mars, des centaines de manifestants se sont rassemblés dans la capitale pour dénoncer la hausse des prix et le chômage des jeunes."))
        #expect(result.events.isEmpty)
        #expect(result.skippedReason == "unsupported language: fr")
    }

    @Test func noPublicationDateStillCodes() {
        let e = events("On 2 February 2024, protesters marched through Nairobi against a new housing levy.", published: nil)
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 2, day: 2))
    }
}
