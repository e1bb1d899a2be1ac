import VigilGeo
import VigilModel
import VigilText

/// Chooses where an event happened among the document's place mentions.
///
/// Candidates are the mentions of the group's sentences that are not part of an actor's name
/// ("Islamic Resistance in Iraq") or the dateline; the most specific wins (facility, town, district,
/// province, country), the earliest among equals; a place in a country the text names (or implies by a
/// nationality; not a country across a border) or the document's source names beats one outside them,
/// and a detail sentence's place inside them (not a mere country name) beats a lead sentence's place
/// outside them. Without one: the nearest mention before the group, the dateline, the country named most
/// often, the country the source names (a national outlet reports its own country's news, while
/// nationality words often name foreign forces), the first nationality or country word, then the country
/// the actors' names imply ("Taliban") (each at its capital).
struct PlaceChooser: Sendable {
    /// The place mentions of `group` that may locate an event.
    func candidates(in group: EventGroup, of analysis: DocumentAnalysis) -> [PlaceMention] {
        analysis.places.filter { group.owns($0.tokens.lowerBound, in: analysis) && usable($0, analysis) }
            .map { withinCity($0, analysis) }
    }

    /// The event's place mention, if any.
    func choose(for group: EventGroup, in analysis: DocumentAnalysis) -> PlaceMention? {
        let all = candidates(in: group, of: analysis)
        let lead = all.filter { analysis.sentenceOfToken[$0.tokens.lowerBound] == group.lead }
        let tokens = analysis.text.tokens
        let inText = countryWords(analysis).filter {
            !namesFeature($0.tokens, tokens) && !namesBorder($0.tokens, tokens) && !namesForeigners($0.tokens, tokens)
                && !namesDestination($0.tokens, analysis)
        }
        let textNames = Set(inText.map(\.value.iso3))
        let named = textNames.union(analysis.sourceCountries.map(\.iso3))
        // A lead place outside the named countries gives way to a detail's place inside them, not to a country's name.
        let inside = { (m: PlaceMention) in named.isEmpty || named.contains(m.place.iso3) }
        let placeInside = all.contains { inside($0) && $0.kind != .country }
        let datelinePlace = analysis.places.first { analysis.dateline.contains($0.tokens.lowerBound) }
        if let best = mostSpecific(lead, named: named, tokens: tokens), inside(best) || !placeInside {
            return withinDateline(doubted(best, textNames.isEmpty, analysis), datelinePlace)
        }
        if let best = mostSpecific(all, named: named, tokens: tokens) {
            return withinDateline(doubted(best, textNames.isEmpty, analysis), datelinePlace)
        }
        let leadStart = analysis.text.sentences[group.lead].tokens.lowerBound
        if let before = analysis.places.last(where: { $0.tokens.upperBound <= leadStart && usable($0, analysis) }) {
            return before
        }
        if let datelinePlace { return datelinePlace }
        return mostFrequentCountry(analysis) ?? sourceCountry(analysis) ?? nationality(analysis) ?? actorCountry(analysis)
    }

    /// The most specific mention, earliest among equals, preferring first a place that ACLED's notes locate with its
    /// districts in brackets ("in Kandi (Kandi, Alibori)"), even outside the `named` countries (the attacker's
    /// nationality), then places in the `named` countries.
    func mostSpecific(_ mentions: [PlaceMention], named: Set<String> = [], tokens: [Token] = []) -> PlaceMention? {
        func outside(_ m: PlaceMention) -> Int { named.isEmpty || named.contains(m.place.iso3) ? 0 : 1 }
        // "air raids on Al Hazm district in northern Yemen (Al Jawf)": a country with its province in brackets is no
        // more specific for it than the district.
        // 0: divisions in brackets; 1: only a country ("east of Nahal Oz (Israel)"); 2: none.
        func unbracketed(_ m: PlaceMention) -> Int {
            guard m.kind != .country else { return 2 }
            let end = Self.bracketStart(after: m, tokens)
            guard end < tokens.count, tokens[end].norm == "(", let inner = mentions.first(where: { $0.tokens.lowerBound == end + 1 })
            else { return 2 }
            return inner.kind == .country ? 1 : 0
        }
        return mentions.min {
            (unbracketed($0), outside($0), Self.origin($0, tokens), $0.kind, $0.tokens.lowerBound)
                < (unbracketed($1), outside($1), Self.origin($1, tokens), $1.kind, $1.tokens.lowerBound)
        }
    }

