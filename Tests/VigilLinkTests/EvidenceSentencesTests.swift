import Foundation
import Testing
import VigilModel
import VigilLink

/// The context the linker compares: the sentences of a document that hold an event's evidence.
@Suite struct EvidenceSentencesTests {
    private let text = """
        Gunmen attacked a U.S. patrol near Kirkuk on Monday, Brig. Gen. Tahsin al-Khafaji said. Two soldiers were \
        wounded.
        Separately, protesters marched in Basra.
        """

    /// The span of `word` in `text`, in code points.
    private func evidence(_ word: String, field: String = "sub_event_type") throws -> Evidence {
        let range = try #require(text.range(of: word))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return Evidence(field: field, start: start, end: start + word.unicodeScalars.count, text: word)
    }

    @Test func abbreviationsDoNotEndTheSentence() throws {
        let context = EvidenceSentences.sentences(of: [try evidence("attacked")], in: text)
        #expect(context == "Gunmen attacked a U.S. patrol near Kirkuk on Monday, Brig. Gen. Tahsin al-Khafaji said.")
    }

    @Test func eachSentenceComesOnceInTextOrder() throws {
        let sentences = EvidenceSentences(text: text)
        let context = sentences.context(of: [
            try evidence("marched"), try evidence("wounded", field: "injuries"), try evidence("Kirkuk", field: "location"),
            try evidence("patrol", field: "actor2"),
        ])
        #expect(context == """
            Gunmen attacked a U.S. patrol near Kirkuk on Monday, Brig. Gen. Tahsin al-Khafaji said. Two soldiers were \
            wounded. Separately, protesters marched in Basra.
            """)
    }

    @Test func spansOutsideTheTextGiveNoContext() {
        let outside = Evidence(field: "location", start: 5_000, end: 5_010, text: "elsewhere")
        #expect(EvidenceSentences.sentences(of: [outside], in: text).isEmpty)
        #expect(EvidenceSentences.sentences(of: [], in: text).isEmpty)
    }
}
