/// What a whole document says about where it happens: countries named or implied, divisions named,
/// confidently placed points, the dateline. Each item remembers which span gave it, so a span is not
/// its own evidence.
struct DocumentEvidence: Sendable {
    /// Weight for a country, from one span (or -1 for words outside spans: adjectives, the dateline).
    struct CountryVote: Sendable {
        let span: Int
        let country: Int
        let weight: Double
        let reason: String
        /// From words that name a country's people, groups or source, or a destination ("took them to Somalia"):
        /// not a place in it, so no rival to a place named elsewhere.
        var isNationality = false
    }

    /// A confidently placed point.
    struct Anchor: Sendable {
        let span: Int
        /// The entry placed there.
        let id: Int
        let latitude: Double
        let longitude: Double
        let name: String
    }

    var countryVotes: [CountryVote] = []
    /// First-order divisions named, by entry id, with the span that named them.
    var admin1: [(span: Int, id: Int)] = []
    var anchors: [Anchor] = []
    /// By group: the reading of the place listed just before it ("Tal Baydar … and al-Tanf").
    var listedWith: [Int: Int] = [:]
    /// The dateline's place, if it resolved.
    var dateline: Anchor?

    /// The summed weight of `country` from everything but `span`, capped, with the strongest reason.
    func countryWeight(_ country: Int, excluding span: Int) -> (Double, String?) {
        var total = 0.0
        var reason: String?
        var best = 0.0
        for vote in countryVotes where vote.country == country && (vote.span != span || vote.span < 0) {
            total += vote.weight
            if vote.weight > best {
                best = vote.weight
                reason = vote.reason
            }
        }
        return (min(total, 6), reason)
    }

    /// The countries that words outside place names point to, however weakly (an actor, a nationality word, the
    /// dateline, the source).
    var wordCountries: Set<Int> { Set(countryVotes.filter { $0.span < 0 }.map(\.country)) }

    /// Whether anything outside `span`'s group points, however weakly, to another country than `country`.
    func pointsElsewhere(than country: Int, excluding span: Int) -> Bool {
        countryVotes.contains { $0.country != country && ($0.span != span || $0.span < 0) }
    }

    /// Whether a place in a country other than `country` is named outside `span`'s group (nationality words do not
    /// count).
    func hasOtherCountries(than country: Int, excluding span: Int) -> Bool {
        countryVotes.contains { $0.country != country && $0.weight >= 2 && !$0.isNationality && ($0.span != span || $0.span < 0) }
    }
}
