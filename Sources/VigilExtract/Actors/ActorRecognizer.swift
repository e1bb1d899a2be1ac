import VigilText
import VigilModel

/// Finds actors: named groups, state forces, generic groups and victims, with the country the words give them.
///
/// A nationality or country just before a generic name gives its country ("Iraqi militia", "US troops",
/// "Iraq's army"); "affiliated with", "backed by", "pro-" and "-backed" mark patrons as associates.
/// A former or retired member of state forces is a civilian.
struct ActorRecognizer: Sendable {
    let lexicon: PhraseLexicon<ExtractionLexicons.ActorEntry>
    let cues: PhraseLexicon<CueKind>
    let countries: CountryLexicon

    /// The actors named in `range` of the text's tokens.
    func actors(in range: Range<Int>, of text: AnalyzedText) -> [ActorMention] {
        let tokens = text.tokens
        var out: [ActorMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let match = lexicon.match(at: i, in: tokens, limit: range.upperBound) else {
                i += 1
                continue
            }
            // "Kajuru local government area", "government-held": words that name no actor.
            if match.value.template == ExtractionLexicons.ActorEntry.noActor {
                i = match.tokens.upperBound
                continue
            }
            // "survivors told police", "informed the army": whom a witness told is no party to the event.
            if match.tokens.lowerBound > range.lowerBound, ["told", "informed"].contains(tokens[match.tokens.lowerBound - 1].norm) {
                i = match.tokens.upperBound
                continue
            }
            // "People's Militia", "Women's League": a name, not victims.
            if match.value.rank == 0, match.tokens.upperBound < range.upperBound, tokens[match.tokens.upperBound].norm == "'s" {
                i = match.tokens.upperBound
                continue
            }
            // "Taliban militants", "al-Shabaab fighters": a generic word right after a named group is that group.
            if match.value.rank == 1, let previous = out.last, previous.rank == 3, previous.isArmed,
                previous.tokens.upperBound == match.tokens.lowerBound,
                [.rebelGroups, .politicalMilitias, .identityMilitias].contains(match.value.inter)
            {
                i = match.tokens.upperBound
                continue
            }
            var (country, countryTokens) = countryBefore(match.tokens.lowerBound, tokens: tokens, floor: range.lowerBound)
            if let c = countryTokens, isPatron(c, tokens: tokens) { (country, countryTokens) = (nil, nil) }
            let start = countryTokens?.lowerBound ?? match.tokens.lowerBound
            // "(IRGC)" right after a name repeats it: same role.
            // "a retired policeman", "a former soldier", "an off-duty police officer": a civilian (the cue may be hyphenated).
            let isFormer = match.value.rank == 2 && hasCue(.former, before: start, within: 3, tokens: tokens, floor: range.lowerBound)
            let restates = start >= 1 && tokens[start - 1].norm == "(" && out.last?.tokens.upperBound == start - 1
            // "Mozambican and Rwandan troops": the first nationality names forces of its own.
            if countryTokens != nil, match.value.rank == 2, let (other, otherTokens) = coordinatedCountry(before: start, tokens: tokens, floor: range.lowerBound) {
                out.append(ActorMention(
                    tokens: otherTokens, template: match.value.template, inter: match.value.inter, rank: match.value.rank,
                    country: other, countryTokens: nil, isAssociate: false,
                    isPassiveAgent: hasCue(.passiveAgent, before: otherTokens.lowerBound, within: 2, tokens: tokens, floor: range.lowerBound),
                    isMarkedTarget: hasCue(.target, before: otherTokens.lowerBound, within: 3, tokens: tokens, floor: range.lowerBound)))
            }
            out.append(ActorMention(
                tokens: match.tokens, template: isFormer ? "Civilians ({country})" : match.value.template,
                inter: isFormer ? .civilians : match.value.inter, rank: isFormer ? 0 : match.value.rank,
                country: country, countryTokens: countryTokens,
                isAssociate: restates && out.last!.isAssociate
                    || isAssociate(start: match.tokens.lowerBound, end: match.tokens.upperBound, tokens: tokens)
                    || isAssociate(start: start, end: match.tokens.upperBound, tokens: tokens),
                isPassiveAgent: hasCue(.passiveAgent, before: start, within: 2, tokens: tokens, floor: range.lowerBound)
                    || coordinated(start, with: out.last, tokens: tokens) && out.last!.isPassiveAgent,
                isMarkedTarget: hasCue(.target, before: start, within: 3, tokens: tokens, floor: range.lowerBound)))
            i = match.tokens.upperBound
        }
        return out
    }

