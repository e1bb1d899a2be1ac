import VigilGeo
import VigilModel
import VigilText

/// Shares a report's dead or wounded among the places it was split into, so that a total is never counted once per
/// place: all to the one place the figure's sentence names ("Terrorists attacked army positions in Boulkessi and
/// Mondoro … At Boulkessi, four soldiers were killed"), else evenly with the remainder to the first places, as ACLED
/// divides a total it cannot place.
struct FigureSharing: Sendable {
    /// Places closer than this (km) are the same place.
    static let samePlaceKm = 3.0

    /// The share of `total` for each of `places`; `tokens` are the figure's words.
    func shares(of total: Int, tokens: Range<Int>?, places: [PlaceMention], in analysis: DocumentAnalysis) -> [Int] {
        guard places.count > 1, total > 0 else { return places.map { _ in total } }
        if let tokens, analysis.sentenceOfToken.indices.contains(tokens.lowerBound) {
            let sentence = analysis.sentenceOfToken[tokens.lowerBound]
            let named = analysis.inSentence(analysis.places, sentence, tokens: \.tokens)
            let covered = places.indices.filter { k in
                named.contains { Distance.km($0.place.latitude, $0.place.longitude, places[k].place.latitude, places[k].place.longitude) < Self.samePlaceKm }
            }
            if covered.count == 1 { return places.indices.map { $0 == covered[0] ? total : 0 } }
        }
        return places.indices.map { total / places.count + ($0 < total % places.count ? 1 : 0) }
    }
}
