import Foundation
import VigilModel
import VigilText

/// Chooses one reading per span with the whole document as context: suffix words, parentheses and
/// appositions, possessive countries, countries named or implied anywhere, divisions named, nearby
/// confidently placed points and the dateline, then the population prior.
struct PlaceResolver {
    let lookup: PlaceLookup
    /// Whether mentions carry the runners-up and every candidate the reasons for its score (for `vigil geocode`);
    /// extraction needs only the winner.
    var explains = true
    var gazetteer: Gazetteer { lookup.gazetteer }

    /// Resolves `spans` of `text`; drops spans whose best reading is an implausible village.
    func resolve(
        spans: [PlaceSpan], adjectives: [(token: Int, country: Int)], actors: [(token: Int, country: Int)],
        text: AnalyzedText, dateline: String?, sourceCountries: [Int] = []
    ) -> [GeocodedMention] {
        let names = spans.map { nameOf($0, text: text) }
        let groups = Self.nameGroups(spans, names: names)
        var evidence = countryEvidence(
            spans: spans, groups: groups, adjectives: adjectives, actors: actors, dateline: dateline, sourceCountries: sourceCountries)
        let winners = firstPass(spans, names: names, groups: groups, evidence: &evidence)
        evidence.listedWith = Self.listSiblings(spans, groups: groups, winners: winners, text: text, joiners: gazetteer.lexicon.listJoiners)
        return spans.indices.compactMap { s in
            mention(s, of: spans, names: names, groups: groups, winners: winners, evidence: evidence, text: text)
        }
    }

    /// A name and the divisions in its parenthesis form one group, and so do repeats of one name ("Bariba farmers …
    /// 2 Bariba farmers"); a group is not its own evidence. The group of each span: the index of its first member.
    private static func nameGroups(_ spans: [PlaceSpan], names: [String]) -> [Int] {
        var firstOfName: [String: Int] = [:]
        return spans.indices.map { s in
            spans[s].head ?? {
                if let first = firstOfName[names[s]] { return first }
                firstOfName[names[s]] = s
                return s
            }()
        }
    }

    /// What the document says of its countries before any place is placed: nationality words, actors of one
    /// country, the dateline, the source's country, and countries named.
    private func countryEvidence(
        spans: [PlaceSpan], groups: [Int], adjectives: [(token: Int, country: Int)], actors: [(token: Int, country: Int)],
        dateline: String?, sourceCountries: [Int]
    ) -> DocumentEvidence {
        var evidence = DocumentEvidence()
        for (_, country) in adjectives {
            evidence.countryVotes.append(
                .init(
                    span: -1, country: country, weight: 2,
                    reason: "\(gazetteer.countries.countries[country].name) implied by a nationality word", isNationality: true))
        }
        // An actor of one country or a few ("Taliban militants"): weaker than a nationality word, once per country.
        for country in Set(actors.map(\.country)) {
            evidence.countryVotes.append(
                .init(
                    span: -1, country: country, weight: 1,
                    reason: "\(gazetteer.countries.countries[country].name) implied by an actor's name", isNationality: true))
        }
        if let dateline { addDateline(dateline, to: &evidence) }
        // The country a source names ("Star (Kenya)"): as strong as a nationality word, and no reason to doubt a place elsewhere.
        for country in Set(sourceCountries) {
            evidence.countryVotes.append(
                .init(
                    span: -1, country: country, weight: 2,
                    reason: "\(gazetteer.countries.countries[country].name) named in the document's source", isNationality: true))
        }
        // "in Lamu county, bordering Somalia": a neighbour says nothing of where the event was.
        for (s, span) in spans.enumerated() where !span.isNeighbour {
            let kinds = span.ids.map { lookup.kind($0) }
            if let c = span.ids.first(where: { lookup.kind($0) == .country }), !kinds.contains(.admin1) {
                let country = lookup.country(c)
                let name = gazetteer.countries.countries[country].name
                // "took them to Somalia": where people went says little of where the event was.
                evidence.countryVotes.append(
                    span.isDestination
                        ? .init(span: groups[s], country: country, weight: 1, reason: "\(name) named as a destination", isNationality: true)
                        : .init(span: groups[s], country: country, weight: 3, reason: "\(name) named in the document"))
            }
        }
        return evidence
    }

