import Testing
import VigilExtract
import VigilModel

@Suite struct FiguresAndActorsTests {
    func event(_ text: String) -> Event? {
        sharedExtractor.extract(document(text)).events.first
    }

    @Test func wordNumbersAndRanges() {
        #expect(event("On 5 March 2024, twenty-one soldiers were killed when militants ambushed a convoy near Kismayo.")?.fatalities == 21)
        #expect(event("On 5 March 2024, gunmen attacked a bus near Kismayo, killing between 4 and 6 passengers.")?.fatalities == 4)
        #expect(event("On 5 March 2024, a dozen civilians were killed in an airstrike on a market in Khan Younis.")?.fatalities == 12)
    }

    @Test func singleVictim() {
        #expect(event("On 5 March 2024, a farmer was shot dead by gunmen near Kismayo.")?.fatalities == 1)
        #expect(event("On 5 March 2024, Al Shabaab militants ambushed a soldier near Kismayo, killing him.")?.fatalities == 1)
    }

    @Test func aVictimAndARelativeAreTwo() {
        #expect(event("On 5 March 2024, a shell hit a house in Sarmin, killing a woman and her daughter.")?.fatalities == 2)
        #expect(event("On 5 March 2024, gunmen attacked a house near Kismayo, killing a man and wounding his son.")?.fatalities == 1)
    }

    @Test func includingIsNotAdded() {
        #expect(event("On 5 March 2024, an airstrike killed 9 people, including 4 children, in Khan Younis.")?.fatalities == 9)
    }

    @Test func passiveAgentActsFirst() {
        let e = event("On 5 March 2024, two police officers were killed by Al Shabaab militants in Kismayo.")
        #expect(e?.actor1 == "Al Shabaab")
        #expect(e?.fatalities == 2)
    }

    @Test func nationalityGivesTheCountry() {
        let e = event("On 5 March 2024, Israeli forces shot and killed a man near Khan Younis.")
        #expect(e?.actor1 == "Military Forces of Israel")
        #expect(e?.actor2 == "Civilians (Palestine)")
        #expect(e?.civilianTargeting == true)
    }

    @Test func claimOfResponsibility() {
        let e = event("On 5 March 2024, Al Shabaab claimed responsibility for a roadside bomb that hit an army truck near Kismayo.")
        #expect(e?.claimed == true)
        #expect(e?.claimedBy == "Al Shabaab")
        #expect(e?.subEventType == .remoteExplosiveLandmineIED)
    }

    @Test func distributedAttacksSplitByPlace() {
        let text = """
            On 5 March 2024, the Islamic Resistance in Iraq said it launched four drone attacks, two of which targeted \
            the Ain al-Asad base. The other two drones targeted Erbil International Airport and al-Tanf.
            """
        let events = sharedExtractor.extract(document(text)).events
        #expect(events.count == 3)
        #expect(events.map(\.attackCount) == [2, 1, 1])
        #expect(Set(events.map(\.country)) == ["Iraq", "Syria"])
    }

    @Test func tallyWithBreakdown() throws {
        let text = """
            An army spokesman told reporters on Tuesday that a total of 12 attacks had targeted the bases since February 20, \
            7 in Iraq and 5 in Syria.
            """
        let result = sharedExtractor.extract(document(text))
        #expect(result.events.isEmpty)
        let tally = try #require(result.tallies.first)
        #expect(tally.count == 12)
        #expect(tally.since?.description == "2024-02-20")
        #expect(tally.breakdown.map(\.count) == [7, 5])
        #expect(tally.reporter == "An army spokesman")
    }

    @Test func codedTotalSettlesFatalities() {
        let text = "On 5 March 2024, gunmen attacked a village near Kismayo and killed 7 people. Fatalities coded as at least 3 (local media reported 7)."
        #expect(event(text)?.fatalities == 3)
        #expect(event("On 5 March 2024, an airstrike hit a market in Khan Younis, killing 12 people. Fatalities coded as 0.")?.fatalities == 0)
    }

    @Test func nationalityNamesTheForce() {
        #expect(event("On 5 March 2024, Israeli warplanes struck a house in Khan Younis, killing two people.")?.actor1 == "Military Forces of Israel")
    }

    @Test func theGovernmentsGunsAndAircraftAreItsMilitary() {
        #expect(event("On 5 March 2024, Syrian government artillery shelled Sarmin, killing a woman.")?.actor1 == "Military Forces of Syria")
        let doc = document("On 5 March 2024, Sudanese government warplanes bombed a market in Nyala.")
        #expect(defaultExtractor.extract(doc).events.first?.actor1 == "Military Forces of Sudan")
    }

    @Test func withNoAttackerNamedTheOneAccusedActs() {
        let strike = "A drone strike hit a wedding party near Djibo on Sunday, killing six people, local officials said."
        let accused = document(strike + " Survivors accused the Burkinabe army of carrying out the strike.")
        #expect(defaultExtractor.extract(accused).events.first?.actor1 == "Military Forces of Burkina Faso")
        #expect(defaultExtractor.extract(document(strike)).events.first?.actor1 == "Unidentified Military Forces")
    }

    @Test func villagersWhoAttackAreACommunalMilitia() {
        let e = event("On 5 March 2024, villagers armed with machetes attacked a herders' camp near Kismayo, killing two men.")
        #expect(e?.actor1 == "Unidentified Communal Militia (Somalia)")
    }

    @Test func formerSoldierIsACivilian() {
        let e = event("On 5 March 2024, gunmen shot dead a retired soldier at his home near Kismayo.")
        #expect(e?.subEventType == .attack)
        #expect(e?.actor2 == "Civilians (Somalia)")
    }

