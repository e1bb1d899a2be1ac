import Foundation
import VigilModel
import VigilText

/// How one reading of a span scores: what it is, what the text says right around it (hints,
/// possessives, parentheses), and what the rest of the document says (countries, divisions,
/// places listed with it or near it, the dateline). Returns the score, its reasons and whether
/// the text backs it.
extension PlaceResolver {
    func score(
        _ id: Int, span: PlaceSpan, name: String, index s: Int, evidence: DocumentEvidence, useDivisions: Bool,
        skippingQualifier: Int?
    ) -> (Double, [String], Bool) {
        let e = lookup.entry(id)
        var sheet = ScoreSheet(explains: explains)
        scoreKind(e, span: span, name: name, into: &sheet)
        scoreWordsAround(e, span: span, skippingQualifier: skippingQualifier, into: &sheet)
        scoreQualifiers(id, e, span: span, skippingQualifier: skippingQualifier, into: &sheet)
        scoreDocument(id, e, index: s, evidence: evidence, useDivisions: useDivisions, into: &sheet)
        return (sheet.score, sheet.reasons, sheet.supported)
    }

    /// What the reading is: a facility, a country, a division or a town of so many people; a user's
    /// place; a town whose name is also a country's or an ordinary word.
    private func scoreKind(_ e: GazetteerEntry, span: PlaceSpan, name: String, into sheet: inout ScoreSheet) {
        switch e.kind {
        case .facility: sheet.add(2, "facility (\(e.detail))")
        case .country: sheet.add(6, "country")
        case .admin1: sheet.add(1.6 + 0.2 * log10(Double(e.population) + 10), "first-order division of \(e.population.formatted()) people")
        case .admin2: sheet.add(0.8 + 0.2 * log10(Double(e.population) + 10), "second-order division of \(e.population.formatted()) people")
        case .populatedPlace:
            // GeoNames leaves the population of many villages at 0: count them as the smallest it lists.
            sheet.add(0.5 * log10(Double(max(e.population, 500)) + 10), "population \(e.population > 0 ? e.population.formatted() : "unknown")")
            // "Punch" is a word, "Poonch" (another spelling of the same town) is not.
            if e.isCommonWord, span.tokens.count == 1, Self.isSpelled(e.name, as: name) { sheet.add(-2, "the name is an ordinary English word") }
        }
        if e.isUserPlace { sheet.add(20, "user place") }
        if e.kind == .populatedPlace || e.kind == .admin2, span.ids.contains(where: { lookup.kind($0) == .country }) {
            sheet.add(-3, "the name is a country's")
        }
    }

    /// The words around the name: what the text calls it ("the town of", "province"), a qualifier
    /// position, a country's possessive right before it.
    private func scoreWordsAround(_ e: GazetteerEntry, span: PlaceSpan, skippingQualifier: Int?, into sheet: inout ScoreSheet) {
        // A stand-in takes the place of the name the hint describes ("Pori village (Botou, Tapoa)"): the hint is not its.
        if let hint = span.hint, skippingQualifier == nil {
            switch (hint, e.kind) {
            case (.facility, .facility), (.settlement, .populatedPlace), (.admin1, .admin1), (.admin2, .admin2):
                sheet.add(3, "the text calls it a \(hintName(hint))")
            case (.admin1, .admin2), (.admin2, .admin1):
                sheet.add(1.5, "the text calls it a \(hintName(hint))")
            case (.facility, _), (.settlement, .admin1), (.settlement, .admin2), (.settlement, .country):
                sheet.add(-1, "the text calls it a \(hintName(hint))")
            case (.admin1, .populatedPlace), (.admin2, .populatedPlace):
                sheet.add(-0.5, "the text calls it a \(hintName(hint))")
            default: break
            }
        }
        if span.isQualifier, e.kind == .admin1 || e.kind == .admin2 || e.kind == .country {
            sheet.add(3, "names the division of the place before it")
        }
        if let c = span.possessiveCountry {
            if c == e.country {
                sheet.add(5, "\(gazetteer.countries.countries[c].name)'s, just before it")
                sheet.supported = true
            } else {
                sheet.add(-2, "\(gazetteer.countries.countries[c].name)'s, just before it, is another country")
            }
        }
    }

