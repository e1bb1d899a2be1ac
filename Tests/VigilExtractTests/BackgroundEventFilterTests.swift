import Testing
import VigilModel
@testable import VigilExtract

/// Old events told as background in news prose are left out; today's stay, numbered again.
@Suite struct BackgroundEventFilterTests {
    let article = """
        Police in Mandalay detained the photojournalist Min Thu at his home on Monday, his wife said.

        Min Thu had already been arrested in October 2023 in Yangon and spent a year in Insein Prison.
        """

    @Test func anArrestTwoYearsBeforeThePublicationIsBackground() {
        let found = events(article, published: "2025-06-25", extractor: defaultExtractor)
        #expect(found.map(\.eventDate.description) == ["2025-06-23"])
        #expect(found.map(\.eventID) == ["t1-1"])
    }

    @Test func eventsWithinHalfAYearStayAndUndatedDocumentsKeepAll() {
        func arrest(_ id: String, _ day: String) -> Event {
            Event(
                docID: "d", eventID: id, eventDate: CalendarDay(iso: day)!, timePrecision: .day, subEventType: .arrests,
                actor1: "Police Forces of Myanmar (2021-)", inter1: .stateForces, confidence: 0.8)
        }
        let old = arrest("d-1", "2024-11-01"), recent = arrest("d-2", "2025-06-01")
        let filter = BackgroundEventFilter()
        #expect(filter.news([old, recent], published: CalendarDay(iso: "2025-06-25"), document: "d").map(\.eventID) == ["d-1"])
        #expect(filter.news([old, recent], published: CalendarDay(iso: "2025-04-01"), document: "d").count == 2)
        #expect(filter.news([old, recent], published: nil, document: "d").count == 2)
    }
}
