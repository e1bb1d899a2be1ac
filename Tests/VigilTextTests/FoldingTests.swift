import Testing
import VigilText

@Suite struct FoldingTests {
    @Test func foldsCaseDiacriticsAndTypography() {
        #expect(Folding.fold("Āl-Ḥasaka’s") == "al-hasaka's")
        #expect(Folding.fold("Straße") == "strasse")
    }

    @Test func equivalenceIsEqualityOfFoldedForms() {
        #expect(Folding.equivalent("Anbar", "ANBAR"))
        #expect(Folding.equivalent("Şanlıurfa", "Sanliurfa"))
        #expect(Folding.equivalent("Homs", "Ho\u{0301}ms"))
        #expect(Folding.equivalent("Straße", "strasse"))
        #expect(!Folding.equivalent("Homs", "Hama"))
        #expect(!Folding.equivalent("Erbil", "Erbil Governorate"))
        #expect(!Folding.equivalent("a@", "a`"))
    }
}