    /// Where the brackets after `mention` would open: right after it, or after ACLED's quarter of a town ("Gaza - Sabra
    /// (Gaza City, Gaza Strip)": a dash and a name of up to three words the gazetteer need not know).
    static func bracketStart(after mention: PlaceMention, _ tokens: [Token]) -> Int {
        let end = mention.tokens.upperBound
        guard end + 2 < tokens.count, tokens[end].kind == .punctuation, tokens[end].spaceBefore,
            tokens[end].text.unicodeScalars.first?.properties.generalCategory == .dashPunctuation
        else { return end }
        let name = (end + 1)..<min(end + 5, tokens.count)
        guard let open = name.first(where: { tokens[$0].kind == .punctuation }), open > end + 1,
            (end + 1..<open).allSatisfy({ tokens[$0].isCapitalized })
        else { return end }
        return open
    }

    /// 1 for a place things start from: "fired two Katyusha rockets from the Radwaniyah area toward the vicinity of
    /// Baghdad International Airport" happens at the airport, where they land; 0 otherwise, and for a distance from a
    /// place ("10 km from Arimba"), which locates the event by it.
    static func origin(_ mention: PlaceMention, _ tokens: [Token]) -> Int {
        var before = mention.tokens.lowerBound
        guard before <= tokens.count, !mention.isNear else { return 0 }
        if before >= 1, tokens[before - 1].norm == "the" { before -= 1 }
        return before >= 1 && tokens[before - 1].norm == "from" ? 1 : 0
    }

    /// A homonym abroad read without confidence ("in Matare" read as Matale, Sri Lanka) when the text names no country
    /// and no actor's name implies the homonym's ("ISGS" for Soum, Burkina Faso), and the source names one: the event is
    /// placed in the source's country instead. A text that names a country ("the Russian Federation struck Odesa") keeps
    /// its place.
    private func doubted(_ best: PlaceMention, _ noCountryWords: Bool, _ analysis: DocumentAnalysis) -> PlaceMention {
        guard noCountryWords, best.kind != .country, best.confidence < 0.9, analysis.sourceCountries.count == 1,
            analysis.sourceCountries[0].iso3 != best.place.iso3, !actorsImply(best.place.iso3, analysis)
        else { return best }
        return sourceCountry(analysis) ?? best
    }

    /// Whether a group the text names acts in the country `iso3` ("ISGS": Burkina Faso, Mali, Niger).
    private func actorsImply(_ iso3: String, _ analysis: DocumentAnalysis) -> Bool {
        analysis.actorCountries.contains { $0.countries.contains { $0.iso3 == iso3 } }
    }

    /// "Kharkiv … in the city's Kyivskyi district": a part of the town named before it; a namesake the gazetteer
    /// places farther away gives way to that town.
    private func withinCity(_ best: PlaceMention, _ analysis: DocumentAnalysis) -> PlaceMention {
        let tokens = analysis.text.tokens, start = best.tokens.lowerBound
        guard start >= 2, tokens[start - 1].norm == "'s", ["city", "town"].contains(tokens[start - 2].norm),
            let town = analysis.places.last(where: { $0.tokens.upperBound < start - 2 && $0.kind == .populatedPlace }),
            Distance.km(town.place.latitude, town.place.longitude, best.place.latitude, best.place.longitude) > 30
        else { return best }
        return town
    }

    /// "TBILISI (Wire) - … outside Georgia's parliament": a text that names only the country is placed at the
    /// dateline's town in that country.
    private func withinDateline(_ best: PlaceMention, _ dateline: PlaceMention?) -> PlaceMention {
        guard best.kind == .country, let dateline, dateline.kind < .country,
            dateline.place.iso3 == best.place.iso3
        else { return best }
        return dateline
    }

    /// The first country the text names or implies, coded at its capital with region precision.
    private func nationality(_ analysis: DocumentAnalysis) -> PlaceMention? {
        let tokens = analysis.text.tokens
        guard let match = countryWords(analysis).first(where: { !namesForeigners($0.tokens, tokens) && !namesAircraft($0.tokens, tokens) }),
            let lat = match.value.latitude, let lon = match.value.longitude else {
            return nil
        }
        let start = analysis.text.tokens[match.tokens.lowerBound].start, end = analysis.text.tokens[match.tokens.upperBound - 1].end
        return PlaceMention(
            start: start, end: end, tokens: match.tokens, text: analysis.text.slice(start, end), kind: .country,
            place: Place(
                name: match.value.name, latitude: lat, longitude: lon, country: match.value.name, iso3: match.value.iso3,
                admin1: match.value.admin1, geoPrecision: .region),
            confidence: 0.5, notes: ["only the country is known, from \"\(analysis.text.slice(start, end))\""])
    }

