import Testing
import VigilExtract
import VigilModel

/// Days told inside a statement date its events; the statement's own day dates them only when it is the only day named.
@Suite struct ReportedSpeechDateTests {
    @Test func thePreviousDayCountsFromTheStatement() throws {
        let found = events(
            "The Islamic Resistance in Iraq said on Tuesday that its fighters had attacked the Ain al-Asad base with drones "
                + "the previous day.", published: "2023-11-08")
        let event = try #require(found.first)
        #expect(event.eventDate.description == "2023-11-06")
        #expect(event.subEventType == .airDroneStrike)
    }

    @Test func aWeekdayInsideAStatementIsNotTheStatementsDay() throws {
        let found = events(
            "Police said on Monday that gunmen had abducted 12 bus passengers near Peshawar on Sunday.", published: "2024-03-13")
        let event = try #require(found.first)
        #expect(event.eventDate.description == "2024-03-10")
    }

    /// The lead dates the attacks; a later statement about them, on its own day, does not re-date them.
    @Test func aStatementAfterTheLeadsDayDoesNotDateTheAttacks() {
        let harir = events(
            at: "Harir",
            in: "A drone attack on Sunday hit Ain al-Asad air base in western Iraq, officials said.\n"
                + "The Islamic Resistance in Iraq said on Monday that its fighters had launched three drones at Harir base in Erbil.",
            published: "2024-03-13")
        #expect(harir.map(\.eventDate.description) == ["2024-03-10"])
    }

    @Test func aDayOpeningAStatementIsTheStatementsDay() throws {
        let found = events(
            "On Tuesday, police said a bomb had exploded near a market in Kirkuk on Sunday evening, wounding four people.",
            published: "2024-03-13")
        let event = try #require(found.first)
        #expect(event.eventDate.description == "2024-03-10")
    }

    @Test func theStatementsDayDatesAnEventToldWithoutADay() throws {
        let found = events("Police said on Monday that gunmen abducted 12 bus passengers near Peshawar.", published: "2024-03-13")
        let event = try #require(found.first)
        #expect(event.eventDate.description == "2024-03-11")
    }

    @Test func aRelativeDayInTheNextSentenceCountsFromTheStatement() throws {
        let found = events(
            "A police spokesman confirmed on Monday that gunmen had stormed a church near Peshawar. The worshippers were "
                + "abducted the previous day during the evening service.", published: "2024-03-13")
        #expect(found.contains { $0.eventDate.description == "2024-03-10" })
        #expect(!found.contains { $0.eventDate.description == "2024-03-12" })
    }
}
