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
    private var gazetteer: Gazetteer { lookup.gazetteer }

    /// Resolves `spans` of `text`; drops spans whose best reading is an implausible village.
    func resolve(
        spans: [PlaceSpan], adjectives: [(token: Int, country: Int)], actors: [(token: Int, country: Int)],
        text: AnalyzedText, dateline: String?, sourceCountries: [Int] = []
    ) -> [GeocodedMention] {
        // A name and the divisions in its parenthesis form one group, and so do repeats of one name ("Bariba farmers …
        // 2 Bariba farmers"); a group is not its own evidence.
        let names = spans.map { nameOf($0, text: text) }
        var firstOfName: [String: Int] = [:]
        let groups = spans.indices.map { s in
            spans[s].head ?? {
                if let first = firstOfName[names[s]] { return first }
                firstOfName[names[s]] = s
                return s
            }()
        }
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
        for (s, span) in spans.enumerated() {
            let kinds = span.ids.map { lookup.kind($0) }
            if let c = span.ids.first(where: { lookup.kind($0) == .country }), !kinds.contains(.admin1) {
                let country = lookup.country(c)
                evidence.countryVotes.append(
                    .init(span: groups[s], country: country, weight: 3, reason: "\(gazetteer.countries.countries[country].name) named in the document"))
            }
        }
        // First pass: countries only. Second pass: also divisions and points the first pass placed.
        var firstPass: [[Double]] = []
        var winners: [Int?] = []
        for (s, span) in spans.enumerated() {
            let ranked = rank(span, name: names[s], index: groups[s], evidence: evidence)
            firstPass.append(ranked.map(\.score))
            winners.append(ranked.first?.id)
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
            case .populatedPlace where margin > 1.5 || entry.population >= 100_000 || entry.isUserPlace:
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
        evidence.listedWith = Self.listSiblings(spans, groups: groups, winners: winners, text: text, joiners: gazetteer.lexicon.listJoiners)
        var out: [GeocodedMention] = []
        for (s, span) in spans.enumerated() {
            let headWinner = span.head.flatMap { winners[$0] }
            let ranked = rank(span, name: names[s], index: groups[s], evidence: evidence, useDivisions: true, headWinner: headWinner)
            guard let best = ranked.first else { continue }
            let entry = lookup.entry(best.id)
            let (countryWeight, _) = evidence.countryWeight(entry.country, excluding: groups[s])
            // A parenthesis names divisions of the place before it: a reading in another country is no division of it.
            if let headWinner, entry.kind != .country, lookup.country(headWinner) != entry.country { continue }
            // A stand-in is as plausible as the divisions the text names.
            guard !span.ids.contains(best.id)
                || plausible(entry, span: span, group: groups[s], countryWeight: countryWeight, supported: best.supported, evidence: evidence)
            else { continue }
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
            out.append(
                GeocodedMention(
                    mention: PlaceMention(
                        start: first.start, end: last.end, tokens: span.tokens, text: text.slice(first.start, last.end),
                        kind: entry.kind, place: place, isNear: span.isNear,
                        isCalledDivision: span.hint == .admin1 || span.hint == .admin2, confidence: (confidence * 100).rounded() / 100,
                        notes: notes),
                    candidates: candidates))
        }
        return out
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
    private static func isSpelled(_ name: String, as letters: String) -> Bool {
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

    private func score(
        _ id: Int, span: PlaceSpan, name: String, index s: Int, evidence: DocumentEvidence, useDivisions: Bool,
        skippingQualifier: Int?
    ) -> (Double, [String], Bool) {
        let e = lookup.entry(id)
        var score = 0.0
        var reasons: [String] = []
        var supported = false
        // A qualifier names a place or division that holds it.
        var inNamed = false
        func add(_ value: Double, _ reason: @autoclosure () -> String) {
            score += value
            if explains { reasons.append((value >= 0 ? "+" : "-") + "\(format(value)) \(reason())") }
        }
        switch e.kind {
        case .facility: add(2, "facility (\(e.detail))")
        case .country: add(6, "country")
        case .admin1: add(1.6 + 0.2 * log10(Double(e.population) + 10), "first-order division of \(e.population.formatted()) people")
        case .admin2: add(0.8 + 0.2 * log10(Double(e.population) + 10), "second-order division of \(e.population.formatted()) people")
        case .populatedPlace:
            // GeoNames leaves the population of many villages at 0: count them as the smallest it lists.
            add(0.5 * log10(Double(max(e.population, 500)) + 10), "population \(e.population > 0 ? e.population.formatted() : "unknown")")
            // "Punch" is a word, "Poonch" (another spelling of the same town) is not.
            if e.isCommonWord, span.tokens.count == 1, Self.isSpelled(e.name, as: name) { add(-2, "the name is an ordinary English word") }
        }
        if e.isUserPlace { add(20, "user place") }
        if e.kind == .populatedPlace || e.kind == .admin2, span.ids.contains(where: { lookup.kind($0) == .country }) {
            add(-3, "the name is a country's")
        }
        // A stand-in takes the place of the name the hint describes ("Pori village (Botou, Tapoa)"): the hint is not its.
        if let hint = span.hint, skippingQualifier == nil {
            switch (hint, e.kind) {
            case (.facility, .facility), (.settlement, .populatedPlace), (.admin1, .admin1), (.admin2, .admin2):
                add(3, "the text calls it a \(hintName(hint))")
            case (.admin1, .admin2), (.admin2, .admin1):
                add(1.5, "the text calls it a \(hintName(hint))")
            case (.facility, _), (.settlement, .admin1), (.settlement, .admin2), (.settlement, .country):
                add(-1, "the text calls it a \(hintName(hint))")
            case (.admin1, .populatedPlace), (.admin2, .populatedPlace):
                add(-0.5, "the text calls it a \(hintName(hint))")
            default: break
            }
        }
        if span.isQualifier, e.kind == .admin1 || e.kind == .admin2 || e.kind == .country {
            add(3, "names the division of the place before it")
        }
        if let c = span.possessiveCountry {
            if c == e.country {
                add(5, "\(gazetteer.countries.countries[c].name)'s, just before it")
                supported = true
            } else {
                add(-2, "\(gazetteer.countries.countries[c].name)'s, just before it, is another country")
            }
        }
        var namesDivision = false
        var divisionCountries = Set<Int>()
        for (part, qualifier) in span.qualifiers.enumerated() where part != skippingQualifier {
            var best = 0.0
            var why = ""
            var sameCountry: (name: String, weight: Double)?
            for q in qualifier where [.admin1, .admin2, .country].contains(lookup.kind(q)) {
                namesDivision = true
                divisionCountries.insert(lookup.country(q))
            }
            for q in qualifier {
                // The name repeated as its own commune ("Deou (Deou, Oudalan)") backs it without placing it.
                if q == id {
                    supported = true
                    continue
                }
                let qe = lookup.entry(q)
                var value = 0.0
                switch qe.kind {
                case .country where qe.country == e.country: value = 3
                case .admin1 where e.admin1 == q || Folding.equivalent(lookup.admin1Name(id), qe.name) && qe.country == e.country:
                    value = 6
                case .admin2 where e.admin2 == q || Folding.equivalent(gazetteer.admin2Name(of: e), qe.name) && qe.country == e.country:
                    value = 6
                // A division of the same country that does not hold it: the gazetteer's districts are approximate,
                // its provinces less so.
                case .admin1 where qe.country == e.country, .admin2 where qe.country == e.country:
                    let weight = qe.kind == .admin2 ? 2.0 : 1.0
                    if weight > sameCountry?.weight ?? 0 { sameCountry = (qe.name, weight) }
                case .populatedPlace, .facility:
                    if qe.country == e.country,
                        Folding.equivalent(qe.name, lookup.admin1Name(id))
                            || Folding.equivalent(qe.name, gazetteer.admin2Name(of: e))
                    {
                        value = 5
                    } else if qe.country == e.country, Distance.km(qe.latitude, qe.longitude, e.latitude, e.longitude) < 40 {
                        value = 3
                    }
                default: break
                }
                if value > best {
                    best = value
                    why = qe.name
                }
            }
            if best > 0 {
                add(best, "in \(why), as the text qualifies it")
                inNamed = true
            } else if let abroad = Self.divisionAbroad(qualifier, of: e, lookup: lookup) {
                add(-4, "in \(abroad), as the text qualifies it, which is in another country")
            }
            // A province that does not hold a town is no support for it ("Vodiane, Donetsk" is not Zaporizhia's Vodiane);
            // a district that does not is, a little, as the gazetteer's districts are approximate.
            if let sameCountry, best < 6, sameCountry.weight > 1 || e.kind != .populatedPlace {
                add(sameCountry.weight, "in the country of \(sameCountry.name), which the text names")
                supported = true
            }
        }
        supported = supported || inNamed
        if !inNamed, namesDivision {
            add(-3, "not in the division the text names")
            // "the town of Mumias, Nakuru": the word says what the place is, not which namesake elsewhere it is.
            if span.hint == .settlement, e.kind == .populatedPlace, skippingQualifier == nil {
                add(-3, "the text's word for it does not place it here")
            }
            if !divisionCountries.contains(e.country) { add(-3, "the divisions the text names are in another country") }
        }
        if let sibling = evidence.listedWith[s], sibling != id, lookup.country(sibling) == e.country, e.kind != .country {
            add(3, "listed with \(lookup.entry(sibling).name), in the same country")
        }
        let (weight, reason) = evidence.countryWeight(e.country, excluding: s)
        if weight > 0, e.kind != .country { add(weight, reason ?? "country evidence") }
        if weight > 0, e.kind == .country { add(min(weight, 2), reason ?? "country evidence") }
        if let dateline = evidence.dateline, e.kind != .country {
            let d = Distance.km(dateline.latitude, dateline.longitude, e.latitude, e.longitude)
            if d < 100 { add(1.5, "within 100 km of the dateline (\(dateline.name))") }
        }
        if useDivisions {
            if e.kind != .admin1, e.admin1 >= 0, evidence.admin1.contains(where: { $0.span != s && $0.id == e.admin1 }) {
                add(2.5, "in \(lookup.admin1Name(id)), named in the document")
            }
            if e.kind == .facility || e.kind == .populatedPlace || e.kind == .admin2 {
                var nearest: DocumentEvidence.Anchor?
                var distance = Double.infinity
                for anchor in evidence.anchors where anchor.span != s && anchor.id != id {
                    let d = Distance.km(anchor.latitude, anchor.longitude, e.latitude, e.longitude)
                    if d < distance {
                        distance = d
                        nearest = anchor
                    }
                }
                if let nearest {
                    if distance < 30 {
                        add(2.5, "within 30 km of \(nearest.name)")
                    } else if distance < 100 {
                        add(1.5, "within 100 km of \(nearest.name)")
                    } else if distance < 300 {
                        add(0.5, "within 300 km of \(nearest.name)")
                    }
                }
            }
        }
        return (score, reasons, supported)
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

    private func hintName(_ hint: Lexicon.Hint) -> String {
        switch hint {
        case .facility: "facility"
        case .settlement: "town"
        case .admin1: "province"
        case .admin2: "district"
        }
    }

    private func format(_ value: Double) -> String {
        String(format: "%.1f", abs(value))
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
        _ e: GazetteerEntry, span: PlaceSpan, group: Int, countryWeight: Double, supported: Bool, evidence: DocumentEvidence
    ) -> Bool {
        if e.isUserPlace || e.kind != .populatedPlace || supported { return true }
        // "in the Catatumbo region": a region the gazetteer lacks, not the hamlet of that name in another province.
        if span.hint == .admin1, e.population < 10_000 { return false }
        if countryWeight > 0 { return true }
        if evidence.hasOtherCountries(than: e.country, excluding: group) { return e.population >= 2_000_000 }
        // "the village of Abra" with JNIM militants: El Abra in Mexico, far from every country the words point to, is not it.
        if e.population < 1_000_000, farFromAll(evidence.wordCountries, e) { return false }
        if span.hint == .admin1 || span.hint == .admin2 { return e.population >= 100_000 }
        if e.population >= 100_000 { return !e.isCommonWord || span.isLocative }
        let nameTokens = span.tokens.count - (span.hint == nil ? 0 : 1)
        return span.isLocative && !e.isCommonWord && (e.population >= 2_000 || nameTokens > 1)
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