    /// First pass, on countries only: each span's winner, whose country, province and (when confident)
    /// point become evidence for the second pass. Returns the winners.
    private func firstPass(_ spans: [PlaceSpan], names: [String], groups: [Int], evidence: inout DocumentEvidence) -> [Int?] {
        var firstPass: [[Double]] = []
        var winners: [Int?] = []
        /// Whether every reading within 1.5 points of the winner lies in the winner's country.
        var countryCertain: [Bool] = []
        for (s, span) in spans.enumerated() {
            let ranked = rank(span, name: names[s], index: groups[s], evidence: evidence)
            firstPass.append(ranked.map(\.score))
            winners.append(ranked.first?.id)
            let top = ranked.first.map { (score: $0.score, country: lookup.country($0.id)) }
            countryCertain.append(top.map { top in
                ranked.prefix { top.score - $0.score <= 1.5 }.allSatisfy { lookup.country($0.id) == top.country }
            } ?? false)
        }
        for (s, id) in winners.enumerated() {
            guard let id else { continue }
            let entry = lookup.entry(id)
            let margin = firstPass[s].count > 1 ? firstPass[s][0] - firstPass[s][1] : 4
            let countryName = gazetteer.countries.countries[entry.country].name
            switch entry.kind {
            case .admin1:
                evidence.admin1.append((groups[s], id))
                evidence.countryVotes.append(.init(span: groups[s], country: entry.country, weight: 2, reason: "\(countryName) holds \(entry.name), named in the document"))
            case .facility, .admin2:
                evidence.countryVotes.append(.init(span: groups[s], country: entry.country, weight: 1.5, reason: "\(countryName) holds \(entry.name), named in the document"))
                if entry.admin1 >= 0 { evidence.admin1.append((groups[s], entry.admin1)) }
            // "in Djugu", town or territory: either reading puts the document in that country.
            case .populatedPlace where margin > 1.5 || entry.population >= 100_000 || entry.isUserPlace || countryCertain[s]:
                evidence.countryVotes.append(.init(span: groups[s], country: entry.country, weight: 1, reason: "\(countryName) holds \(entry.name), named in the document"))
                // A town named with confidence puts its province in the document's context too.
                if entry.admin1 >= 0 { evidence.admin1.append((groups[s], entry.admin1)) }
            default:
                break
            }
            if entry.kind == .facility || entry.kind == .populatedPlace, margin > 1 || entry.population >= 100_000 {
                evidence.anchors.append(.init(span: groups[s], id: id, latitude: entry.latitude, longitude: entry.longitude, name: entry.name))
            }
        }
        return winners
    }

