public import VigilGeo

extension CountryLexicon {
    /// Every country's ACLED name, aliases, ISO alpha-3 code, nationality words and possessive without apostrophe
    /// from the geocoder's directory.
    public init(directory: CountryDirectory) {
        var entries: [(phrase: String, country: CountryName)] = []
        for country in directory.countries {
            let name = CountryName(
                name: country.name, iso3: country.iso3, latitude: country.capitalLatitude, longitude: country.capitalLongitude,
                admin1: country.capitalAdmin1)
            let possessive = [country.possessiveWithoutApostrophe].compactMap { $0 }
            for phrase in [country.name] + country.aliases + country.adjectives + possessive where !phrase.isEmpty {
                entries.append((phrase, name))
                if phrase.hasPrefix("the ") || phrase.hasPrefix("The ") { entries.append((String(phrase.dropFirst(4)), name)) }
            }
        }
        self.init(entries)
    }
}
