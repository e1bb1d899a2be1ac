import VigilGeo
import VigilModel

/// Reads the countries of the document's source ("Daily Nation (Kenya)", "Dawn"), the last clue to
/// where its events happen.
struct SourceCountryStage: ExtractionStage {
    let name = "source countries"
    let countries: CountryLexicon
    /// Outlets whose news is about one country (`Resources/outlets.tsv`), read when a source is first read; a
    /// file that cannot be read leaves sources to their country words (the shipped file is checked by a test).
    let outlets: @Sendable () -> OutletLexicon?
    /// Countries by ISO3 code, from the place recognizer's directory (outlets name none of those it lacks).
    let countriesByCode: [String: CountryName]

    init(countries: CountryLexicon, outlets: @escaping @Sendable () -> OutletLexicon?, directory: CountryDirectory) {
        self.countries = countries
        self.outlets = outlets
        self.countriesByCode = Dictionary(
            directory.countries.map {
                ($0.iso3, CountryName(
                    name: $0.name, iso3: $0.iso3, latitude: $0.capitalLatitude, longitude: $0.capitalLongitude,
                    admin1: $0.capitalAdmin1))
            }, uniquingKeysWith: { first, _ in first })
    }

    func run(_ analysis: inout DocumentAnalysis) {
        analysis.sourceCountries = sourceCountries(of: analysis.document.source)
    }

    /// The countries of a source, once each, in order: a country word ("New Age (Bangladesh)",
    /// "Kenya Standard", "Libya24") or an outlet of one country (`outlets.tsv`: "Dawn", "Premium Times"). Each part
    /// between ";", "," or "|" counts ("Dawn; Kathmandu Post" names two); in a part, country words outside outlet
    /// names win over the outlets ("Daily Times (Nigeria)"), and an international outlet ("France 24") names none.
    func sourceCountries(of source: String) -> [CountryName] {
        guard !source.isEmpty else { return [] }
        let tokens = OutletLexicon.tokens(of: source)
        let words = OutletLexicon.words(of: tokens)
        let outlets = self.outlets()
        var found: [CountryName] = []
        var start = 0
        while start < words.count {
            var end = start
            while end < words.count, !Self.separators.contains(words[end].norm) { end += 1 }
            var inOutlet = [Bool](repeating: false, count: tokens.count)
            var outletCountries: [CountryName] = []
            var i = start
            while i < end {
                guard let match = outlets?.match(at: i, in: words, end: end) else {
                    i += 1
                    continue
                }
                for t in words[match.words.lowerBound].token...words[match.words.upperBound - 1].token { inOutlet[t] = true }
                if let code = match.iso3, let country = countriesByCode[code] { outletCountries.append(country) }
                i = match.words.upperBound
            }
            let tokenRange = words[start].token..<(end < words.count ? words[end].token : tokens.count)
            let named = countries.matches(in: tokenRange, of: tokens).filter { !inOutlet[$0.tokens.lowerBound] }.map(\.value)
            found += named.isEmpty ? outletCountries : named
            start = end + 1
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.iso3).inserted }
    }

    private static let separators: Set<String> = [";", ",", "|"]
}
