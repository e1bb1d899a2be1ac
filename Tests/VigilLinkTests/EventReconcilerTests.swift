import Testing
import VigilLink
import VigilModel

/// The reconciliation rules of a canonical event.
@Suite struct EventReconcilerTests {
    @Test func lowestWellSourcedFatalitiesWithAlternatives() throws {
        let event = EventReconciler.canonical(from: [
            report("police-1", fatalities: 3), report("group-1", fatalities: 5, claimed: true), report("wire-1", fatalities: 4),
            report("radio-1"),
        ])
        #expect(event.event.fatalities == 3)
        let support = try #require(event.support(for: "fatalities"))
        #expect(support.chosen.documents == ["police"])
        #expect(Set(support.alternatives.map(\.value)) == ["4", "5"])
        #expect(support.rule == "lowest well-sourced figure")
    }

    @Test func claimsAloneGiveTheLowestClaim() {
        let event = EventReconciler.canonical(from: [
            report("group-1", fatalities: 10, claimed: true), report("other-1", fatalities: 7, claimed: true),
        ])
        #expect(event.event.fatalities == 7)
        #expect(event.support(for: "fatalities")?.rule == "lowest figure (only claims give one)")
    }

    @Test func confirmedReportUpgradesAClaim() {
        #expect(EventReconciler.canonical(from: [report("group-1", claimed: true), report("wire-1")]).event.claimed == false)
        #expect(EventReconciler.canonical(from: [report("group-1", claimed: true), report("copy-1", claimed: true)]).event.claimed)
    }

    @Test func mostPreciseDateAndPlaceWin() {
        let anbar = place("Al Anbar", 33.4, 42.0, admin1: "Al Anbar", precision: .region)
        let event = EventReconciler.canonical(from: [
            report("a-1", date: "2023-11-07", precision: .week, place: anbar), report("b-1"),
            report("c-1", date: "2023-11-07", precision: .week, place: anbar),
        ])
        #expect(event.event.eventDate.description == "2023-11-06")
        #expect(event.event.timePrecision == .day)
        #expect(event.event.location == "Ain al-Asad Airbase")
        #expect(event.documentIDs == ["a", "b", "c"])
        #expect(event.support(for: "location")?.alternatives.first?.documents == ["a", "c"])
    }

    @Test func idAndFieldsDoNotDependOnOrder() {
        let reports = [report("b-1", fatalities: 2), report("a-1", attacks: 3), report("c-1", claimed: true)]
        let event = EventReconciler.canonical(from: reports)
        #expect(event.id == "ce-a-1")
        #expect(event.event.attackCount == 3)
        #expect(EventReconciler.canonical(from: reports.reversed()) == event)
    }
}
