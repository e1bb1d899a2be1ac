import Foundation
import VigilClassify
import VigilGeo

extension Extractor {
    /// The extractor with the shipped data: lexicons, the geocoder (VigilGeo) with its country names,
    /// and the sub-event model `Resources/subevent.model` (VigilClassify).
    /// - Throws: an error naming the file when a data file or the model cannot be read.
    public static func loadDefault() throws -> Extractor {
        let geocoder = try Geocoder.loadDefault()
        guard let url = Bundle.module.url(forResource: "subevent", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "subevent", withExtension: "model")
        else { throw ExtractorError.missingResource("subevent.model") }
        return try Extractor(
            places: geocoder, countries: CountryLexicon(directory: geocoder.countries),
            classifier: LinearClassifier(contentsOf: url))
    }
}
