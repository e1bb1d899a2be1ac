import Testing
import VigilLink
import VigilModel

/// Reviewers' merges and splits, respected when reports arrive again.
@Suite struct ReviewDecisionTests {
    let kibumba = place("Kibumba", -1.5167, 29.3333, country: "Democratic Republic of Congo")
    let sake = place("Sake", -1.5739, 29.0434, country: "Democratic Republic of Congo")

    @Test func splitIsRespectedWhenReportsAreLinkedAgain() {
        let reports = [report("a-1"), report("b-1"), report("c-1")]
        var linker = EventLinker()
        linker.add(reports)
        #expect(linker.canonicalEvents.count == 1)
        let split = LinkDecision(kind: .split, groups: [["c-1"], ["a-1", "b-1"]], reviewer: "ana", decidedAt: "2026-11-25T13:00:00Z")
        linker.record(split)
        #expect(linker.canonicalEvents.map(\.reportIDs) == [["a-1", "b-1"], ["c-1"]])
        var again = EventLinker(decisions: [split])
        again.add(reports.reversed())
        #expect(again.canonicalEvents == linker.canonicalEvents)
    }

    @Test func mergeOverridesTheScoreAndALaterSplitUndoesIt() {
        let reports = [report("a-1", place: sake), report("b-1", place: kibumba)]
        let merge = LinkDecision(kind: .merge, groups: [["a-1", "b-1"]], reviewer: "ana", decidedAt: "2026-11-25T13:00:00Z")
        var linker = EventLinker(decisions: [merge])
        linker.add(reports)
        #expect(linker.canonicalEvents.count == 1, "a reviewer's merge beats the distance limit")
        let split = LinkDecision(kind: .split, groups: [["a-1"], ["b-1"]], reviewer: "ben", decidedAt: "2026-11-25T14:00:00Z")
        var later = EventLinker(decisions: [split, merge])
        later.add(reports)
        #expect(later.canonicalEvents.count == 2, "the later decision wins, whatever the order given")
    }
}
