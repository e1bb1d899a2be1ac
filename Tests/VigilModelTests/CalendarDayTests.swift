import Testing
import VigilModel

@Suite struct CalendarDayTests {
    @Test func parsesAndPrintsISODates() {
        let day = CalendarDay(iso: "2023-11-06T08:30:00Z")
        #expect(day?.description == "2023-11-06")
        #expect(CalendarDay(iso: "2023-02-30") == nil)
        #expect(CalendarDay(iso: "06/11/2023") == nil)
    }

    @Test func weekdaysAndArithmetic() throws {
        let monday = try #require(CalendarDay(year: 2023, month: 11, day: 6))
        #expect(monday.weekday == 1)
        #expect(monday.adding(days: -20).description == "2023-10-17")
        #expect(CalendarDay(year: 2024, month: 2, day: 29)?.adding(days: 1).description == "2024-03-01")
        #expect(CalendarDay(daysSinceEpoch: 0).description == "1970-01-01")
    }
}