    /// The second pass for span `s`: its best reading with all the document's evidence, its confidence and
    /// precision; nil when the reading is in another country than the place it qualifies, or implausible.
    private func mention(
        _ s: Int, of spans: [PlaceSpan], names: [String], groups: [Int], winners: [Int?], evidence: DocumentEvidence, text: AnalyzedText
    ) -> GeocodedMention? {
        let span = spans[s]
        let headWinner = span.head.flatMap { winners[$0] }
        let ranked = rank(span, name: names[s], index: groups[s], evidence: evidence, useDivisions: true, headWinner: headWinner)
        guard let best = ranked.first else { return nil }
        let entry = lookup.entry(best.id)
        let (countryWeight, _) = evidence.countryWeight(entry.country, excluding: groups[s])
        // A parenthesis names divisions of the place before it: a reading in another country is no division of it.
        if let headWinner, entry.kind != .country, lookup.country(headWinner) != entry.country { return nil }
        // A stand-in is as plausible as the divisions the text names.
        guard !span.ids.contains(best.id)
            || plausible(
                entry, span: span, name: names[s], group: groups[s], countryWeight: countryWeight, supported: best.supported,
                evidence: evidence)
        else { return nil }
        // The division that holds the place, or that the place holds, is no rival: "Bangkok", city or province.
        let rival = ranked.dropFirst().first { r in
            let other = lookup.entry(r.id)
            return !(entry.admin1 == r.id || entry.admin2 == r.id || other.admin1 == best.id || other.admin2 == best.id)
        }
        let margin = rival.map { best.score - $0.score } ?? 4
        var confidence = 1 / (1 + exp(-(margin + 0.5)))
        // A city of a million people, written as it is named, needs no support from the text to be believed.
        let isNamedCity = entry.population >= 1_000_000 && Self.isSpelled(entry.name, as: names[s])
        if entry.kind == .populatedPlace, countryWeight == 0, !best.supported, !isNamedCity { confidence *= 0.7 }
        let precision = !span.ids.contains(best.id) && entry.kind == .populatedPlace ? .near : precisionOf(entry.kind, span: span)
        let place = lookup.place(best.id, precision: precision)
        // The runners-up are shown only when explaining (`vigil geocode`).
        let candidates =
            [PlaceCandidate(place: place, kind: entry.kind, score: best.score, reasons: best.reasons)]
            + ranked.dropFirst().prefix(explains ? 5 : 0).map {
                PlaceCandidate(place: lookup.place($0.id, precision: $0.precision), kind: $0.kind, score: $0.score, reasons: $0.reasons)
            }
        let notes = checks(best.id, span: span, evidence: evidence, index: groups[s])
        let first = text.tokens[span.tokens.lowerBound], last = text.tokens[span.tokens.upperBound - 1]
        return GeocodedMention(
            mention: PlaceMention(
                start: first.start, end: last.end, tokens: span.tokens, text: text.slice(first.start, last.end),
                kind: entry.kind, place: place, isNear: span.isNear,
                isCalledDivision: span.hint == .admin1 || span.hint == .admin2, isDestination: span.isDestination,
                confidence: (confidence * 100).rounded() / 100,
                notes: notes),
            candidates: candidates)
    }

    /// A scored reading of a span; its place is built only for the readings shown.
    private struct Ranked {
        let id: Int
        let kind: PlaceKind
        let precision: GeoPrecision
        /// Rounded to hundredths.
        let score: Double
        let reasons: [String]
        /// A parenthesis, apposition, possessive or suffix word backs it.
        let supported: Bool
    }

    /// The span's name as written, without a suffix word, letters and digits only ("farah").
    private func nameOf(_ span: PlaceSpan, text: AnalyzedText) -> String {
        var tokens = span.tokens
        if span.hint != nil, tokens.count > 1, gazetteer.lexicon.suffixes[text.tokens[tokens.upperBound - 1].norm] != nil {
            tokens = tokens.lowerBound..<(tokens.upperBound - 1)
        }
        return Self.letters(tokens.map { text.tokens[$0].norm }.joined())
    }

