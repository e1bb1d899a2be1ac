public import VigilText

/// A country as ACLED names it.
public struct CountryName: Sendable, Hashable {
    /// ACLED's country name ("United States").
    public let name: String
    /// ISO 3166-1 alpha-3 code ("USA").
    public let iso3: String
    /// Where ACLED codes an event known only by its country (the capital), when known.
    public let latitude: Double?
    public let longitude: Double?
    /// The capital's first-order division, ACLED's admin1 for such an event ("" when unknown).
    public let admin1: String

    /// A country named `name` with code `iso3`, coded at (`latitude`, `longitude`) in `admin1` when only the country
    /// is known.
    public init(name: String, iso3: String, latitude: Double? = nil, longitude: Double? = nil, admin1: String = "") {
        self.name = name
        self.iso3 = iso3
        self.latitude = latitude
        self.longitude = longitude
        self.admin1 = admin1
    }
}

/// Country names, short forms and nationality adjectives ("US", "Iraqi", "Burkinabe") matched on tokens.
public struct CountryLexicon: Sendable {
    private var lexicon = PhraseLexicon<CountryName>()

    /// A lexicon of `(phrase, country)` pairs; phrases are matched like the text's tokens, ignoring case.
    public init(_ entries: [(phrase: String, country: CountryName)]) {
        for entry in entries { lexicon.add(entry.phrase, entry.country) }
    }

    /// The country phrase starting at token `i`, if any.
    public func match(at i: Int, in tokens: [Token], limit: Int? = nil) -> PhraseLexicon<CountryName>.Match? {
        lexicon.match(at: i, in: tokens, limit: limit)
    }

    /// Every country phrase in `range`, left to right.
    public func matches(in range: Range<Int>, of tokens: [Token]) -> [PhraseLexicon<CountryName>.Match] {
        lexicon.matches(in: range, of: tokens)
    }
}
