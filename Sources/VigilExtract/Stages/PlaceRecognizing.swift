public import VigilGeo
public import VigilText

/// The place-name stage of extraction: finds and resolves the places a text names, and the
/// countries that the names of armed groups and parties imply.
///
/// The geocoder (VigilGeo) fills it; extraction only reads what it returns, through this protocol
/// alone, so that tests with a small gazetteer of their own run the production path.
public protocol PlaceRecognizing: Sendable {
    /// Every place mention in `text`, in text order, resolved with the whole document as context.
    /// - Parameters:
    ///   - dateline: the article's dateline ("ERBIL, Kurdistan Region"), a hint for ambiguous names.
    ///   - sourceCountries: ACLED names of the countries the document's source names ("Kenya" for
    ///     "Star (Kenya)"), weak evidence.
    func mentions(in text: AnalyzedText, dateline: String?, sourceCountries: [String]) -> [PlaceMention]

    /// The words of `text` that name an armed force, party or group acting in one country or a few
    /// ("Taliban": Afghanistan), in text order, with those countries.
    func actorCountries(in text: AnalyzedText) -> [(token: Int, countries: [Country])]

    /// The countries places resolve to, with their capitals: what an outlet's country code
    /// (`outlets.tsv`) names.
    var countries: CountryDirectory { get }
}

extension Geocoder: PlaceRecognizing {}