    /// A country phrase ending just before `start` ("US", "Iraqi", "Iraq 's", "Burkina Faso's").
    private func countryBefore(_ start: Int, tokens: [Token], floor: Int) -> (CountryName?, Range<Int>?) {
        var end = start
        if end - 1 >= floor, tokens[end - 1].norm == "'s" { end -= 1 }
        // Allow one descriptive word between: "Iraqi security forces", "US military".
        for gap in 0...1 {
            let e = end - gap
            for length in 1...4 where e - length >= floor {
                if let m = countries.match(at: e - length, in: tokens, limit: e), m.tokens.upperBound == e {
                    if gap == 1, tokens[e].kind != .word { continue }
                    return (m.value, m.tokens)
                }
            }
        }
        return (nil, nil)
    }

    /// The nationality joined by "and" to the one at `start` ("Mozambican and Rwandan troops").
    private func coordinatedCountry(before start: Int, tokens: [Token], floor: Int) -> (CountryName, Range<Int>)? {
        let end = start - 1
        guard end - 1 >= floor, tokens[end].norm == "and" else { return nil }
        for length in 1...4 where end - length >= floor {
            if let m = countries.match(at: end - length, in: tokens, limit: end), m.tokens.upperBound == end { return (m.value, m.tokens) }
        }
        return nil
    }

    /// "pro-Iran", "Iranian-backed": the country is a patron, not the actor's own.
    private func isPatron(_ country: Range<Int>, tokens: [Token]) -> Bool {
        let s = country.lowerBound, e = country.upperBound
        if s >= 2, tokens[s - 1].norm == "-", tokens[s - 2].norm == "pro" { return true }
        return e + 1 < tokens.count && tokens[e].norm == "-" && tokens[e + 1].norm == "backed"
    }

    private func isAssociate(start: Int, end: Int, tokens: [Token]) -> Bool {
        if end + 1 < tokens.count, tokens[end].norm == "-", tokens[end + 1].norm == "backed" { return true }
        for back in 1...3 where start - back >= 0 {
            if let m = cues.match(at: start - back, in: tokens, limit: start), m.value == .association,
                m.tokens.upperBound == start || (m.tokens.upperBound == start - 1 && tokens[start - 1].norm == "-")
            {
                return true
            }
        }
        return false
    }

    /// "executed by soldiers or gendarmes": an actor joined to the one just before it by "and" or "or" shares its role.
    private func coordinated(_ start: Int, with previous: ActorMention?, tokens: [Token]) -> Bool {
        guard let previous, previous.tokens.upperBound < start, start - previous.tokens.upperBound <= 3 else { return false }
        let between = (previous.tokens.upperBound..<start).map { tokens[$0].norm }
        return between.contains { $0 == "and" || $0 == "or" } && between.allSatisfy { ["and", "or", "/", ","].contains($0) }
    }

    private func hasCue(_ kind: CueKind, before start: Int, within: Int, tokens: [Token], floor: Int) -> Bool {
        var k = start - 1
        while k >= max(floor, start - within) {
            if [",", ";", "."].contains(tokens[k].norm) { return false }
            if let m = cues.match(at: k, in: tokens, limit: start), m.value == kind, !insideLongerCue(k, tokens: tokens, floor: floor) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// "bases used by US forces": the "by" of a longer cue ("used by", which marks a target's owner) is not a passive
    /// agent's.
    private func insideLongerCue(_ k: Int, tokens: [Token], floor: Int) -> Bool {
        (max(floor, k - 3)..<k).contains { j in cues.match(at: j, in: tokens, limit: tokens.count).map { $0.tokens.upperBound > k } ?? false }
    }
}
