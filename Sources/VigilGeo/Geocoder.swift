import Foundation
public import VigilModel
public import VigilText

/// The offline geocoder: finds the places a text names and resolves each with the whole document as
/// context, from the shipped gazetteer and the user's own places.
public final class Geocoder: Sendable {
    private let lookup: PlaceLookup

    /// The shipped gazetteer behind this geocoder.
    public var gazetteer: Gazetteer { lookup.gazetteer }
    /// Every country with ACLED's names, codes, nationality words and capital.
    public var countries: CountryDirectory { lookup.gazetteer.countries }

    /// A geocoder over `gazetteer` alone.
    public init(gazetteer: Gazetteer) {
        lookup = PlaceLookup(gazetteer: gazetteer)
    }

    private init(lookup: PlaceLookup) {
        self.lookup = lookup
    }

    /// The geocoder over the module's resources, loaded on first use and shared.
    public static func loadDefault() throws -> Geocoder {
        try shared.get()
    }

    private static let shared: Result<Geocoder, any Error> = Result { Geocoder(gazetteer: try Gazetteer.loadDefault()) }

    /// This geocoder with `places` added; they win over gazetteer places of the same name.
    public func adding(_ places: [UserPlace]) -> Geocoder {
        Geocoder(lookup: lookup.adding(places))
    }

    /// Every place mention in `text`, in text order, resolved with the whole document as context, with
    /// the countries the document's source names (ACLED names) as weak evidence.
    public func mentions(in text: AnalyzedText, dateline: String?, sourceCountries: [String] = []) -> [PlaceMention] {
        resolve(text, dateline: dateline, sourceCountries: sourceCountries, explaining: false).map(\.mention)
    }

    /// Every place mention in `text` with all the candidates weighed for it and why the first one won.
    /// - Parameter sourceCountries: ACLED names of the countries the document's source names ("Kenya" for "Star (Kenya)").
    public func geocode(_ text: AnalyzedText, dateline: String? = nil, sourceCountries: [String] = []) -> [GeocodedMention] {
        resolve(text, dateline: dateline, sourceCountries: sourceCountries, explaining: true)
    }

    /// The words of `text` that name an armed force, party or group acting in one country or a few ("Taliban":
    /// Afghanistan; "JNIM": Burkina Faso, Mali and Niger), in text order, with those countries.
    public func actorCountries(in text: AnalyzedText) -> [(token: Int, countries: [Country])] {
        text.tokens.indices.compactMap { i in
            let countries = (gazetteer.lexicon.actorCountries[text.tokens[i].norm] ?? []).compactMap { self.countries.country(code: $0) }
            return countries.isEmpty ? nil : (i, countries)
        }
    }

    /// The mentions of `text`; the candidates' reasons are written only when `explaining`.
    private func resolve(
        _ text: AnalyzedText, dateline: String?, sourceCountries: [String], explaining: Bool
    ) -> [GeocodedMention] {
        let found = PlaceSpanFinder(lookup: lookup).spans(in: text)
        return PlaceResolver(lookup: lookup, explains: explaining).resolve(
            spans: found.spans, adjectives: found.adjectives, actors: found.actors, text: text, dateline: dateline,
            sourceCountries: sourceCountries.compactMap { countries.index(named: $0) })
    }

    /// A readable account of every mention in `text`: the chosen place, the other candidates and the reasons.
    public func explain(_ text: String, dateline: String? = nil) -> String {
        let mentions = geocode(AnalyzedText(text), dateline: dateline)
        guard !mentions.isEmpty else { return "no place mentions\n" }
        var out = ""
        for m in mentions {
            let p = m.mention.place
            out += "\"\(m.mention.text)\" [\(m.mention.start)..<\(m.mention.end)] → \(p.name)"
            out += " (\(m.mention.kind), \([p.admin2, p.admin1, p.country].filter { !$0.isEmpty }.joined(separator: ", ")))"
            out += String(format: " %.4f, %.4f", p.latitude, p.longitude)
            out += " geo_precision \(p.geoPrecision.rawValue), confidence \(m.mention.confidence)"
            out += m.mention.isNear ? ", near\n" : "\n"
            for note in m.mention.notes { out += "    note: \(note)\n" }
            for (k, c) in m.candidates.enumerated() {
                out += "    \(k == 0 ? "*" : " ") \(String(format: "%6.2f", c.score)) \(c.place.name) (\(c.kind), "
                out += [c.place.admin1, c.place.country].filter { !$0.isEmpty }.joined(separator: ", ") + ")"
                out += ": " + c.reasons.joined(separator: "; ") + "\n"
            }
        }
        return out
    }
}
