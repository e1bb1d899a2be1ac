import Testing
import VigilText
import VigilLink
import VigilModel

/// The linking corpus: 43 articles about 12 events, coded by hand (linking alone) and extracted
/// (end to end).
@Suite struct LinkingCorpusTests {
    /// The hand-coded reports and each one's true event.
    let reports: [LinkReport]
    let truth: [String: String]

    init() throws {
        reports = try LinkFixtures.handCoded()
        let keys = try LinkFixtures.truth()
        var truth: [String: String] = [:]
        for report in reports {
            truth[report.id] = LinkFixtures.trueEvent(of: report.event, keys: keys[report.event.docID] ?? [])
        }
        self.truth = truth
    }

    private func score(_ events: [CanonicalEvent]) -> BCubed {
        var predicted: [String: String] = [:]
        for event in events { for report in event.reportIDs { predicted[report] = event.id } }
        return BCubed(predicted: predicted, truth: truth)
    }

    @Test func handCodedReportsReachTheTarget() {
        #expect(reports.count == 49)
        var linker = EventLinker()
        linker.add(reports)
        let events = linker.canonicalEvents
        let score = score(events)
        print("linking only (hand-coded reports): \(score), \(events.count) events for 12")
        #expect(score.f1 >= 0.90)
        #expect(score.precision == 1, "no false merge")
    }

    @Test func neverMergeCases() {
        var linker = EventLinker()
        linker.add(reports)
        func event(_ report: String) -> String? { linker.canonicalEvent(containing: report)?.id }
        // Two attacks on one base on one day, reported as separate by CENTCOM.
        #expect(event("link-012-1") != event("link-012-2"))
        #expect(event("link-007-1") != event("link-011-1"))
        #expect(event("link-010-1") != event("link-010-2"))
        // The attack and the retaliation.
        #expect(event("link-003-1") != event("link-003-2"))
        #expect(event("link-002-1") != event("link-005-1"))
        // Adjacent-day protests in one city.
        #expect(event("link-013-1") != event("link-018-1"))
        #expect(event("link-017-1") != event("link-017-2"))
    }

    @Test func sameEventFromManySourcesIsOne() throws {
        var linker = EventLinker()
        linker.add(reports)
        let odesa = try #require(linker.canonicalEvent(containing: "link-040-1"))
        #expect(odesa.reportIDs == ["link-040-1", "link-041-1", "link-042-1", "link-043-1"])
        #expect(odesa.documentIDs.count == 4)
        #expect(odesa.event.fatalities == 8)
        #expect(odesa.event.claimed == false, "Ukraine's reports confirm Russia's claim")
        let pakistan = try #require(linker.canonicalEvent(containing: "link-021-1"))
        #expect(pakistan.event.fatalities == 3, "the police's 3, not the TTP's claimed 5")
        #expect(pakistan.support(for: "fatalities")?.alternatives.map(\.value) == ["5"])
        #expect(pakistan.event.location == "Kulachi", "exact places tie; the most reported wins")
        let kogi = try #require(linker.canonicalEvent(containing: "link-029-1"))
        #expect(kogi.event.location == "Banda", "a village beats the state")
    }

    @Test func anyOrderAndAnyBatchesGiveTheSameEvents() {
        var reference = EventLinker()
        reference.add(reports)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5 {
            let shuffled = reports.shuffled(using: &generator)
            var linker = EventLinker()
            var start = 0
            while start < shuffled.count {
                let size = Int(generator.next() % 7) + 1
                linker.add(Array(shuffled[start..<min(start + size, shuffled.count)]))
                start += size
            }
            #expect(linker.canonicalEvents == reference.canonicalEvents)
        }
    }
}
