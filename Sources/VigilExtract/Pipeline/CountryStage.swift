import VigilText

/// Finds the countries the text names or implies by nationality ("Ukrainian forces").
struct CountryStage: ExtractionStage {
    let name = "countries"
    let countries: CountryLexicon

    func run(_ analysis: inout DocumentAnalysis) {
        analysis.countries = countries.matches(in: 0..<analysis.text.tokens.count, of: analysis.text.tokens)
    }
}
