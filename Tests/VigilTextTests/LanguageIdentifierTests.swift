import Testing
import VigilText

/// The one language check: what ingestion records, and what extraction reads as English.
@Suite struct LanguageIdentifierTests {
    let french = AnalyzedText(
        "Le 10 mars, des centaines de manifestants se sont rassemblés dans la capitale pour dénoncer la hausse des prix et le chômage des jeunes.")

    @Test func ingestionNamesTheLanguage() {
        #expect(LanguageIdentifier().identify(french) == "fr")
        #expect(LanguageIdentifier().identify(AnalyzedText("Gunmen killed three villagers in an attack on the market, police said on Monday.")) == "en")
        #expect(LanguageIdentifier().identify(AnalyzedText("Взрыв прогремел в центре города, сообщили местные власти в понедельник.")) == "ru")
        #expect(LanguageIdentifier().identify(AnalyzedText("Short.")) == "und")
    }

    @Test func extractionReadsMixedAndShortTextAsEnglish() {
        #expect(LanguageIdentifier().codingLanguage(of: french) == "fr")
        #expect(LanguageIdentifier().codingLanguage(of: AnalyzedText("Le Monde reported clashes.")) == "en")
        let quoted = AnalyzedText(
            "Protesters in Dakar chanted \"le peuple a faim\" and \"des emplois pour les jeunes\" as police fired tear gas at the crowd near the ministry.")
        #expect(LanguageIdentifier().codingLanguage(of: quoted) == "en")
    }
}
