import Foundation
import VigilClassify
import VigilGeo
public import VigilModel

extension Extractor {
    /// The extractor with the shipped data: lexicons, the geocoder (VigilGeo) with its country names,
    /// the sub-event model `Resources/subevent.model` and the semantic model `Resources/semantic.model` (VigilClassify).
    /// - Parameter customPlaces: places a user added (`vigil places add`); they win over the gazetteer.
    /// - Throws: an error naming the file when a data file or the model cannot be read.
    public static func loadDefault(customPlaces: [CustomPlace] = []) throws -> Extractor {
        // The gazetteer loads on another core (from ``prefetchDefault()`` on, if called) while the models and word
        // lists load on this one.
        let gazetteer = shippedGeocoder
        guard let url = Bundle.module.url(forResource: "subevent", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "subevent", withExtension: "model")
        else { throw ExtractorError.missingResource("subevent.model") }
        guard let semanticURL = Bundle.module.url(forResource: "semantic", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "semantic", withExtension: "model")
        else { throw ExtractorError.missingResource("semantic.model") }
        let classifier = try LinearClassifier(contentsOf: url), semantic = try SemanticClassifier(contentsOf: semanticURL)
        let lexicons = try ExtractionLexicons.load()
        let shipped = try gazetteer.value()
        let geocoder = customPlaces.isEmpty ? shipped : shipped.adding(customPlaces)
        return try Extractor(
            places: geocoder, countries: CountryLexicon(directory: geocoder.countries), classifier: classifier,
            semantic: semantic, lexicons: lexicons)
    }

    /// Starts loading the shipped gazetteer on another core, so that a later ``loadDefault(customPlaces:)`` finds
    /// it loaded or loading: a command that will extract calls it before it parses its arguments.
    public static func prefetchDefault() {
        _ = shippedGeocoder
    }

    /// The shipped geocoder, loading in the background from the first time it is named.
    private static let shippedGeocoder = BackgroundLoad { try Geocoder.loadDefault() }
}