    /// The places and divisions a parenthesis or apposition names after it ("Kali (Nikki, Borgou)"):
    /// those that hold the reading back it, a division it is not in counts against it.
    private func scoreQualifiers(_ id: Int, _ e: GazetteerEntry, span: PlaceSpan, skippingQualifier: Int?, into sheet: inout ScoreSheet) {
        var inNamed = false
        var namesDivision = false
        var divisionCountries = Set<Int>()
        for (part, qualifier) in span.qualifiers.enumerated() where part != skippingQualifier {
            for q in qualifier where [.admin1, .admin2, .country].contains(lookup.kind(q)) {
                namesDivision = true
                divisionCountries.insert(lookup.country(q))
            }
            let (best, why, sameCountry) = strongestQualifier(qualifier, of: id, e, sheet: &sheet)
            if best > 0 {
                sheet.add(best, "in \(why), as the text qualifies it")
                inNamed = true
            } else if let abroad = Self.divisionAbroad(qualifier, of: e, lookup: lookup) {
                sheet.add(-4, "in \(abroad), as the text qualifies it, which is in another country")
            }
            // A province that does not hold a town is no support for it ("Vodiane, Donetsk" is not Zaporizhia's Vodiane);
            // a district that does not is, a little, as the gazetteer's districts are approximate.
            if let sameCountry, best < 6, sameCountry.weight > 1 || e.kind != .populatedPlace {
                sheet.add(sameCountry.weight, "in the country of \(sameCountry.name), which the text names")
                sheet.supported = true
            }
        }
        sheet.supported = sheet.supported || inNamed
        if !inNamed, namesDivision {
            sheet.add(-3, "not in the division the text names")
            // "the town of Mumias, Nakuru": the word says what the place is, not which namesake elsewhere it is.
            if span.hint == .settlement, e.kind == .populatedPlace, skippingQualifier == nil {
                sheet.add(-3, "the text's word for it does not place it here")
            }
            if !divisionCountries.contains(e.country) { sheet.add(-3, "the divisions the text names are in another country") }
        }
    }

    /// The best backing one qualifier part gives the reading (6 a division that holds it, 5 a town named as
    /// its division, 3 its country or a town within 40 km) and its name, and the strongest division of the
    /// same country that does not hold it. The name repeated as its own commune backs it without placing it.
    private func strongestQualifier(
        _ qualifier: [Int], of id: Int, _ e: GazetteerEntry, sheet: inout ScoreSheet
    ) -> (best: Double, why: String, sameCountry: (name: String, weight: Double)?) {
        var best = 0.0
        var why = ""
        var sameCountry: (name: String, weight: Double)?
        lazy var admin1 = lookup.admin1Name(id)
        lazy var admin2 = gazetteer.admin2Name(of: e)
        for q in qualifier {
            if q == id {
                sheet.supported = true
                continue
            }
            // Only entries of the reading's own country back it (a province that holds it is of its country): the
            // namesakes abroad of a qualifier ("Tripoli") are passed over without being read.
            guard lookup.country(q) == e.country else { continue }
            let qe = lookup.entry(q)
            var value = 0.0
            switch qe.kind {
            case .country: value = 3
            case .admin1 where e.admin1 == q || Folding.equivalent(admin1, qe.name): value = 6
            case .admin2 where e.admin2 == q || Folding.equivalent(admin2, qe.name): value = 6
            // A division of the same country that does not hold it: the gazetteer's districts are approximate,
            // its provinces less so.
            case .admin1, .admin2:
                let weight = qe.kind == .admin2 ? 2.0 : 1.0
                if weight > sameCountry?.weight ?? 0 { sameCountry = (qe.name, weight) }
            case .populatedPlace, .facility:
                if Folding.equivalent(qe.name, admin1) || Folding.equivalent(qe.name, admin2) {
                    value = 5
                } else if Distance.km(qe.latitude, qe.longitude, e.latitude, e.longitude) < 40 {
                    value = 3
                }
            default: break
            }
            if value > best {
                best = value
                why = qe.name
            }
        }
        return (best, why, sameCountry)
    }

    /// The rest of the document: a place listed with it in its country, the countries named or implied,
    /// the dateline within 100 km, and (second pass) divisions named and places placed near it.
    private func scoreDocument(
        _ id: Int, _ e: GazetteerEntry, index s: Int, evidence: DocumentEvidence, useDivisions: Bool, into sheet: inout ScoreSheet
    ) {
        if let sibling = evidence.listedWith[s], sibling != id, lookup.country(sibling) == e.country, e.kind != .country {
            sheet.add(3, "listed with \(lookup.entry(sibling).name), in the same country")
        }
        let (weight, reason) = evidence.countryWeight(e.country, excluding: s)
        if weight > 0, e.kind != .country { sheet.add(weight, reason ?? "country evidence") }
        if weight > 0, e.kind == .country { sheet.add(min(weight, 2), reason ?? "country evidence") }
        if let dateline = evidence.dateline, e.kind != .country {
            let d = Distance.km(dateline.latitude, dateline.longitude, e.latitude, e.longitude)
            if d < 100 { sheet.add(1.5, "within 100 km of the dateline (\(dateline.name))") }
        }
        guard useDivisions else { return }
        if e.kind != .admin1, e.admin1 >= 0, evidence.admin1.contains(where: { $0.span != s && $0.id == e.admin1 }) {
            sheet.add(2.5, "in \(lookup.admin1Name(id)), named in the document")
        }
        guard e.kind == .facility || e.kind == .populatedPlace || e.kind == .admin2 else { return }
        var nearest: DocumentEvidence.Anchor?
        var distance = Double.infinity
        for anchor in evidence.anchors where anchor.span != s && anchor.id != id {
            let d = Distance.km(anchor.latitude, anchor.longitude, e.latitude, e.longitude)
            if d < distance {
                distance = d
                nearest = anchor
            }
        }
        guard let nearest else { return }
        if distance < 30 {
            sheet.add(2.5, "within 30 km of \(nearest.name)")
        } else if distance < 100 {
            sheet.add(1.5, "within 100 km of \(nearest.name)")
        } else if distance < 300 {
            sheet.add(0.5, "within 300 km of \(nearest.name)")
        }
    }
}
