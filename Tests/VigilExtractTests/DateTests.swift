import Testing
import VigilExtract
import VigilModel

@Suite struct DateTests {
    /// The date of the one event in `text`, published Tuesday 2024-03-12.
    func date(_ text: String, published: String = "2024-03-12") -> (String, Int)? {
        sharedExtractor.extract(document(text, published: published)).events.first.map {
            ($0.eventDate.description, $0.timePrecision.rawValue)
        }
    }

    @Test func absoluteDates() {
        #expect(date("On 28 April 2020, protesters marched in Nairobi.")! == ("2020-04-28", 1))
        #expect(date("Around 2 May 2020, protesters marched in Nairobi.")! == ("2020-05-02", 1))
        #expect(date("On October 17, 2023, protesters marched in Nairobi.")! == ("2023-10-17", 1))
        #expect(date("Protesters marched in Nairobi on 17/10/2023.")! == ("2023-10-17", 1))
        #expect(date("Protesters marched in Nairobi on 2023-10-17.")! == ("2023-10-17", 1))
    }

    @Test func aDateThatNamesAUnitOrAPlaceDatesNothing() {
        #expect(
            sharedExtractor.extract(
                document(
                    "A roadside bomb killed five soldiers near Afgoye on Tuesday. The device was set off as a truck carrying "
                        + "troops of the army's 14th October brigade passed.", published: "2024-03-19")
            ).events.map(\.eventDate.description) == ["2024-03-19"])
        #expect(date("Protesters marched across the 6th of October Bridge in Cairo on Friday.")! == ("2024-03-08", 1))
        #expect(date("On 5 March war veterans marched in Nairobi.")! == ("2024-03-05", 1))
    }

    @Test func yearInferredFromPublication() {
        #expect(date("Protesters marched in Nairobi on Oct. 17.", published: "2023-11-06")! == ("2023-10-17", 1))
        #expect(date("Protesters marched in Nairobi on Dec. 30.", published: "2024-01-03")! == ("2023-12-30", 1))
    }

    @Test func relativeDates() {
        #expect(date("Protesters marched in Nairobi on Monday.")! == ("2024-03-11", 1))
        #expect(date("Protesters marched in Nairobi on Tuesday.")! == ("2024-03-12", 1))
        #expect(date("Protesters marched in Nairobi yesterday.")! == ("2024-03-11", 1))
        #expect(date("Protesters marched in Nairobi last week.")?.1 == 2)
        #expect(date("Protesters marched in Nairobi earlier this month.")?.1 == 3)
    }

    @Test func rangesTakeTheLastDay() {
        #expect(date("Between 1 and 3 May 2020, protesters marched in Nairobi.")?.0 == "2020-05-03")
        #expect(date("Between 29 April and 2 May 2020, protesters marched in Nairobi.")?.0 == "2020-05-02")
    }

    @Test func noDateUsesPublication() {
        #expect(date("Hundreds of protesters marched in Nairobi against the new tax.")! == ("2024-03-12", 1))
    }

    /// A text with no publication date and no full date: "on Saturday" is some Saturday, so the event
    /// keeps the month of the day it was ingested (time_precision 3), not a guessed day.
    @Test func aWeekdayWithoutAPublicationDateKeepsOnlyItsMonth() {
        var undated = document("Gunmen attacked a checkpoint in Nairobi on Saturday, killing two police officers.", published: nil)
        undated.ingested = "2024-03-12T08:00:00Z"
        let event = sharedExtractor.extract(undated).events.first
        #expect(event?.timePrecision == .month)
        #expect(event?.eventDate.description.hasPrefix("2024-03") == true)
        let anchored = document(
            "On 9 March 2024, gunmen attacked a checkpoint in Nairobi. Police said on Saturday that two officers died.", published: nil)
        #expect(sharedExtractor.extract(anchored).events.first?.timePrecision == .day)
        #expect(date("Gunmen attacked a checkpoint in Nairobi on Saturday, killing two police officers.")! == ("2024-03-09", 1))
    }
}
