import VigilModel
import VigilText

/// Finds and resolves the places the text names (``PlaceRecognizing``), with the dateline and the
/// source's countries as hints, and the countries that armed groups' names imply.
struct PlaceStage: ExtractionStage {
    let name = "places"
    let places: any PlaceRecognizing

    func run(_ analysis: inout DocumentAnalysis) {
        let dateline = analysis.document.dateline ?? (analysis.dateline.isEmpty ? nil : analysis.text.slice(tokens: analysis.dateline))
        analysis.places = places.mentions(
            in: analysis.text, dateline: dateline, sourceCountries: analysis.sourceCountries.map(\.name))
        analysis.actorCountries = places.actorCountries(in: analysis.text)
    }
}
