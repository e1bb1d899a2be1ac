import Testing
import VigilIngest
import VigilModel

@Suite struct DateParsingTests {
    /// RSS dates carry a numeric time zone as often as "GMT"; "+0100" once became the year 100.
    @Test func numericTimeZonesAreNotYears() {
        #expect(DateParsing.day(from: "Fri, 09 Feb 2024 07:45:00 +0100") == CalendarDay(year: 2024, month: 2, day: 9))
        #expect(DateParsing.day(from: "Tue, 14 May 2024 23:10:00 -0500") == CalendarDay(year: 2024, month: 5, day: 14))
        #expect(DateParsing.day(from: "Mon, 06 Nov 2023 08:30:00 GMT") == CalendarDay(year: 2023, month: 11, day: 6))
    }
}
