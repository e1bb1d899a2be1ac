import Foundation
import Testing
import VigilModel
import VigilEval

@Suite struct SnippetScorerTests {
    static func event(_ doc: String, _ type: SubEventType) -> Event {
        Event(docID: doc, eventID: doc + "-1", eventDate: CalendarDay(iso: "2024-03-12")!, timePrecision: .day,
              subEventType: type, actor1: "", inter1: .none, fatalities: 0, confidence: 0.9)
    }

    /// Hand-computed: two air strikes (one found, one read as shelling), one shelling found; the court item got no
    /// event and the accident an attack, so half the non-events were rejected.
    @Test func scoresTheFirstEventOfEachSnippetAsTheCaseScorerDoes() {
        let gold = [
            SnippetGold(id: "a", text: "", subEventType: .airDroneStrike),
            SnippetGold(id: "b", text: "", subEventType: .airDroneStrike),
            SnippetGold(id: "c", text: "", subEventType: .shellingArtilleryMissileAttack),
            SnippetGold(id: "d", text: "", subEventType: nil),
            SnippetGold(id: "e", text: "", subEventType: nil),
        ]
        let predictions = [
            "a": [Self.event("a", .airDroneStrike), Self.event("a", .shellingArtilleryMissileAttack)],
            "b": [Self.event("b", .shellingArtilleryMissileAttack)],
            "c": [Self.event("c", .shellingArtilleryMissileAttack)],
            "e": [Self.event("e", .attack)],
        ]
        let score = SnippetScorer.score(gold: gold, predictions: predictions)
        #expect(score.events == 3 && score.nonEvents == 2)
        #expect(abs(score.accuracy - 2.0 / 3) < 1e-9)
        #expect(score.subEventTypes["Air/drone strike"]?.f1 == 2.0 / 3)
        #expect(abs((score.subEventTypes["Shelling/artillery/missile attack"]?.f1 ?? 0) - 2.0 / 3) < 1e-9)
        #expect(abs(score.weightedF1 - 2.0 / 3) < 1e-9)
        #expect(score.rejection == 0.5)
        #expect(score.table.hasSuffix("snippets: n=5 weighted_f1=0.667 macro_f1=0.667 acc=0.667 reject=0.500"))
    }

    @Test func readsLabelsInACLEDSpellingCASECodesOrNonEventClasses() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("snippets-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("""
            id\ttext\tlabel\tstyle
            s1\tJets struck a depot.\tAir/drone strike\twire
            s2\tGunmen took a priest.\tABDUCT_DISSAP\twire
            s3\tA court jailed a bomber.\tNONE:court\twire

            """.utf8).write(to: url)
        let snippets = try SnippetGold.read(contentsOf: url)
        #expect(snippets.map(\.subEventType) == [.airDroneStrike, .abductionForcedDisappearance, nil])
        #expect(snippets.map(\.text) == ["Jets struck a depot.", "Gunmen took a priest.", "A court jailed a bomber."])
    }

    @Test func namesTheFileAndLineOfABadRow() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("id\ttext\tlabel\ns1\tone field short\n".utf8).write(to: url)
        #expect(throws: SnippetFileError(file: url.path, line: 2, problem: "2 fields, the header has 3")) {
            try SnippetGold.read(contentsOf: url)
        }
        try Data("id\tbody\tlabel\n".utf8).write(to: url)
        let error = #expect(throws: SnippetFileError.self) { try SnippetGold.read(contentsOf: url) }
        #expect(error?.description == "\(url.path):1: the header must name id, text and label (or SubType) columns")
    }
}
