import VigilModel
import VigilText
@testable import VigilGeo

/// Shared helpers: the default geocoder and lookups of mentions by their words.
enum GeoTestSupport {
    /// The shared geocoder (loaded once for all tests).
    static func geocoder() throws -> Geocoder { try Geocoder.loadDefault() }

    /// The mentions of `text`.
    static func mentions(_ text: String, dateline: String? = nil, using geocoder: Geocoder? = nil) throws -> [PlaceMention] {
        try (geocoder ?? Geocoder.loadDefault()).mentions(in: AnalyzedText(text), dateline: dateline)
    }

    /// The first mention whose words contain `words`.
    static func mention(_ words: String, in mentions: [PlaceMention]) -> PlaceMention? {
        mentions.first { $0.text.contains(words) }
    }

    /// Kilometres from a mention's place to a point.
    static func km(_ mention: PlaceMention?, _ latitude: Double, _ longitude: Double) -> Double {
        guard let p = mention?.place else { return .infinity }
        return Distance.km(p.latitude, p.longitude, latitude, longitude)
    }
}
