import Testing
import VigilIngest
import VigilModel

@Suite struct PreparerTests {
    @Test func datelineLanguageAndRepeatsAreFound() {
        let body = "The army said it repelled an attack on a base near the town on Sunday night.\nThree soldiers were wounded."
        let raw = RawDocument(text: "KHARTOUM, Sudan (AP) - " + body + "\n" + body + "\n" + body, origin: "test")
        let prepared = DocumentPreparer().prepare(raw, ingested: "2024-05-13T00:00:00Z")
        #expect(prepared.document.dateline == "KHARTOUM, Sudan")
        #expect(prepared.document.language == "en")
        #expect(prepared.repeatedSpans.count == 3)  // the first copy follows the dateline, so it is not a repeat
        #expect(prepared.document.id.hasPrefix("doc-"))
    }

    @Test func typographyAndRepetitionDoNotChangeTheContentHash() {
        let preparer = DocumentPreparer()
        let a = preparer.prepare(RawDocument(text: "Iran’s “Quds Force” struck  twice.", origin: "a"), ingested: "")
        let b = preparer.prepare(RawDocument(text: "Iran's \"Quds Force\" struck twice.\nIran's \"Quds Force\" struck twice.", origin: "b"), ingested: "")
        #expect(a.document.contentHash == b.document.contentHash)
    }

    @Test func otherLanguagesAreIdentified() {
        let raw = RawDocument(text: "Les manifestants ont été dispersés par la police dans le centre de la ville pour la deuxième fois.", origin: "fr")
        #expect(DocumentPreparer().prepare(raw, ingested: "").document.language == "fr")
    }

    @Test func controlCharactersInASourceNameBecomeSpaces() {
        var raw = RawDocument(text: "Police arrested two journalists in the capital on Monday.", origin: "feed")
        raw.source = "Daily\u{1F}Monitor\tEast"
        #expect(DocumentPreparer().prepare(raw, ingested: "").document.source == "Daily Monitor East")
        #expect(DocumentPreparer(source: "Wire\u{0}Desk").prepare(raw, ingested: "").document.source == "Wire Desk")
    }
}
