import Testing
import VigilText

@Suite struct SegmenterTests {
    @Test func abbreviationsDoNotEndSentences() {
        let text = AnalyzedText("Brig. Gen. Pat Ryder spoke on Oct. 17 about U.S. troops. No. 3 was hit. Then it ended.")
        let sentences = text.sentences.map { text.slice($0.start, $0.end) }
        #expect(sentences == ["Brig. Gen. Pat Ryder spoke on Oct. 17 about U.S. troops.", "No. 3 was hit.", "Then it ended."])
    }

    @Test func repeatedBodyIsMarked() {
        let body = "Militants attacked a checkpoint near the town on Monday.\nTwo soldiers were killed."
        let text = AnalyzedText("Title line\n" + body + "\n" + body)
        #expect(text.sentences.filter(\.isRepeat).count == 2)
        #expect(text.paragraphs.filter(\.isRepeat).count == 2)
    }

    @Test func offsetsAreCodePoints() {
        let text = AnalyzedText("Iran’s “IRGC” struck Ḥamāh.")
        let hamah = text.tokens.first { $0.norm == "hamah" }
        #expect(hamah != nil)
        #expect(text.slice(hamah!.start, hamah!.end) == "Ḥamāh")
        #expect(text.tokens.map(\.text).prefix(3) == ["Iran", "’s", "“"])
    }
}
