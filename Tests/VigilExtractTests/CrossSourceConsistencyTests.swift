import Testing
import VigilExtract
import VigilModel

/// Rules that make different outlets' reports of one event agree: the event's own date, negated
/// arrests, condemned attacks, gangs, strikes by armed forces, actors and places of other countries.
@Suite struct CrossSourceConsistencyTests {
    @Test func possessiveDayDatesTheAttackNotThePost() {
        let e = events("A gang leader appeared in a video posted on Wednesday claiming Monday's attack on a market in Nairobi.", published: "2024-03-14")
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 3, day: 11))
    }

    @Test func dayAcrossAfterDatesTheConsequence() {
        let e = events("Villagers buried nine people on Tuesday after a fighter jet bombed the market in Khan Younis on Monday.")
        #expect(e.first?.subEventType == .airDroneStrike)
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 3, day: 11))
        let fled = events("Dozens of families arrived in Nairobi on Tuesday after fleeing Monday's air raid on their village.")
        #expect(fled.first?.eventDate == CalendarDay(year: 2024, month: 3, day: 11))
    }

    @Test func namedDayBeatsThisWeek() {
        let e = events("A trial opened this week of two men accused of planting the roadside bomb that killed four policemen in Peshawar on 20 February.")
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 2, day: 20))
    }

    @Test func notASinglePersonDetainedIsNoArrest() {
        let e = events("On 11 March 2024, thousands of teachers marched peacefully in Nairobi. Not a single person was detained.")
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.subEventType == .peacefulProtest })
    }

    @Test func condemnedAttackDatedToADayHappened() {
        let e = events("The government condemns the attack perpetrated on Sunday 10 March 2024 by bandits against villagers of Kismayo.")
        #expect(e.count == 1)
        #expect(e.first?.subEventType.eventType == .violenceAgainstCivilians)
        #expect(e.first?.eventDate == CalendarDay(year: 2024, month: 3, day: 10))
    }

    @Test func anArmedGangIsAnArmedActor() {
        let e = events("An armed gang attacked a village near Kismayo on Sunday, killing five people.")
        #expect(e.first?.subEventType == .attack)
        #expect(e.first?.actor1 == "Unidentified Armed Group (Somalia)")
    }

    @Test func armedForcesDeliveringAStrikeShell() {
        let e = events("On 10 March, the armed forces delivered a strike with a high-precision weapon against a port facility in Kismayo.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
    }

    @Test func namedActorInASentenceAboutAnotherCountryIsNotTheAttacker() {
        let e = events("A military airstrike hit a village near Kismayo on Monday, killing 11 civilians. Elsewhere, talks between the Iranian government and Hezbollah resumed.")
        #expect(e.first?.subEventType == .airDroneStrike)
        #expect(e.first?.actor1.contains("Hezbollah") == false)
    }

    @Test func countryAcrossABorderDoesNotPlaceTheEvent() {
        let e = events(
            "Colombian troops fought guerrillas in the Catatumbo area close to the Venezuelan border on Sunday. The fighting was in the rural area of Tibú, Norte de Santander.",
            extractor: defaultExtractor)
        #expect(e.first?.place?.iso3 == "COL")
    }

    @Test func noUnnamedProtestWhereArmedGroupsAttack() {
        let e = events(
            "The minister condemned the cowardly attack carried out on 2 March 2024 by armed bandits against the peaceful residents of Kismayo.",
            extractor: defaultExtractor)
        #expect(e.first.map { $0.subEventType.eventType != .protests } == true)
    }

    @Test func policemenTheBombKilledAreNotItsActor() {
        let e = events("Two men went on trial this week over the roadside bomb that killed four policemen in Peshawar on 20 February.")
        #expect(e.first?.actor1.hasPrefix("Police") == false)
    }

    @Test func aSeparateAttackIsAnotherEvent() {
        let e = events(
            "Gunmen fired rockets at a base near Erbil on Monday morning. In a separate attack at about 9 p.m., a drone struck a depot on the base.")
        #expect(e.count == 2)
        #expect(e.map(\.subEventType) == [.shellingArtilleryMissileAttack, .airDroneStrike])
        let earlier = events(
            "A drone struck a depot near Erbil on Monday night. Earlier in the day, two rockets had been fired at the same base from a truck.")
        #expect(earlier.count == 2)
    }

    @Test func nationalityBeforeTheJetsNamesTheAttackerNotItsTarget() {
        let e = events("Israeli military jets bombed Hezbollah positions near Kismayo on Monday, residents said. Hezbollah said two fighters were killed.")
        #expect(e.first?.subEventType == .airDroneStrike)
        #expect(e.first?.actor1 == "Military Forces of Israel")
    }

    @Test func aDayAfterClauseIsTheEarlierEvent() {
        let e = events("Israeli warplanes struck militant positions near Kismayo on Tuesday, a day after rocket fire killed four civilians in Nairobi, officials said.")
        #expect(e.count == 2)
        #expect(e.first?.subEventType == .airDroneStrike)
        #expect(e.first?.location == "Kismayo")
        #expect(e.first?.fatalities == 0)
        #expect(e.last?.subEventType == .shellingArtilleryMissileAttack)
        #expect(e.last?.location == "Nairobi")
        #expect(e.last?.fatalities == 4)
        #expect(e.last?.eventDate == CalendarDay(year: 2024, month: 3, day: 11))
    }

    @Test func aTextNamingOnlyTheCountryIsPlacedAtItsDateline() {
        let e = events("BAGHDAD (Example Wire) - Two rockets struck a base in Iraq on Monday, security sources said.")
        #expect(e.first?.location == "Baghdad")
        let abroad = events("NAIROBI (Example Wire) - Two rockets struck a base in Iraq on Monday, security sources said.")
        #expect(abroad.first?.location == "Iraq")
    }
}
