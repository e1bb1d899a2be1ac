import Foundation
import VigilText

/// Finds the token runs that name places: capitalized sequences (with inner articles and hyphens) that
/// match the gazetteer, longest first, minus capitals standing for governments, nationality words and
/// names of people; notes the context words around each match.
struct PlaceSpanFinder {
    let lookup: PlaceLookup
    private var lexicon: Lexicon { lookup.gazetteer.lexicon }
    private var countries: CountryDirectory { lookup.gazetteer.countries }

    /// Longest run tried, in tokens.
    private static let maxTokens = 9

    /// The place spans of `text`, in text order, the nationality words it uses and the actors it names that
    /// act in one country (country index per token).
    func spans(in text: AnalyzedText) -> (
        spans: [PlaceSpan], adjectives: [(token: Int, country: Int)], actors: [(token: Int, country: Int)]
    ) {
        var spans: [PlaceSpan] = []
        var people = Set<String>()
        var adjectives: [(token: Int, country: Int)] = []
        var actors: [(token: Int, country: Int)] = []
        let tokens = text.tokens
        let paragraphStarts = Set(
            text.paragraphs.compactMap { p in p.sentences.first.map { text.sentences[$0].tokens.lowerBound } })
        for sentence in text.uniqueSentences {
            let end = sentence.tokens.upperBound
            var qualifierRanges: [(range: Range<Int>, head: Int)] = []
            var i = sentence.tokens.lowerBound
            let firstSpan = spans.count
            while i < end {
                if let country = adjective(at: i, tokens: tokens) {
                    // "an American national", "two Czech nationals": foreigners met there, not where it happens.
                    if !ForeignerWords.follow(i + country.length, tokens: tokens, end: end) {
                        adjectives.append((i, country.country))
                    }
                    i += country.length
                    continue
                }
                for code in lexicon.actorCountries[tokens[i].norm] ?? [] {
                    if let country = countries.index(code: code) { actors.append((i, country)) }
                }
                guard canStart(i, tokens: tokens, end: end) else {
                    i += 1
                    continue
                }
                i = longestName(
                    at: i, sentence: sentence.tokens, tokens: tokens, startsParagraph: paragraphStarts.contains(i), spans: &spans,
                    qualifierRanges: &qualifierRanges, people: &people)
            }
            attachClaims(spans: &spans, from: firstSpan, sentence: sentence.tokens, tokens: tokens)
            shareSuffixes(spans: &spans, from: firstSpan, tokens: tokens)
        }
        return (spans, adjectives, actors)
    }

    /// The longest run from `i` that names a place and is accepted as one, added to `spans` (with the
    /// qualifier parts after it remembered in `qualifierRanges`); returns where to look next. `people` holds the
    /// names already read as a person's (see ``namesPerson(_:at:sentence:tokens:people:)``).
    private func longestName(
        at i: Int, sentence: Range<Int>, tokens: [Token], startsParagraph: Bool, spans: inout [PlaceSpan],
        qualifierRanges: inout [(range: Range<Int>, head: Int)], people: inout Set<String>
    ) -> Int {
        let end = sentence.upperBound
        var limit = i + 1
        while limit < end, limit - i < PlaceSpanFinder.maxTokens, canContinue(limit, tokens: tokens, end: end) {
            limit += 1
        }
        for j in stride(from: limit, to: i, by: -1) where isValidEnd(j - 1, start: i, tokens: tokens) {
            guard var span = match(i..<j, tokens: tokens, end: end) else { continue }
            if startsLongerName(span, at: i, matchEnd: j, limit: limit, tokens: tokens) { return limit }
            if namesPerson(span, at: i, sentence: sentence, tokens: tokens, people: people) { return j }
            switch accept(&span, tokens: tokens, sentence: sentence, previous: spans.last, startsParagraph: startsParagraph) {
            case .accept:
                span.head = qualifierRanges.first { $0.range.contains(i) }?.head
                span.isQualifier = span.head != nil
                if !span.isQualifier {
                    let parts = qualifierParts(after: span.tokens.upperBound, tokens: tokens, end: end)
                    qualifierRanges.append(contentsOf: parts.map { ($0, spans.count) })
                    // Names in the parenthesis that name nothing whole ("(West Midlands)") still belong with it.
                    if let inside = parenthesis(after: span.tokens.upperBound, tokens: tokens, end: end) {
                        qualifierRanges.append((inside, spans.count))
                    }
                    span.qualifiers = consistent(parts.prefix(3).map { divisionIDs(for: $0, tokens: tokens) })
                }
                spans.append(span)
                return span.tokens.upperBound
            case .skipWord:
                return i + 1
            case .skipRun:
                return j
            case .person:
                people.insert(folded(span.tokens, tokens: tokens))
                return j
            }
        }
        return i + 1
    }