    /// The country that the names of armed groups and parties imply more often than any other ("Taliban fighters",
    /// "Koglweogo and JNIM"), coded at its capital with region precision; a group that acts in several countries
    /// ("JNIM") does not decide alone.
    private func actorCountry(_ analysis: DocumentAnalysis) -> PlaceMention? {
        var counts: [String: (count: Int, country: Country, token: Int)] = [:]
        for (token, countries) in analysis.actorCountries {
            for country in countries { counts[country.iso3, default: (0, country, token)].count += 1 }
        }
        let ranked = counts.values.sorted { $0.count > $1.count }
        guard let top = ranked.first, ranked.count == 1 || ranked[1].count < top.count else { return nil }
        let word = analysis.text.tokens[top.token], country = top.country
        return PlaceMention(
            start: word.start, end: word.end, tokens: top.token..<(top.token + 1), text: word.text, kind: .country,
            place: Place(
                name: country.name, latitude: country.capitalLatitude, longitude: country.capitalLongitude, country: country.name,
                iso3: country.iso3, admin1: country.capitalAdmin1, geoPrecision: .region),
            confidence: 0.4, notes: ["only the country is known, from the actor \"\(word.text)\""])
    }

    /// The country names and nationality words the text writes with a capital ("CAR", not the "car" of "burned car tires").
    private func countryWords(_ analysis: DocumentAnalysis) -> [PhraseLexicon<CountryName>.Match] {
        analysis.countries.filter { analysis.text.tokens[$0.tokens.lowerBound].isCapitalized }
    }

    /// "Lake Chad", "Mount Lebanon": a country's name that is part of a natural feature's.
    private func namesFeature(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.lowerBound > 0 && tokens[range.lowerBound - 1].isCapitalized
            && Self.features.contains(tokens[range.lowerBound - 1].norm)
    }

    /// "near the Venezuelan border": the country across a border is not where the event is.
    private func namesBorder(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.upperBound < tokens.count && ["border", "frontier"].contains(tokens[range.upperBound].norm)
    }

    /// "abducted two herders and took them to Somalia", "a district bordering Myanmar": where people were taken, or
    /// a neighbour, as the geocoder read it (``PlaceMention/isDestination``).
    private func namesDestination(_ range: Range<Int>, _ analysis: DocumentAnalysis) -> Bool {
        analysis.places.contains { $0.isDestination && $0.tokens.overlaps(range) }
    }

    /// "an American national", "Sudan refugees", "a Chinese mining company", "the US embassy", "US sanctions", "the
    /// dollar": foreigners, a foreign business, mission, policy or currency met there, not where it happens (a flag is
    /// waved where its people are: "waving Georgian and EU flags").
    private func namesForeigners(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        if ForeignerWords.follow(range.upperBound, tokens: tokens, end: tokens.count) { return true }
        // Up to three words to the owner: "British owned factory", "Japanese-owned firm", "Chinese mining company".
        var j = range.upperBound
        while j < tokens.count, j < range.upperBound + 4 {
            if Self.owners.contains(tokens[j].norm) { return true }
            guard tokens[j].kind == .word || tokens[j].norm == "-" else { return false }
            j += 1
        }
        return false
    }

    private static let owners: Set<String> = [
        "owned", "company", "companies", "firm", "firms", "embassy", "embassies", "consulate", "consulates", "ambassador",
        "ambassadors", "envoy", "envoys", "sanctions", "dollar", "dollars", "currency", "products", "goods",
        "interference", "meddling",
    ]

    /// "Russian military aircraft struck …": the air force's country, which strikes abroad as often as at home.
    private func namesAircraft(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var j = range.upperBound
        if j < tokens.count, ["military", "air", "army", "regime"].contains(tokens[j].norm) { j += 1 }
        return j < tokens.count && Self.aircraft.contains(tokens[j].norm)
    }

    private static let aircraft: Set<String> = [
        "aircraft", "warplane", "warplanes", "jet", "jets", "plane", "planes", "drone", "drones", "helicopter", "helicopters",
        "airstrike", "airstrikes", "air",
    ]

    private static let journeys: Set<String> = [
        "travelled", "traveled", "came", "come", "arrived", "fled", "returned", "moved", "relocated", "displaced", "evacuated",
    ]

