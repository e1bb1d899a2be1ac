import Testing
import VigilExtract
import VigilModel

/// Rules that read a news story's structure, each on text written for it (published Tuesday 2024-03-12).
@Suite struct StoryStructureRuleTests {
    func only(_ text: String, published: String = "2024-03-12") throws -> Event {
        let found = events(text, published: published, extractor: defaultExtractor)
        #expect(found.count == 1, "\(found.map { "\($0.eventDate) \($0.subEventType.rawValue)" })")
        return try #require(found.first)
    }

    /// A dateline after a headline line is still the dateline: its day dates the report, and its day number counts
    /// no attacks.
    @Test func aDatelineAfterAHeadlineDatesTheReportNotTheEvent() {
        let harir = events(
            at: "Harir",
            in: "Truce tested in the north\nERBIL, Iraq, March 12 (Gulf Ledger) - A drone attack on Sunday hit "
                + "Harir air base, which hosts US forces, officials said.", published: "2024-03-12")
        #expect(harir.map(\.eventDate.description) == ["2024-03-10"])
        #expect(harir.map(\.attackCount) == [1])
    }

    /// "bases used by US forces": the owners of a target, not the ones who attacked it.
    @Test func theForcesUsingATargetAreNotItsAttackers() throws {
        let e = try only("On 10 March 2024, rockets hit two bases used by US forces in eastern Syria, causing no casualties.")
        #expect(e.actor1.contains("United States") == false)
        #expect(e.actor2.contains("United States"))
    }

    /// A party that confirms a claimed attack by its place makes that event confirmed; one that could not confirm
    /// leaves the other a claim.
    @Test func aConfirmationByPlaceUpgradesThatClaimOnly() throws {
        let found = events(
            "The Islamic Resistance in Iraq said on Tuesday that its fighters had launched two drones at Ain al-Asad air base "
                + "and one at Harir base on Monday.\nA US official confirmed the attack on Ain al-Asad. Another official said he "
                + "could not confirm the attack on Harir base.", published: "2024-03-12", extractor: defaultExtractor)
        let asad = try #require(found.first { $0.place?.name.contains("Asad") == true })
        let harir = try #require(found.first { $0.place?.name.contains("Harir") == true })
        #expect(!asad.claimed && asad.claimedBy == "Islamic Resistance in Iraq")
        #expect(asad.evidence.contains { $0.field == "claimed" && $0.text == "confirmed" })
        #expect(harir.claimed)
    }

    /// A headline that names only a country announces the body's event: the body's sentence is the lead, with its
    /// town and day.
    @Test func aHeadlineNamingOnlyACountryMakesNoEventOfItsOwn() throws {
        let e = try only(
            "Cost of living: Kenya protests\nNAIROBI, March 12 (East African Citizen) - Police fired tear gas at marchers "
                + "in Nairobi on Monday and arrested dozens.")
        #expect(e.place?.name == "Nairobi")
        #expect(e.eventDate.description == "2024-03-11")
    }

    /// "late on Sunday, …, police said on Monday": Monday is the statement's day, so a later event told without a
    /// day is Sunday's too.
    @Test func aStatementsDayAfterTheAttacksDayDatesOnlyTheStatement() {
        let lakki = events(
            at: "Lakki",
            in: "Militants attacked a police post in Bannu late on Sunday, killing two policemen, police said on Monday.\n"
                + "In Lakki Marwat, militants fired rockets at a checkpoint, wounding two policemen.",
            published: "2024-03-12")
        #expect(lakki.map(\.eventDate.description) == ["2024-03-10"])
    }

    @Test func theSidesOfClashesBetweenTwoGroupsAreItsActors() throws {
        let event = try only(
            "Four fighters died in clashes between the National Liberation Army (ELN) and FARC dissidents near Saravena on Monday.")
        #expect(event.actor1 == "ELN: National Liberation Army")
        #expect(event.actor2 == "FARC Dissidents")
    }

    @Test func aNumberBeforeAUnitOfTimeCountsNoOne() throws {
        let event = try only("Three soldiers were killed in four days of fighting with rebels near Beni, the army said on Monday.")
        #expect(event.fatalities == 3)
    }

    @Test func aStatementsDayFollowedByAnEarlierDayDatesTheStatement() throws {
        let event = try only(
            "Five people were killed in clashes between herders and farmers in Plateau State, police said on Monday. "
                + "The fighting began on Saturday in a village near Bokkos.")
        #expect(event.eventDate.description == "2024-03-09")
    }

    @Test func anAttackWithoutAPerpetratorIsTheClaimants() throws {
        let event = try only(
            "A roadside bomb killed three police officers near Mandera on Sunday. Al-Shabaab later said on a website "
                + "close to the group that its fighters planted the device and claimed that seven officers died.")
        #expect(event.actor1 == "Al Shabaab")
        #expect(event.fatalities == 3)
    }

    @Test func aDeathThatCausedARiotIsNotItsFatality() throws {
        let event = try only(
            "Residents burned tyres and stoned a police post in Kisumu on Monday after a boda boda rider was found dead. "
                + "Police fired tear gas to disperse them.")
        #expect(event.subEventType == .violentDemonstration)
        #expect(event.fatalities == 0)
    }

    @Test func aDayInsideTheLeadsWeekRefinesItsDate() throws {
        let event = try only(
            "Police arrested 30 opposition supporters in Harare this week. State media reported on Monday that officers "
                + "detained the suspects on Sunday in Mbare.")
        #expect(event.subEventType == .arrests)
        #expect(event.eventDate.description == "2024-03-10")
        #expect(event.timePrecision == .day)
    }

    @Test func aGroupTellingOfItsOwnAttackClaimsIt() throws {
        let event = try only(
            "Militants fired rockets at a Turkish base near Bashiqa on Monday. The Islamic Resistance in Iraq said in "
                + "a message on Telegram that it had targeted the base with four rockets.")
        #expect(event.actor1 == "Islamic Resistance in Iraq")
        #expect(event.claimed)
        #expect(event.claimedBy == "Islamic Resistance in Iraq")
        let reported = try only("Militants fired rockets at a Turkish base near Bashiqa on Monday, Iraqi security officials said.")
        #expect(!reported.claimed)
    }

    @Test func anotherTownInALaterSentenceIsAnotherEventByTheSameAttacker() throws {
        let found = events(
            "Russian forces shelled Nikopol on Monday, killing a man, the regional governor said. "
                + "Artillery also struck Marhanets twice, wounding two women.",
            extractor: defaultExtractor)
        #expect(found.map(\.location) == ["Nikopol", "Marhanets"])
        #expect(found.map(\.eventDate.description) == ["2024-03-11", "2024-03-11"])
        #expect(found.last?.actor1 == "Military Forces of Russia")
        let protests = events(
            "Police fired tear gas at protesters in Nairobi on Monday. In Mombasa, officers used water cannon to disperse protesters outside the port.",
            extractor: defaultExtractor)
        #expect(protests.map(\.location) == ["Nairobi", "Mombasa"])
    }

    @Test func theDeviceOfTheEventToldAgainIsNoNewEvent() throws {
        let found = events(
            "A roadside bomb killed two soldiers near Garissa on Monday. The explosive device had been hidden under a bridge "
                + "near the village of Modogashe.",
            extractor: defaultExtractor)
        #expect(found.count == 1)
    }

    @Test func codersNotesKeepOneEventWhateverTownsTheyName() throws {
        let found = events(
            "On 4 March 2024, Russian forces shelled Kupiansk, wounding two men. Artillery also struck Izium.",
            extractor: defaultExtractor)
        #expect(found.count == 1)
    }
}