    /// "Police in Harare arrested journalist Tendai Moyo … Moyo was taken to Harare Central police station": news
    /// names a person in full once, then by surname; a name read as a person's before is the person again, unless
    /// a place word governs it ("in Moyo", "near Moyo").
    private func namesPerson(_ span: PlaceSpan, at i: Int, sentence: Range<Int>, tokens: [Token], people: Set<String>) -> Bool {
        guard !people.isEmpty, people.contains(folded(span.tokens, tokens: tokens)) else { return false }
        let q = governingWordIndex(before: i, tokens: tokens, sentence: sentence)
        return !(q >= sentence.lowerBound && Self.strictLocatives.contains(tokens[q].norm))
    }

    /// "Jabal" of "Jabal al-Zawiya", "Santa Cruz" of "Santa Cruz de Asia": a match that is the start of a
    /// longer name (a particle or, for a minor place, a hyphen follows it within the run).
    private func startsLongerName(_ span: PlaceSpan, at i: Int, matchEnd j: Int, limit: Int, tokens: [Token]) -> Bool {
        let particleFollows =
            j < limit && lexicon.particles.contains(tokens[j].norm)
            && (j + 1 < limit && (tokens[j + 1].isCapitalized || isTightHyphen(j + 1, tokens: tokens)))
        let hyphenFollows = j < limit && j - i == 1 && isTightHyphen(j, tokens: tokens) && tokens[j + 1].isCapitalized
            && !namesRoadEnds(i, tokens: tokens)
        guard span.tokens.upperBound == j, particleFollows || hyphenFollows else { return false }
        let isMajor = span.ids.contains {
            let kind = lookup.kind($0)
            return kind == .country || kind == .admin1 || kind == .facility || lookup.population($0) >= 100_000
        }
        return particleFollows || !isMajor
    }

    /// Whether the hyphenated pair at `i` names the two ends of a road: "on the Djibo-Mentao axis", "the road
    /// Kaya-Dori" is a road from the first town, where ACLED places its events.
    private func namesRoadEnds(_ i: Int, tokens: [Token]) -> Bool {
        if i > 0, lexicon.roads.contains(tokens[i - 1].norm) { return true }
        return i + 3 < tokens.count && lexicon.roads.contains(tokens[i + 3].norm)
    }

    /// What to do with a matched name: take it, skip its first word or the whole run, or skip the run as a person's
    /// name (remembered, so that the surname alone is the person later).
    private enum Verdict { case accept, skipWord, skipRun, person }

    /// Words for the seat of a division named just before them ("district center", "district headquarters").
    static let seats: Set<String> = ["center", "centre", "headquarters", "hq"]

    /// A nationality word at `i` ("Iraqi", "South Korean"): the country and the words it covers.
    private func adjective(at i: Int, tokens: [Token]) -> (country: Int, length: Int)? {
        guard tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        // "Somali region", "Afar State": a division named like a people.
        if i + 1 < tokens.count, let hint = lexicon.suffixes[tokens[i + 1].norm], hint == .admin1 || hint == .admin2 {
            return nil
        }
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
            let c = countries.index(adjective: tokens[i].norm + " " + tokens[i + 1].norm)
        {
            return (c, 2)
        }
        return countries.index(adjective: tokens[i].norm).map { ($0, 1) }
    }

    private func isWord(_ t: Token) -> Bool { t.kind == .word && !t.norm.hasPrefix("'") }

    private func isTightHyphen(_ k: Int, tokens: [Token]) -> Bool {
        tokens[k].norm == "-" && !tokens[k].spaceBefore && k + 1 < tokens.count && !tokens[k + 1].spaceBefore
    }

    private func canStart(_ i: Int, tokens: [Token], end: Int) -> Bool {
        let t = tokens[i]
        guard isWord(t) else { return false }
        // "Sava" of "Mayo-Sava": the second part of a hyphenated name that did not match whole.
        if t.isCapitalized && i >= 2 && isTightHyphen(i - 1, tokens: tokens) && tokens[i - 2].isCapitalized { return false }
        if t.isCapitalized { return true }
        // "al-Tanf", "el-Fasher": a lower-case article joined to a capitalized name.
        return lexicon.connectors.contains(t.norm) && i + 2 < end && isTightHyphen(i + 1, tokens: tokens)
            && tokens[i + 2].isCapitalized
    }

    /// Abbreviations that open place names ("St. Louis", "Ste. Marie", "Mt. Kenya", "Ft. Portal").
    private static let abbreviatedFirstWords: Set<String> = ["st", "ste", "mt", "ft"]