    @Test func woundedAfterKilledAreNotAdded() {
        #expect(event("On 5 March 2024, 3 soldiers were killed and 4 were wounded when a roadside bomb hit their truck near Kismayo.")?.fatalities == 3)
        #expect(event("On 5 March 2024, gunmen killed one trader near Kismayo.")?.fatalities == 1)
        #expect(event("On 5 March 2024, gunmen assassinated a village chief near Kismayo.")?.fatalities == 1)
    }

    @Test func agesAreNotCounts() {
        #expect(event("On 5 March 2024, gunmen shot dead a 16-year-old boy near Kismayo.")?.fatalities == 1)
        #expect(event("On 5 March 2024, a 16-year-old boy was shot dead by gunmen near Kismayo.")?.fatalities == 1)
    }

    @Test func shotAndKilledIsOneDeath() {
        #expect(event("On 5 March 2024, a police officer was shot and killed by gunmen near Kismayo.")?.fatalities == 1)
        #expect(event("On 5 March 2024, a trader was shot and wounded by gunmen near Kismayo.")?.fatalities == 0)
    }

    @Test func protestsCarryNoFatalities() {
        let e = event("On 5 March 2024, hundreds of drivers protested in Nairobi against the killing of 3 colleagues by gunmen.")
        #expect(e?.subEventType == .peacefulProtest)
        #expect(e?.fatalities == 0)
    }

    /// "DNR" and "LNR", the Russian abbreviations, name the Donbas republics; the positions they fire at are the army's.
    @Test func separatistRepublicsByTheirRussianAbbreviations() {
        let shelling = "On 5 March 2021, DNR forces shelled Ukrainian military positions near Avdiivka with 120mm mortars."
        let e = events(shelling, extractor: defaultExtractor).first
        #expect(e?.actor1 == "DPR: Donetsk People's Republic")
        #expect(e?.actor2.hasPrefix("Military Forces of Ukraine") == true)
        let f = events("On 5 March 2024, Houthi forces shelled government positions in Hays district, Yemen.", extractor: defaultExtractor)
        #expect(f.first?.actor2 == "Military Forces of Yemen")
        // Fire opened on a nationality's positions is fire on its army: a clash, not an attack on civilians.
        let g = events("On 5 March 2021, NAF opened fire on Ukrainian positions near Avdiivka. No casualties.", extractor: defaultExtractor)
        #expect(g.first?.subEventType == .armedClash)
        #expect(g.first?.actor2.hasPrefix("Military Forces of Ukraine") == true)
    }

    /// The agent inside a trigger ("killed by police") still acts.
    @Test func agentNamedInsideTheTriggerActs() {
        let e = event("On 5 March 2024, a man was killed by police in Nairobi.")
        #expect(e?.actor1 == "Police Forces of Kenya")
        #expect(e?.subEventType == .attack)
    }

    /// South Sudan's armed opposition and army by the abbreviations reports use.
    @Test func southSudaneseForcesByTheirAbbreviations() {
        let e = events("On 5 March 2024, SPLA-IO forces attacked a cattle camp in Yei county, South Sudan, killing 3 civilians.", extractor: defaultExtractor)
        #expect(e.first?.actor1 == "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)")
        let f = events("On 5 March 2024, SSPDF soldiers clashed with NAS fighters in Yei county, South Sudan.", extractor: defaultExtractor)
        #expect(f.first?.actor1 == "Military Forces of South Sudan")
    }

    /// Self-defence groups and community police are communal militias, not the state's police.
    @Test func selfDefenceGroupsAreCommunalMilitias() {
        let e = event("On 5 March 2024, self-defense groups attacked a patrol of state police near Kismayo.")
        #expect(e?.actor1 == "Unidentified Communal Militia (Somalia)")
        #expect(e?.subEventType == .armedClash)
    }

    /// Fire that is set or caught is arson; fire that is exchanged, opened or returned, or a group's, is gunfire.
    @Test func exchangedFireIsNoArson() {
        #expect(event("On 5 March 2021, Ukrainian forces and DNR forces exchanged fire near Horlivka.")?.weapon != "arson")
        #expect(event("On 5 March 2024, gunmen opened fire on a bus near Kismayo, killing 2.")?.weapon != "arson")
        #expect(event("On 5 March 2024, rioters set fire to a police station in Kisumu.")?.weapon == "arson")
        #expect(event("On 5 March 2024, a soldier was wounded near Kismayo as a result of Al Shabaab fire.")?.weapon != "arson")
    }

    @Test func bracketedPlaceIsTheEventsPlace() {
        #expect(event("On 5 March 2024, gunmen from Nairobi attacked a bus in Kismayo (Kismayo, Lower Juba).")?.location == "Kismayo")
    }

    /// "The attack was blamed on Al-Shabaab militants": whom the blame names is the attacker.
    @Test func theGroupAnAttackIsBlamedOnIsItsActor() {
        let found = events(
            "On 1 March 2024, a roadside bomb killed three soldiers near Mandera town. The attack was blamed on Al-Shabaab militants.",
            published: "2024-03-02", extractor: defaultExtractor)
        #expect(found.first?.actor1 == "Al Shabaab")
    }

    /// "Israeli helicopters": aircraft take the nationality before them, as troops do.
    @Test func aircraftTakeTheirNationality() {
        let found = events(
            "On 1 March 2024, Israeli helicopters fired missiles at a house in Khan Younis, killing two people.",
            published: "2024-03-02", extractor: defaultExtractor)
        #expect(found.first?.actor1 == "Military Forces of Israel")
    }
}
