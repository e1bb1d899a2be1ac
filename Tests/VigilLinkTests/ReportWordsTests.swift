import Testing
@testable import VigilLink

/// The linker's word lists (`Resources/report-words.tsv`) as the report profile reads them.
@Suite struct ReportWordsTests {
    @Test func actorsACLEDCannotNameSayNothingAboutWhoActed() {
        #expect(ReportProfile.actorKey("Unidentified Armed Group (Iraq)") == "")
        #expect(ReportProfile.actorKey("Protesters (Iraq)") == "")
        #expect(ReportProfile.actorKey("M23: March 23 Movement") == "m23")
        #expect(ReportProfile.actorKey("Islamic State (Iraq)") == "islamic state")
    }

    @Test func sharedWordsAreNotContentWords() {
        let words = ReportProfile.contentWords("The militants said they attacked the base on Monday, according to officials.")
        #expect(words == ["militant", "attack", "base", "official"])
    }
}