    private static let streets: Set<String> = ["street", "avenue", "boulevard"]

    private static let institutions: Set<String> = [
        "defence", "defense", "foreign", "interior", "ministry", "government", "president", "prime", "embassy", "envoy",
        "ambassador", "parliament", "spokesman", "spokeswoman", "officials",
    ]

    private static let features: Set<String> = ["lake", "river", "mount", "mt", "gulf", "bay", "sea", "cape", "strait"]

    /// The one country the document's source names, coded at its capital with region precision; no words of
    /// the text stand for it, so the mention is empty.
    private func sourceCountry(_ analysis: DocumentAnalysis) -> PlaceMention? {
        guard analysis.sourceCountries.count == 1, let country = analysis.sourceCountries.first,
            let lat = country.latitude, let lon = country.longitude
        else { return nil }
        return PlaceMention(
            start: 0, end: 0, tokens: 0..<0, text: "", kind: .country,
            place: Place(
                name: country.name, latitude: lat, longitude: lon, country: country.name, iso3: country.iso3,
                admin1: country.admin1, geoPrecision: .region),
            confidence: 0.3, notes: ["only the country is known, from the source (\(analysis.document.source))"])
    }

    private func usable(_ mention: PlaceMention, _ analysis: DocumentAnalysis) -> Bool {
        if analysis.dateline.contains(mention.tokens.lowerBound) { return false }
        let tokens = analysis.text.tokens
        let end = mention.tokens.upperBound
        // "Iran's Revolutionary Guard", "pro-Iran": a patron, not a place.
        if end < tokens.count, tokens[end].norm == "'s",
            analysis.actors.contains(where: { $0.tokens.lowerBound == end + 1 || $0.tokens.lowerBound == end + 2 })
        {
            return false
        }
        // "Russia's defence ministry said": a country's institution that speaks, from elsewhere ("outside Georgia's
        // parliament" is there).
        if mention.kind == .country, end + 1 < tokens.count, tokens[end].norm == "'s", Self.institutions.contains(tokens[end + 1].norm),
            analysis.cues.contains(where: { $0.kind.isReporting && $0.tokens.lowerBound > end + 1 && $0.tokens.lowerBound <= end + 4 })
        {
            return false
        }
        // "Songkhla's Thepha district", "Kisumu's Kondele area": the province or town that holds the place named just
        // after it only says where that place lies; read as a town, it would beat the district it names.
        if mention.kind != .country, end + 1 < tokens.count, tokens[end].norm == "'s",
            let held = analysis.places.first(where: { $0.tokens.lowerBound == end + 1 }), held.kind != .country,
            held.place.iso3 == mention.place.iso3,
            held.place.admin1 == mention.place.admin1
                || Distance.km(held.place.latitude, held.place.longitude, mention.place.latitude, mention.place.longitude) < 100
        {
            return false
        }
        // "in front of the US embassy", "against US sanctions": a country's mission, policy or money, not the place.
        if mention.kind == .country, namesForeigners(mention.tokens, tokens) { return false }
        let start = mention.tokens.lowerBound
        if start >= 2, tokens[start - 1].norm == "-", tokens[start - 2].norm == "pro" { return false }
        // "in Yafa Street", "on Baghdad Avenue": a street named after a town, elsewhere.
        if mention.kind != .facility, end < tokens.count, Self.streets.contains(tokens[end].norm) { return false }
        // "who travelled from Zaporizhzhia": where someone came from, not where it happens.
        if start >= 2, tokens[start - 1].norm == "from", Self.journeys.contains(tokens[start - 2].norm) { return false }
        // "captured in Mariupol in 2022": a place dated to an earlier year is background.
        if end + 1 < tokens.count, tokens[end].norm == "in", let year = Int(tokens[end + 1].norm), tokens[end + 1].norm.count == 4,
            (1900..<analysis.reference.year).contains(year)
        {
            return false
        }
        return !analysis.actors.contains { $0.tokens.overlaps(mention.tokens) && $0.rank == 3 }
    }

    private func mostFrequentCountry(_ analysis: DocumentAnalysis) -> PlaceMention? {
        var counts: [String: (Int, PlaceMention)] = [:]
        for mention in analysis.places where mention.kind == .country && usable(mention, analysis) {
            counts[mention.place.iso3, default: (0, mention)].0 += 1
        }
        return counts.values.max { $0.0 < $1.0 }?.1
    }
}