    private func canContinue(_ k: Int, tokens: [Token], end: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .number:
            return tokens[k - 1].kind == .word && t.norm.count <= 4
        case .punctuation:
            // "St. Petersburg", "Mt. Elgon": the dot of an abbreviated first word.
            if t.norm == ".", !t.spaceBefore, PlaceSpanFinder.abbreviatedFirstWords.contains(tokens[k - 1].norm), k + 1 < end,
                tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized
            {
                return true
            }
            return isTightHyphen(k, tokens: tokens)
        case .word:
            // "'s" goes on only into a capitalized word: "Cox's Bazar" is tried whole, "Iraq's Anbar" falls back to "Iraq".
            if t.norm.hasPrefix("'") {
                return !t.spaceBefore && (t.norm != "'s" || k + 1 < end && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized)
            }
            if t.isCapitalized { return true }
            if isTightHyphen(k - 1, tokens: tokens) { return true }
            guard lexicon.connectors.contains(t.norm) else { return false }
            for ahead in (k + 1)..<min(end, k + 3) where isWord(tokens[ahead]) && tokens[ahead].isCapitalized {
                return true
            }
            return false
        }
    }

    private func isValidEnd(_ k: Int, start: Int, tokens: [Token]) -> Bool {
        let t = tokens[k]
        if t.kind == .number { return k > start }
        guard t.kind == .word, t.norm != "'s" else { return false }
        if t.isCapitalized || t.norm.hasPrefix("'") { return true }
        return k > start && isTightHyphen(k - 1, tokens: tokens)
    }

    /// The folded text of tokens `range`, spaced as written.
    private func folded(_ range: Range<Int>, tokens: [Token]) -> String {
        var out = ""
        for k in range {
            if k > range.lowerBound && tokens[k].spaceBefore { out += " " }
            out += tokens[k].norm
        }
        return out
    }

    private func ids(for range: Range<Int>, tokens: [Token]) -> [Int] {
        var r = range
        while r.count > 1, tokens[r.lowerBound].norm == "the" { r = (r.lowerBound + 1)..<r.upperBound }
        // A name that ends in a suffix word is looked up whole first: "Mexico City" is not the state of Mexico.
        let whole = lookup.ids(for: NameKey(foldedBytes: Array(folded(r, tokens: tokens).utf8)))
        guard whole.isEmpty, r.count > 1, let last = r.last, lexicon.suffixes[tokens[last].norm] != nil else { return whole }
        while r.count > 1, let last = r.last, lexicon.suffixes[tokens[last].norm] != nil { r = r.lowerBound..<(r.upperBound - 1) }
        return lookup.ids(for: NameKey(foldedBytes: Array(folded(r, tokens: tokens).utf8)))
    }

    /// The entries a qualifier part names: its own, else first-order divisions spelt nearly so ("Nangrhar").
    private func divisionIDs(for range: Range<Int>, tokens: [Token]) -> [Int] {
        let found = ids(for: range, tokens: tokens)
        guard found.isEmpty else { return found }
        var r = range
        while r.count > 1, let last = r.last, lexicon.suffixes[tokens[last].norm] != nil { r = r.lowerBound..<(r.upperBound - 1) }
        guard r.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return [] }
        return lookup.gazetteer.divisions(nearlyNamed: NameKey(foldedBytes: Array(folded(r, tokens: tokens).utf8)))
    }

    /// A span for tokens `range` if they (or they without a final suffix word) name something.
    private func match(_ range: Range<Int>, tokens: [Token], end: Int) -> PlaceSpan? {
        // A name that includes a lower-case suffix word ("Redwood camp", "Harir base").
        if range.upperBound < end, let h = lexicon.suffixes[tokens[range.upperBound].norm] {
            let longer = range.lowerBound..<(range.upperBound + 1)
            let ids = lookup.ids(for: NameKey(foldedBytes: Array(folded(longer, tokens: tokens).utf8)))
            if !ids.isEmpty { return PlaceSpan(tokens: longer, ids: ids, hint: h) }
        }
        var ids = lookup.ids(for: NameKey(foldedBytes: Array(folded(range, tokens: tokens).utf8)))
        var hint: Lexicon.Hint?
        if ids.isEmpty, range.count > 1, let h = lexicon.suffixes[tokens[range.upperBound - 1].norm],
            isValidEnd(range.upperBound - 2, start: range.lowerBound, tokens: tokens)
        {
            ids = lookup.ids(for: NameKey(foldedBytes: Array(folded(range.dropLast(), tokens: tokens).utf8)))
            hint = h
        }
        // "in Bato Kot district, Nangarhar": a district the gazetteer spells otherwise in the province named after it.
        if ids.isEmpty, hint == nil, range.upperBound < end, lexicon.suffixes[tokens[range.upperBound].norm] == .admin2,
            tokens[range.lowerBound].isCapitalized,
            range.allSatisfy({
                isWord(tokens[$0]) && (tokens[$0].isCapitalized || lexicon.connectors.contains(tokens[$0].norm))
                    && !["of", "and", "on", "upon"].contains(tokens[$0].norm)
            })
        {
            let provinces = qualifierParts(after: range.upperBound + 1, tokens: tokens, end: end).first.map {
                divisionIDs(for: $0, tokens: tokens).filter { lookup.kind($0) == .admin1 }
            } ?? []
            let near = provinces.isEmpty
                ? [] : lookup.gazetteer.districts(nearlyNamed: NameKey(foldedBytes: Array(folded(range, tokens: tokens).utf8)), in: provinces)
            if !near.isEmpty { return PlaceSpan(tokens: range.lowerBound..<(range.upperBound + 1), ids: near, hint: .admin2) }
        }
        guard !ids.isEmpty else { return nil }
        var upper = range.upperBound
        if hint == nil, upper < end, tokens[upper].kind == .word, let h = lexicon.suffixes[tokens[upper].norm] {
            hint = h
            upper += 1
        } else if hint == nil, upper + 1 < end, tokens[upper].norm == "air", tokens[upper + 1].norm.hasPrefix("base") {
            hint = .facility
            upper += 2
        }
        return PlaceSpan(tokens: range.lowerBound..<upper, ids: ids, hint: hint)
    }

    /// Decides whether a matched span is a place, and fills in its context.
    private func accept(
        _ span: inout PlaceSpan, tokens: [Token], sentence: Range<Int>, previous: PlaceSpan?, startsParagraph: Bool
    ) -> Verdict {
        let i = span.tokens.lowerBound
        if let verdict = nameVerdict(for: span, tokens: tokens) { return verdict }
        if let verdict = acronymVerdict(&span, tokens: tokens, sentence: sentence, startsParagraph: startsParagraph) {
            return verdict
        }
        if let verdict = attachedWordVerdict(for: span, tokens: tokens, sentence: sentence) { return verdict }
        if let verdict = previousWordVerdict(
            for: span, tokens: tokens, sentence: sentence, previous: previous)
        {
            return verdict
        }
        if let verdict = nextWordVerdict(for: span, tokens: tokens, sentence: sentence) { return verdict }
        // A capital standing for its government: "Tehran denied", "Washington supports Israel".
        let q = governingWordIndex(before: i, tokens: tokens, sentence: sentence)
        if let verdict = governmentVerdict(&span, q: q, tokens: tokens, sentence: sentence) { return verdict }
        noteNearness(&span, q: q, tokens: tokens, sentence: sentence)
        if let verdict = dashVerdict(&span, tokens: tokens, sentence: sentence, previous: previous) { return verdict }
        // "Iraq's Anbar province".
        if i - 1 > sentence.lowerBound, tokens[i - 1].norm == "'s", let previous, previous.tokens.upperBound == i - 1 {
            span.possessiveCountry = previous.ids.lazy.map(lookup.entry).first { $0.kind == .country }?.country
        }
        return .accept
    }

    /// Rejects a name that is an armed unit's ("Hamza Division") or that the lexicon lists as no place, alone or whole.
    private func nameVerdict(for span: PlaceSpan, tokens: [Token]) -> Verdict? {
        let i = span.tokens.lowerBound
        let first = tokens[i]
        // "Hamza Division", "Sultan Murad Brigade": a capitalized suffix word that also names armed units, after a name
        // with no division of that kind.
        let last = tokens[span.tokens.upperBound - 1]
        if let hint = span.hint, span.tokens.count > 1, last.isCapitalized, lexicon.organizations.contains(last.norm),
            !span.ids.contains(where: { lookup.kind($0) == (hint == .admin2 ? .admin2 : .admin1) })
        {
            return .skipRun
        }
        let isSingle = span.tokens.count == 1 || (span.tokens.count == 2 && span.hint != nil)
        if isSingle, lexicon.notPlace.contains(first.norm) { return .skipWord }
        let whole = String(
            String.UnicodeScalarView(folded(span.tokens, tokens: tokens).unicodeScalars.map { $0 == "-" ? " " : $0 }))
        if span.tokens.count > 1, lexicon.notPlace.contains(whole) { return .skipRun }
        // "An Iraqi armed faction": an English article before a nationality word, not "Al Iraqi" near Damascus.
        if span.tokens.count == 2, lexicon.connectors.contains(first.norm), countries.index(adjective: tokens[i + 1].norm) != nil {
            return .skipWord
        }
        return nil
    }

    /// Rejects acronyms ("UTICA", "STC") and short country aliases used as adjectives ("US troops"), keeping a
    /// country's acronym ("DRC"); narrows `span.ids` to countries for an acronym.
    private func acronymVerdict(
        _ span: inout PlaceSpan, tokens: [Token], sentence: Range<Int>,
        startsParagraph: Bool
    ) -> Verdict? {
        let nameEnd = span.tokens.upperBound
        let first = tokens[span.tokens.lowerBound]
        let isAllCaps = first.text == first.text.uppercased()
        // All-capital words are acronyms ("UTICA", "STC") unless they open a paragraph, as a dateline does.
        if span.tokens.count == 1, first.norm.count <= 6, isAllCaps, !startsParagraph {
            // Acronyms ("STC", "OPS") are not places unless they are a country's ("US", "DRC").
            span.ids = span.ids.filter { lookup.kind($0) == .country || lookup.entry($0).isUserPlace }
            if span.ids.isEmpty { return .skipWord }
        }
        let namesCountry = span.ids.contains { lookup.kind($0) == .country }
        if span.tokens.count == 1, first.norm.count <= 2, !namesCountry { return .skipWord }
        // Short all-capital aliases used as adjectives: "US troops", "UK officials".
        if first.text.count <= 3, first.text == first.text.uppercased(), namesCountry {
            let isAttributive =
                span.tokens.count == 2 && span.hint != nil
                || span.tokens.count == 1 && nameEnd < sentence.upperBound && tokens[nameEnd].kind == .word
                    && !lexicon.governmentVerbs.contains(tokens[nameEnd].norm)
                    && !lexicon.connectors.contains(tokens[nameEnd].norm)
            if isAttributive { return .skipWord }
        }
        return nil
    }

    /// Rejects a name joined to the words around it: the tail of "Jabal al-Zawiya", "pro-Hadi", "Iran-backed".
    private func attachedWordVerdict(for span: PlaceSpan, tokens: [Token], sentence: Range<Int>) -> Verdict? {
        let i = span.tokens.lowerBound
        let nameEnd = span.tokens.upperBound
        // "Zawiya" of "Jabal al-Zawiya", "Sharqiyah" of "Ahrar al Sharqiyah": the tail of a longer name.
        var before = i - 1
        if before >= sentence.lowerBound, isTightHyphen(before, tokens: tokens) { before -= 1 }
        if before - 1 >= sentence.lowerBound, lexicon.particles.contains(tokens[before].norm), !tokens[before].isCapitalized,
            tokens[before - 1].kind == .word, tokens[before - 1].isCapitalized, before == i - 1 || before == i - 2
        {
            return .skipRun
        }
        // "pro-Hadi", "anti-Houthi": an affiliation, not a place; "Iran-backed", "Kabul-based": an attribute.
        if i >= 2, isTightHyphen(i - 1, tokens: tokens), tokens[i - 2].kind == .word, !tokens[i - 2].isCapitalized,
            !lexicon.connectors.contains(tokens[i - 2].norm)
        {
            return .skipRun
        }
        if nameEnd + 1 < sentence.upperBound, isTightHyphen(nameEnd, tokens: tokens), tokens[nameEnd + 1].kind == .word,
            !tokens[nameEnd + 1].isCapitalized
        {
            return .skipRun
        }
        return nil
    }

    /// Rejects a name after a title ("President Jordan"), a feature word ("Lake Chad") or another capitalized word,
    /// unless it is a province after an unknown village ("in Mojolo Sinaloa,").
    private func previousWordVerdict(
        for span: PlaceSpan, tokens: [Token], sentence: Range<Int>, previous: PlaceSpan?
    ) -> Verdict? {
        let i = span.tokens.lowerBound
        let nameEnd = span.tokens.upperBound
        // Previous word: a title ("President Jordan"), or a capitalized word that makes this part of a name.
        var p = i - 1
        if p >= sentence.lowerBound, tokens[p].norm == "." { p -= 1 }
        guard p >= sentence.lowerBound else { return nil }
        let prev = tokens[p]
        if prev.kind == .word, lexicon.titles.contains(prev.norm), prev.isCapitalized || p == i - 1,
            !lexicon.suffixes.keys.contains(prev.norm)
        {
            // "President Jordan" is a person; "a village called Kafr Nabl" is only not a place here.
            return prev.isCapitalized ? .person : .skipRun
        }
        // "Lake Chad", "Mount Lebanon": a natural feature named after the place, not the place.
        if prev.kind == .word, prev.isCapitalized, p == i - 1, lexicon.features.contains(prev.norm) { return .skipRun }
        let partOfPrevious = previous.map { $0.tokens.upperBound > p } ?? false
        // "in Mojolo Sinaloa,": a province after an unknown village name.
        let isDivision =
            span.ids.contains { lookup.kind($0) == .admin1 || lookup.kind($0) == .country } && span.hint == nil
            && (nameEnd >= sentence.upperBound || tokens[nameEnd].kind == .punctuation)
        if prev.kind == .word, prev.isCapitalized, !partOfPrevious, !lexicon.directions.contains(prev.norm),
            countries.index(adjective: prev.norm) == nil, !lexicon.notPlace.contains(prev.norm), !isDivision
        {
            // "journalist Tendai Moyo", "Inspector General Tariq Durrani": a given name after a lower-case word or a
            // title (not "Gunmen Attack Mondoro Camp").
            let givenName = p == i - 1 && p > sentence.lowerBound && tokens[p - 1].kind == .word
                && (!tokens[p - 1].isCapitalized || lexicon.titles.contains(tokens[p - 1].norm))
            return givenName ? .person : .skipRun
        }
        return nil
    }

    /// Rejects a name followed by a capitalized word that is not a place word ("Antony Blinken", "Sharqiya Army")
    /// or by a gang word after "the" ("the Grand Ravine gang").
    private func nextWordVerdict(
        for span: PlaceSpan, tokens: [Token], sentence: Range<Int>
    ) -> Verdict? {
        // Next word: a capitalized word that is not a place word makes this part of a name ("Antony Blinken").
        let after = span.tokens.upperBound
        guard after < sentence.upperBound else { return nil }
        let next = tokens[after]
        // "Sharqiya Army", "Hamza Division": an organization named after a place.
        if next.kind == .word, next.isCapitalized, lexicon.organizations.contains(next.norm),
            !span.ids.contains(where: { lookup.kind($0) == .country })
        {
            return .skipRun
        }
        // "The leader of the Grand Ravine gang … claiming Tuesday's attack on Gressier": a gang named after the
        // neighbourhood it comes from, which acts elsewhere.
        if next.kind == .word, lexicon.groups.contains(next.norm), span.tokens.lowerBound > 0,
            tokens[span.tokens.lowerBound - 1].norm == "the"
        {
            return .skipRun
        }
        if next.kind == .word, next.isCapitalized, !lexicon.institutions.contains(next.norm),
            !lexicon.connectors.contains(next.norm), countries.index(adjective: next.norm) == nil,
            !lexicon.notPlace.contains(next.norm)
        {
            return .skipRun
        }
        return nil
    }

    /// The index of the word before token `i` and the articles, directions and dashes before it: "in" of
    /// "in the north - Kabul"; below `sentence` when there is none.
    private func governingWordIndex(before i: Int, tokens: [Token], sentence: Range<Int>) -> Int {
        var q = i - 1
        while q >= sentence.lowerBound, tokens[q].norm == "the" || lexicon.directions.contains(tokens[q].norm)
            || tokens[q].norm == "-"
        {
            q -= 1
        }
        return q
    }

    /// Whether the words ending at `q` are a phrase of `list` ("took them to", "fled into", "bordering").
    private func follows(_ list: Set<String>, _ q: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        var phrase = ""
        for start in stride(from: q, through: max(sentence.lowerBound, q - 3), by: -1) {
            phrase = phrase.isEmpty ? tokens[start].norm : tokens[start].norm + " " + phrase
            if list.contains(phrase) { return true }
        }
        return false
    }

    /// Notes whether the word at `q` makes the name a location ("in Kabul"), and rejects a capital standing for its
    /// government ("Tehran denied", "Washington supports Israel").
    private func governmentVerdict(
        _ span: inout PlaceSpan, q: Int, tokens: [Token], sentence: Range<Int>
    ) -> Verdict? {
        let after = span.tokens.upperBound
        // "in Kabul"; "attacked El Wak", "stormed Kashebere": an attack's object is where it happened; "El Wak town".
        span.isLocative = q >= sentence.lowerBound
            && (Self.locativeWords.contains(tokens[q].norm) || lexicon.attackVerbs.contains(tokens[q].norm))
            || span.hint == .settlement && span.tokens.count > 1
        span.isNeighbour = follows(lexicon.neighbours, q, tokens: tokens, sentence: sentence)
        span.isDestination = span.isNeighbour || follows(lexicon.destinations, q, tokens: tokens, sentence: sentence)
        let strictlyLocative = q >= sentence.lowerBound && PlaceSpanFinder.strictLocatives.contains(tokens[q].norm)
        if !strictlyLocative, span.hint == nil, after < sentence.upperBound,
            span.ids.contains(where: isCapital),
            lexicon.governmentVerbs.contains(tokens[after].norm)
                || (tokens[after].norm == "'s" && after + 1 < sentence.upperBound
                    && !tokens[after + 1].isCapitalized && lexicon.governmentVerbs.contains(tokens[after + 1].norm))
        {
            return .skipRun
        }
        return nil
    }

    /// Notes "near", "10 km north of" or "district of" at `q` before the name, and "northern" just before it.
    private func noteNearness(_ span: inout PlaceSpan, q: Int, tokens: [Token], sentence: Range<Int>) {
        let i = span.tokens.lowerBound
        // "near", "outside", "10 km north of", "on the outskirts of".
        if q >= sentence.lowerBound {
            let w = tokens[q].norm
            if lexicon.near.contains(w) {
                span.isNear = true
            } else if ["of", "from", "to"].contains(w), q - 1 >= sentence.lowerBound {
                let before = tokens[q - 1].norm
                if lexicon.near.contains(before)
                    || ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"].contains(before)
                {
                    span.isNear = true
                } else if let h = lexicon.suffixes[before], q - 1 > sentence.lowerBound, span.hint == nil {
                    span.hint = h
                }
            }
        }
        if i - 1 >= sentence.lowerBound, lexicon.directions.contains(tokens[i - 1].norm),
            !["north", "south", "east", "west"].contains(tokens[i - 1].norm) || !tokens[i - 1].isCapitalized
        {
            span.isPartOf = true
        }
    }

    /// Keeps, for "Dhaka - Badda", only the readings near the place before the dash; rejects the span when none is.
    private func dashVerdict(_ span: inout PlaceSpan, tokens: [Token], sentence: Range<Int>, previous: PlaceSpan?) -> Verdict? {
        let i = span.tokens.lowerBound
        let after = span.tokens.upperBound
        // "Dhaka - Badda", "Gaza - Tal el Hawa", and "(Badda)" after it: a part of the place before the dash; a reading
        // far from it is another place of the same name, and the part is left to the place ("Cotonou - Parakou road"
        // names two).
        var dash = i - 1
        if let previous, tokens[dash].norm == "(" {
            dash -= 1
            while dash > previous.tokens.upperBound, tokens[dash].kind == .word || isTightHyphen(dash, tokens: tokens) {
                dash -= 1
            }
        }
        if let previous, previous.tokens.upperBound == dash, tokens[dash].norm == "-", tokens[dash].spaceBefore,
            tokens[dash + 1].spaceBefore,
            !(after < sentence.upperBound && PlaceSpanFinder.routeWords.contains(tokens[after].norm))
        {
            let anchors = previous.ids.map(lookup.entry)
            span.ids = span.ids.filter { id in
                let e = lookup.entry(id)
                return anchors.contains { Distance.km($0.latitude, $0.longitude, e.latitude, e.longitude) < 40 }
            }
            if span.ids.isEmpty { return .skipRun }
        }
        return nil
    }

    /// Words after "A - B" that make it a route between two places rather than a part of A.
    private static let routeWords: Set<String> = ["road", "highway", "axis", "route", "motorway", "railway", "corridor", "border"]

    /// Words after which a capital names the place, not its government.
    private static let locativeWords: Set<String> = [
        "in", "at", "near", "to", "from", "into", "outside", "around", "across", "toward", "towards", "via",
        "through", "inside", "within", "between", "of", "on", "and", "over", "off", "onto", "reached", "entered",
    ]

    /// Words after which a capital is a place even before a verb ("in Kabul said").
    private static let strictLocatives: Set<String> = ["in", "at", "near", "outside", "inside", "into", "from", "around"]

    private func isCapital(_ id: Int) -> Bool {
        guard lookup.kind(id) == .populatedPlace || lookup.kind(id) == .admin1 else { return false }
        let entry = lookup.entry(id)
        let country = countries.countries[entry.country]
        return (entry.kind == .populatedPlace || entry.kind == .admin1) && entry.population >= 50_000
            && Folding.equivalent(entry.name, country.capital)
            || entry.kind == .admin1 && entry.latitude == country.capitalLatitude && entry.longitude == country.capitalLongitude
    }

    /// The tokens inside a parenthesis that opens at `k` and only lists names ("(West Midlands)", not "(coded as X)").
    private func parenthesis(after k: Int, tokens: [Token], end: Int) -> Range<Int>? {
        guard k < end, tokens[k].norm == "(" else { return nil }
        var m = k + 1
        while m < end, m - k < 16 {
            if tokens[m].norm == ")" { return m > k + 1 ? (k + 1)..<m : nil }
            let t = tokens[m]
            guard t.kind != .word || t.isCapitalized || lexicon.connectors.contains(t.norm) else { return nil }
            m += 1
        }
        return nil
    }

    /// Token ranges of the names in "(Alwar, Rajasthan)", ", Donetsk" or "of Sangrur district, Punjab" right after a span.
    private func qualifierParts(after k: Int, tokens: [Token], end: Int) -> [Range<Int>] {
        guard k < end else { return [] }
        // "in Dawlat Abad district center, Balkh", "Rolpa district headquarters, Rapti": the division's seat, then the
        // province that holds the division.
        if k > 0, k + 1 < end, Self.seats.contains(tokens[k].norm), tokens[k + 1].norm == ",",
            lexicon.suffixes[tokens[k - 1].norm] != nil
        {
            return qualifierParts(after: k + 1, tokens: tokens, end: end)
        }
        // "Kotla village of Sangrur district", "Regi in Deh Rahwod district, Urozgan": a division named as such.
        if tokens[k].norm == "of" || tokens[k].norm == "in" {
            var m = k + 1
            while m < end, m - k < 6, isWord(tokens[m]) && tokens[m].isCapitalized || isTightHyphen(m, tokens: tokens) {
                m += 1
            }
            guard m > k + 1, m < end, let hint = lexicon.suffixes[tokens[m].norm], hint == .admin1 || hint == .admin2 else {
                return []
            }
            let range = (k + 1)..<(m + 1)
            // An unknown district still lets the province after it speak ("of Ab Kamari district, Badghis").
            let rest = qualifierParts(after: m + 1, tokens: tokens, end: end)
            return ids(for: range, tokens: tokens).isEmpty ? rest : [range] + rest
        }
        if tokens[k].norm == "(" {
            var parts: [Range<Int>] = []
            var start = k + 1
            var m = k + 1
            while m < end, m - k < 16 {
                if tokens[m].norm == "," || tokens[m].norm == ")" {
                    if m > start { parts.append(start..<m) }
                    start = m + 1
                    if tokens[m].norm == ")" { return parts.filter { !divisionIDs(for: $0, tokens: tokens).isEmpty } }
                }
                m += 1
            }
            return []
        }
        if tokens[k].norm == ",", k + 1 < end, tokens[k + 1].isCapitalized {
            var m = k + 1
            while m < end, m - k < 7,
                isWord(tokens[m]) && (tokens[m].isCapitalized || lexicon.suffixes[tokens[m].norm] != nil)
                    || isTightHyphen(m, tokens: tokens)
                    || lexicon.particles.contains(tokens[m].norm) && m + 1 < end && tokens[m + 1].isCapitalized
            {
                m += 1
            }
            let range = (k + 1)..<m
            // "in the Donetsk region, Russia's defence ministry said": a possessive opens a new clause.
            if m < end, tokens[m].norm == "'s" { return [] }
            let isDivision = divisionIDs(for: range, tokens: tokens).contains {
                let kind = lookup.kind($0)
                return kind == .admin1 || kind == .admin2 || kind == .country
            }
            return isDivision ? [range] : []
        }
        return []
    }

    /// The parts of a parenthesis read in the country of its last, broadest part when that names a division:
    /// in "(Bama, Houet)" Houet is in Burkina Faso, so Bama is not Nigeria's Bama district.
    private func consistent(_ parts: [[Int]]) -> [[Int]] {
        guard parts.count > 1, let last = parts.last else { return parts }
        let countries = Set(last.lazy.map(lookup.entry).filter { [.admin1, .admin2, .country].contains($0.kind) }.map(\.country))
        guard !countries.isEmpty else { return parts }
        return parts.dropLast().map { $0.filter { countries.contains(lookup.country($0)) } } + [last]
    }

    /// "Al Jawf and Taizz governorates": a plural suffix word applies to the names listed before it.
    private func shareSuffixes(spans: inout [PlaceSpan], from first: Int, tokens: [Token]) {
        guard first < spans.count else { return }
        for s in stride(from: spans.count - 1, to: first, by: -1) {
            guard let hint = spans[s].hint, tokens[spans[s].tokens.upperBound - 1].norm.hasSuffix("s") else { continue }
            var t = s - 1
            while t >= first, spans[t].hint == nil {
                let gap = spans[t].tokens.upperBound..<spans[t + 1].tokens.lowerBound
                guard gap.allSatisfy({ [",", "and", "or"].contains(tokens[$0].norm) }) else { break }
                spans[t].hint = hint
                t -= 1
            }
        }
    }

    /// "in northeast Syria" later in the sentence: a claim about the spans before it in that country.
    private func attachClaims(spans: inout [PlaceSpan], from first: Int, sentence: Range<Int>, tokens: [Token]) {
        guard first < spans.count else { return }
        for s in first..<spans.count {
            let candidate = spans[s]
            guard candidate.ids.contains(where: { lookup.kind($0) == .country }), candidate.tokens.lowerBound > 0 else { continue }
            var k = candidate.tokens.lowerBound - 1
            var words: [String] = []
            while k >= sentence.lowerBound, k >= candidate.tokens.lowerBound - 3, lexicon.directions.contains(tokens[k].norm) || tokens[k].norm == "-" {
                words.insert(tokens[k].norm, at: 0)
                k -= 1
            }
            let compass = words.joined().replacingOccurrences(of: "-", with: "")
            var ns = 0, ew = 0
            if compass.hasPrefix("north") { ns = 1 }
            if compass.hasPrefix("south") { ns = -1 }
            if compass.contains("east") { ew = 1 }
            if compass.contains("west") { ew = -1 }
            guard ns != 0 || ew != 0, let country = candidate.ids.lazy.map(lookup.entry).first(where: { $0.kind == .country })?.country
            else { continue }
            let claim = DirectionClaim(
                northSouth: ns, eastWest: ew, country: country,
                text: words.joined(separator: " ").replacingOccurrences(of: " - ", with: "-") + " "
                    + countries.countries[country].name)
            var t = s - 1
            while t >= first, !spans[t].ids.contains(where: { lookup.kind($0) == .country }) {
                spans[t].claim = claim
                t -= 1
            }
        }
    }
}
