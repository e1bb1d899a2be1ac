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
        // The gazetteer and the sub-event model load on other cores (from ``prefetchDefault()`` on, if called) while
        // the semantic model and the word lists load on this one.
        let gazetteer = shippedGeocoder, notes = shippedClassifier
        let semantic = try SemanticClassifier(contentsOf: try ResourceURL.of("semantic.model"))
        let lexicons = try ExtractionLexicons.load()
        let (shipped, countries) = try gazetteer.value()
        let geocoder = customPlaces.isEmpty ? shipped : shipped.adding(customPlaces)
        return try Extractor(
            places: geocoder, countries: countries, classifier: try notes.value(), semantic: semantic, lexicons: lexicons)
    }

    /// Starts loading the shipped gazetteer and sub-event model on other cores, so that a later
    /// ``loadDefault(customPlaces:)`` finds them loaded or loading: a command that will extract calls it before it
    /// parses its arguments.
    public static func prefetchDefault() {
        _ = (shippedGeocoder, shippedClassifier)
    }

    /// The shipped geocoder and the country names of its directory (a user's places add no country), loading in the
    /// background from the first time they are named.
    private static let shippedGeocoder = BackgroundLoad { () throws -> (Geocoder, CountryLexicon) in
        let geocoder = try Geocoder.loadDefault()
        return (geocoder, CountryLexicon(directory: geocoder.countries))
    }

    /// The sub-event model of ACLED's notes, loading in the background from the first time it is named.
    private static let shippedClassifier = BackgroundLoad { try LinearClassifier(contentsOf: try ResourceURL.of("subevent.model")) }
}
