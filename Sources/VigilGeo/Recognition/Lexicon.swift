import Foundation

/// The recognizer's word lists (lexicon.tsv): words that are never places alone, titles before names,
/// verbs that make a capital stand for its government, "near" words, directions, connectors, suffixes and the
/// actors that name their country.
struct Lexicon: Sendable {
    /// What a word after a name says the name is.
    enum Hint: Sendable, Hashable {
        case facility, settlement, admin1, admin2
    }

    let notPlace: Set<String>
    let titles: Set<String>
    let governmentVerbs: Set<String>
    let near: Set<String>
    let directions: Set<String>
    let connectors: Set<String>
    let institutions: Set<String>
    /// Romance and Arabic particles inside names ("de", "al"): a match that stops before one is cut short.
    let particles: Set<String>
    /// Capitalized words after a place name that make it an organization's name ("Army", "Brigade").
    let organizations: Set<String>
    /// What may stand between places listed together ("Tal Baydar … and al-Tanf"): commas, "and", "or".
    let listJoiners: Set<String>
    /// Words after "the" and a place name that make it a group's name ("the Grand Ravine gang", "the Sinaloa cartel").
    let groups: Set<String>
    /// Capitalized words before a name that make it a natural feature's ("Lake Chad", "Mount Lebanon"), not the place.
    let features: Set<String>
    let suffixes: [String: Hint]
    /// Phrases before a name that make it a destination ("took them to", "fled into"), folded words joined by spaces.
    let destinations: Set<String>
    /// Verbs whose object is the place attacked ("attacked El Wak", "shelled Nikopol"): the name is used as a place.
    let attackVerbs: Set<String>
    /// Phrases before a name that make it a neighbour of the event's place ("bordering", "near the border with").
    let neighbours: Set<String>
    /// Words for a road named by its two ends ("the Djibo-Mentao axis", "on the road Kaya-Dori").
    let roads: Set<String>
    /// Names of armed forces, parties and groups that act in one country or a few ("Taliban", "Koglweogo", "JNIM"),
    /// with the ISO 3166-1 alpha-2 codes of those countries: weak evidence for them.
    let actorCountries: [String: [String]]
    /// GeoNames feature codes of places an import leaves out: abandoned, historical, destroyed.
    let importSkipped: Set<String>
    /// Words that make an imported alternate name generic when it has no others ("Air Strip", "Aeroport").
    let importGeneric: Set<String>
    /// Who's On First place types an import keeps (locality, county, campus…).
    let importPlacetypes: Set<String>
    /// GeoNames feature codes of facilities an import keeps, with what each is ("airb": air base).
    let importFacilities: [String: String]

    /// Reads lexicon.tsv: a category, a tab, then folded words separated by `|`.
    init(_ data: Data) {
        var lists: [String: Set<String>] = [:]
        TSVReader.forEachRow(in: data) { row in
            lists[row.string(0), default: []].formUnion(row.parts(1))
        }
        notPlace = lists["notplace"] ?? []
        titles = lists["title"] ?? []
        governmentVerbs = lists["govverb"] ?? []
        near = lists["near"] ?? []
        directions = lists["direction"] ?? []
        connectors = lists["connector"] ?? []
        institutions = lists["institution"] ?? []
        particles = lists["particle"] ?? []
        organizations = lists["organization"] ?? []
        features = lists["feature"] ?? []
        groups = lists["group"] ?? []
        listJoiners = lists["list-joiner"] ?? []
        destinations = lists["destination"] ?? []
        neighbours = lists["neighbour"] ?? []
        attackVerbs = lists["attack-verb"] ?? []
        roads = lists["road"] ?? []
        var suffixes: [String: Hint] = [:]
        for (category, hint) in [
            ("suffix-settlement", Hint.settlement), ("suffix-admin2", .admin2), ("suffix-admin1", .admin1),
            ("suffix-facility", .facility),
        ] {
            for word in lists[category] ?? [] { suffixes[word] = hint }
        }
        self.suffixes = suffixes
        var actorCountries: [String: [String]] = [:]
        for (category, words) in lists where category.hasPrefix("actor-") {
            // "actor-BF-ML-NE": the countries a group acts in.
            let codes = category.dropFirst("actor-".count).split(separator: "-").map(String.init)
            for word in words { actorCountries[word] = codes }
        }
        self.actorCountries = actorCountries
        importSkipped = lists["import-skip"] ?? []
        importPlacetypes = lists["import-placetype"] ?? []
        importGeneric = lists["import-generic"] ?? []
        var importFacilities: [String: String] = [:]
        for (category, codes) in lists where category.hasPrefix("import-facility-") {
            for code in codes { importFacilities[code] = String(category.dropFirst("import-facility-".count)) }
        }
        self.importFacilities = importFacilities
    }
}