    /// Whether `name`'s letters and digits are `letters` (``letters(_:)``), without building a string for an ASCII name.
    static func isSpelled(_ name: String, as letters: String) -> Bool {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return Self.letters(name) == letters }
        var expected = letters.utf8.makeIterator()
        for byte in name.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else { continue }
            guard expected.next() == lower else { return false }
        }
        return expected.next() == nil
    }

    private static func letters(_ text: String) -> String {
        String(String.UnicodeScalarView(Folding.fold(text).unicodeScalars.filter { scalar in
            scalar.value < 0x80
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : CharacterSet.alphanumerics.contains(scalar)
        }))
    }

    private func rank(
        _ span: PlaceSpan, name: String, index s: Int, evidence: DocumentEvidence, useDivisions: Bool = false,
        headWinner: Int? = nil
    ) -> [Ranked] {
        var seen = Set<Int>()
        var out: [Ranked] = []
        // The divisions a parenthesis names stand in when the name itself is not in the gazetteer there: those of a
        // country the name has candidates in, or of any country when none of the name's candidates is in one the
        // parenthesis names ("Niamatpur union (Kishoregonj, Dhaka)": a village the gazetteer lacks).
        // Any part of the parenthesis may name them: "Kouande (Kouande, Atacora)" when only another Kouande is known.
        let headCountries = Set(span.ids.map { lookup.country($0) })
        var divisions: [(id: Int, part: Int)] = []
        // A town that an earlier part names in the country of the last part's division stands in too, as the seat of
        // the commune it names ("Kali (Nikki, Borgou)").
        let lastCountries = Set(
            (span.qualifiers.last ?? []).lazy.map(lookup.entry).filter { $0.kind == .admin1 || $0.kind == .admin2 }.map(\.country))
        for (part, ids) in span.qualifiers.enumerated() {
            for id in ids {
                let e = lookup.entry(id)
                let isSeat = e.kind == .populatedPlace && part < span.qualifiers.count - 1 && lastCountries.contains(e.country)
                if e.kind == .admin1 || e.kind == .admin2 || isSeat { divisions.append((id, part)) }
            }
        }
        let anyCountry = !divisions.contains { headCountries.contains(lookup.country($0.id)) }
        let standIns = divisions.filter { anyCountry || headCountries.contains(lookup.country($0.id)) }
        let sources = Dictionary(standIns.map { ($0.id, $0.part) }, uniquingKeysWith: min)
        for id in contenders(span, evidence: evidence, index: s) + standIns.map(\.id) where seen.insert(id).inserted {
            let isStandIn = !span.ids.contains(id)
            var (score, reasons, supported) = self.score(
                id, span: span, name: name, index: s, evidence: evidence, useDivisions: useDivisions,
                skippingQualifier: isStandIn ? sources[id] : nil)
            if let headWinner {
                let head = lookup.entry(headWinner), e = lookup.entry(id)
                if head.admin1 == id || head.admin2 == id {
                    score += 4
                    if explains { reasons.append("+4.0 holds \(head.name), the place it qualifies") }
                } else if e.kind == .country && head.country == e.country {
                    score += 2
                    if explains { reasons.append("+2.0 holds \(head.name), the place it qualifies") }
                }
            }
            // Spelled exactly as the gazetteer's main name: better than a variant or a transliteration's match.
            if !isStandIn, Self.isSpelled(lookup.entry(id).name, as: name) {
                score += 0.5
                if explains { reasons.append("+0.5 spelled as written") }
            }
            if isStandIn {
                score -= 1.5
                if explains { reasons.append("-1.5 stands in for a name the gazetteer lacks there") }
                supported = false
            }
            let kind = lookup.kind(id)
            out.append(
                Ranked(
                    id: id, kind: kind, precision: isStandIn && kind == .populatedPlace ? .near : precisionOf(kind, span: span),
                    score: (score * 100).rounded() / 100, reasons: reasons, supported: supported))
        }
        return out.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            return lookup.population(a.id) > lookup.population(b.id)
        }
    }


    /// The first pass's reading of the place listed just before each group, by group: "two sites across the border in
    /// Syria, Tal Baydar in Hasakah province and al-Tanf near the Jordanian frontier": places listed together with only
    /// "and", "or" or a comma between them (`joiners`) lie in one country.
    static func listSiblings(
        _ spans: [PlaceSpan], groups: [Int], winners: [Int?], text: AnalyzedText, joiners: Set<String>
    ) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for s in spans.indices.dropFirst() where spans[s].head == nil && groups[s] == s {
            let previous = spans[s - 1].head ?? (s - 1)
            guard let sibling = winners[previous], spans[s - 1].tokens.upperBound < spans[s].tokens.lowerBound else { continue }
            let between = text.tokens[spans[s - 1].tokens.upperBound..<spans[s].tokens.lowerBound]
            if between.allSatisfy({ joiners.contains($0.norm) }) { out[s] = sibling }
        }
        return out
    }

    /// The readings worth scoring: all of them, unless a name has many namesakes ("Vesele", "Novooleksandrivka":
    /// dozens in one country); then those in a country the document or the span's own parenthesis or possessive
    /// points to ("Kali (Nikki, Borgou)"), divisions, facilities and towns of 10,000 people or more, or, when none
    /// is, the most populous.
    private func contenders(_ span: PlaceSpan, evidence: DocumentEvidence, index s: Int) -> [Int] {
        let ids = span.ids
        guard ids.count > Self.manyNamesakes else { return ids }
        let named = Set(span.qualifiers.joined().map { lookup.country($0) } + (span.possessiveCountry.map { [$0] } ?? []))
        let kept = ids.filter {
            lookup.kind($0) != .populatedPlace || lookup.population($0) >= 10_000 || lookup.isUserPlace($0)
                || named.contains(lookup.country($0)) || evidence.countryWeight(lookup.country($0), excluding: s).0 > 0
        }
        return kept.isEmpty ? Array(ids.sorted { lookup.population($0) > lookup.population($1) }.prefix(Self.manyNamesakes)) : kept
    }

    /// More readings than this for one name are narrowed to the plausible ones before scoring.
    static let manyNamesakes = 24

    /// The division a qualifier names when every reading of it lies outside the candidate's country: "Kotla village of
    /// Sangrur district, Punjab" is not one of Pakistan's Kotlas, as Sangrur is only India's.
    static func divisionAbroad(_ qualifier: [Int], of e: GazetteerEntry, lookup: PlaceLookup) -> String? {
        guard let division = qualifier.first(where: { [.admin1, .admin2].contains(lookup.kind($0)) }),
            !qualifier.contains(where: { lookup.country($0) == e.country })
        else { return nil }
        return lookup.entry(division).name
    }

    func hintName(_ hint: Lexicon.Hint) -> String {
        switch hint {
        case .facility: "facility"
        case .settlement: "town"
        case .admin1: "province"
        case .admin2: "district"
        }
    }

    private func precisionOf(_ kind: PlaceKind, span: PlaceSpan) -> GeoPrecision {
        switch kind {
        case .facility, .populatedPlace: span.isNear ? .near : .exact
        case .admin2: .near
        case .admin1: span.isPartOf || span.isNear ? .near : .region
        case .country: .region
        }
    }

    /// Whether a reading is believable enough to report: small places need some support.
    private func plausible(
        _ e: GazetteerEntry, span: PlaceSpan, name: String, group: Int, countryWeight: Double, supported: Bool,
        evidence: DocumentEvidence
    ) -> Bool {
        if e.isUserPlace || e.kind != .populatedPlace || supported { return true }
        // "in the Catatumbo region": a region the gazetteer lacks, not the hamlet of that name in another province.
        if span.hint == .admin1, e.population < 10_000 { return false }
        if countryWeight > 0 { return true }
        // "Police in Harare arrested … Gulu was quiet": a large city used as a place, written as it is named, holds
        // against a village elsewhere.
        if evidence.hasOtherCountries(than: e.country, excluding: group) {
            return e.population >= 2_000_000 || span.isLocative && e.population >= 500_000 && Self.isSpelled(e.name, as: name)
        }
        // "the village of Abra" with JNIM militants: El Abra in Mexico, far from every country the words point to, is not it.
        if e.population < 1_000_000, farFromAll(evidence.wordCountries, e) { return false }
        if span.hint == .admin1 || span.hint == .admin2 { return e.population >= 100_000 }
        if e.population >= 100_000 { return !e.isCommonWord || span.isLocative }
        let nameTokens = span.tokens.count - (span.hint == nil ? 0 : 1)
        if isVillageOfOneCountry(e, span: span, name: name), !evidence.pointsElsewhere(than: e.country, excluding: group) {
            return true
        }
        return span.isLocative && !e.isCommonWord && (e.population >= 2_000 || nameTokens > 1)
    }

    /// "gunmen stormed the school in Yendere": a village too small to believe on its own, but the text uses it as a
    /// place and every place spelt so lies in one country, so there is no namesake to confuse it with (the caller
    /// also asks that nothing else in the text point to another country).
    private func isVillageOfOneCountry(_ e: GazetteerEntry, span: PlaceSpan, name: String) -> Bool {
        guard span.isLocative, !e.isCommonWord, name.count >= 4 else { return false }
        var countries = Set<Int>()
        for id in span.ids where Self.isSpelled(lookup.entry(id).name, as: name) {
            countries.insert(lookup.country(id))
            if countries.count > 1 { return false }
        }
        return countries == [e.country]
    }

    /// Whether `countries` is not empty and `e` lies more than 1,000 km outside each of their outlines.
    private func farFromAll(_ countries: Set<Int>, _ e: GazetteerEntry) -> Bool {
        !countries.isEmpty && countries.allSatisfy { country in
            let iso3 = gazetteer.countries.countries[country].iso3
            return gazetteer.shapes.distanceOutside(latitude: e.latitude, longitude: e.longitude, iso3: iso3).map { $0 > 1_000 } ?? false
        }
    }

    /// Reviewer notes: a compass claim the gazetteer contradicts, a point outside its country.
    private func checks(_ id: Int, span: PlaceSpan, evidence: DocumentEvidence, index s: Int) -> [String] {
        let e = lookup.entry(id)
        let country = gazetteer.countries.countries[e.country]
        var notes: [String] = []
        if let claim = span.claim, claim.country == e.country, let frame = gazetteer.shapes.frame(iso3: country.iso3) {
            let py = (e.latitude - frame.latitude) / frame.halfHeight
            let px = (e.longitude - frame.longitude) / frame.halfWidth
            let contradicts =
                claim.northSouth != 0 && Double(claim.northSouth) * py < -0.1
                || claim.eastWest != 0 && Double(claim.eastWest) * px < -0.1
            if contradicts {
                let ns = py > 0.1 ? "north" : py < -0.1 ? "south" : ""
                let ew = px > 0.02 ? "east" : px < -0.02 ? "west" : ""
                let part = [ns, ew].filter { !$0.isEmpty }.joined(separator: "-")
                let admin1 = lookup.admin1Name(id)
                notes.append(
                    "text says \(claim.text); \(e.name) is in \(admin1.isEmpty ? country.name : admin1)"
                        + " (\(part.isEmpty ? "centre" : part) of \(country.name)); kept the gazetteer's location")
            }
        }
        if e.kind != .country, let outside = gazetteer.shapes.distanceOutside(latitude: e.latitude, longitude: e.longitude, iso3: country.iso3),
            outside > CountryShapes.tolerance
        {
            notes.append(
                "\(e.name) (\(String(format: "%.4f, %.4f", e.latitude, e.longitude))) lies \(Int(outside)) km outside \(country.name)'s outline")
        }
        let (weight, _) = evidence.countryWeight(e.country, excluding: s)
        if weight == 0, e.kind != .country, evidence.hasOtherCountries(than: e.country, excluding: s) {
            notes.append("the document points to other countries than \(country.name)")
        }
        return notes
    }

    /// Reads a dateline ("ERBIL, Kurdistan Region"): its first place anchors the document.
    private func addDateline(_ dateline: String, to evidence: inout DocumentEvidence) {
        let parts = dateline.split(whereSeparator: { $0 == "," || $0 == "\u{2014}" || $0 == "\u{2013}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (k, part) in parts.prefix(3).enumerated() {
            let ids = lookup.ids(for: NameKey(part))
            let best = ids.max { a, b in
                let ea = lookup.entry(a), eb = lookup.entry(b)
                return (ea.kind == .country ? Int.max : ea.population) < (eb.kind == .country ? Int.max : eb.population)
            }
            guard let best else { continue }
            let e = lookup.entry(best)
            evidence.countryVotes.append(
                .init(span: -1, country: e.country, weight: 3, reason: "the dateline (\(part)) is in \(gazetteer.countries.countries[e.country].name)"))
            if k == 0, e.kind != .country {
                evidence.dateline = .init(span: -1, id: best, latitude: e.latitude, longitude: e.longitude, name: e.name)
            }
        }
    }
}
