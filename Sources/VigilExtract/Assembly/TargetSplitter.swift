import Foundation
import VigilGeo
import VigilModel
import VigilText

/// One target of a distributive report and the number of attacks on it.
struct SplitTarget: Sendable {
    let place: PlaceMention
    let attackCount: Int
    /// The number that gave the count, if the text states it.
    let countTokens: Range<Int>?
}

/// Splits a report of several attacks on several named places into one event per place, as ACLED codes them.
///
/// "carried out six drone attacks, three of which targeted the Ain al-Asad base … The other three strikes
/// targeted the US base near Erbil International Airport, and the Tel Baydar and al-Tanf bases" gives four
/// targets with 3, 1, 1 and 1 attacks: each number of attacks goes to the places named after it, shared
/// evenly. Only facilities and towns are targets; a province or country after a place only locates it.
///
/// When no number covers every target, a list of targets in the lead sentence (or, when the lead names fewer than
/// two, the report's sentence that lists them) is split when a number of attacks
/// names one of them and another weapon word or number the rest: "three drones were launched at Ain al-Asad air base, and
/// single drones targeted the base at Erbil airport, Tal Baydar and al-Tanf" gives 3, 1, 1 and 1. Each number counts
/// the attacks on the place nearest to it in its clause (no comma, semicolon or colon between), the others one each;
/// "two drones hit A and one struck B" gives 2 and 1; "two rockets hit A, B and C", with no other weapon word or
/// number, stays one event. With no number of attacks at all, places listed next to each other after one verb are one
/// attack each ("attacked army positions in Boulkessi and Mondoro").
struct TargetSplitter: Sendable {
    /// Places closer than this (km) are the same target.
    static let sameTargetKm = 3.0
    /// What joins the places of a list: a comma, "and".
    let listJoiners: Set<String>
    /// What else may stand between the places of a list: "in A, in B and near C".
    let listGaps: Set<String>
    /// Words before two places that make them the ends of one route ("between", "from").
    let routeWords: Set<String>
    /// Words between a list of places and a town that make them its quarters ("in", "of").
    let quarterWords: Set<String>
    /// Words after a place that say how many times it was hit ("twice": 2), 0 for one that takes the number before
    /// it ("six times").
    let repetitions: [String: Int]
    /// Words after "one" that give one attack to each target ("each", "apiece").
    let eachWords: Set<String>
    /// What ends the clause a number counts in (",", ";", ":").
    let clauseBreaks: Set<String>
    /// What opens a count told after its place ("(" of "Ain al-Asad (three drones)").
    let listOpeners: Set<String>
    /// What joins a country to its division ("'s" of "Iraq's Anbar province").
    let possessives: Set<String>

    /// The targets of `group`, or nil when it reports a single place or a single attack.
    func split(_ group: EventGroup, type: SubEventType, candidates: [PlaceMention], in analysis: DocumentAnalysis) -> [SplitTarget]? {
        var targets: [PlaceMention] = []
        for mention in candidates where mention.kind <= .populatedPlace && !mention.isCalledDivision
            && !tellsAgain(analysis.sentenceOfToken[mention.tokens.lowerBound], of: group, in: analysis)
        {
            if targets.contains(where: { Distance.km($0.place.latitude, $0.place.longitude, mention.place.latitude, mention.place.longitude) < Self.sameTargetKm }) {
                continue
            }
            if targets.contains(where: { $0.place.admin2 == mention.place.name || $0.place.admin1 == mention.place.name }) { continue }
            if locatesFacility(mention, targets: targets, in: analysis) { continue }
            targets.append(mention)
        }
        guard targets.count >= 2 else { return nil }
        let repeats = targets.map { repetition(after: $0, in: analysis) }
        if repeats.contains(where: { $0 != nil }) { return repeated(targets, counts: repeats, in: analysis) }
        let range = group.tokenRange(in: analysis)
        // "the oil field Cano Limon-Covenas was attacked six times": a count of repeats not after a place splits nothing.
        let tokens = analysis.text.tokens
        let attacks = analysis.quantities.filter {
            range.contains($0.tokens.lowerBound) && $0.category == .attacks
                && !($0.tokens.upperBound < tokens.count && repetitions[tokens[$0.tokens.upperBound].norm] == 0)
        }
        let lead = listSentence(of: group, targets: targets, in: analysis)
        if let shared = distributed(targets, candidates: candidates, attacks: attacks, range: range, in: analysis) { return shared }
        guard let total = attacks.map(\.value).max(), total >= targets.count else {
            // Strategic developments at several places ("left the outposts of A and B") stay one event.
            guard !attacks.isEmpty else {
                let trigger = analysis.text.sentences[group.lead].tokens
                return type.eventType == .strategicDevelopments ? nil : uncounted(targets, in: analysis, lead: trigger)
            }
            return listed(targets, attacks: attacks, in: analysis, lead: lead)
        }
        // The numbers that share out the total ("three of which", "the other three strikes"); with none, the largest
        // number may count one place of a list ("two drones hit A and one struck B").
        let parts = attacks.filter { $0.isPartOfEarlier || $0.value < total }
        if parts.isEmpty, let list = listed(targets, attacks: attacks, in: analysis, lead: lead) { return list }
        var counts: [Int: (Int, Range<Int>?)] = [:]
        for (k, part) in parts.enumerated() {
            // "Ayn al-Asad base … was struck with three drones", "Ain al-Asad air base, Anbar governorate (3 drones)": a
            // number told after its place counts that place alone.
            if !part.isPartOfEarlier, let place = countedTarget(of: part, targets: targets, candidates: candidates, in: analysis),
                targets[place].tokens.upperBound <= part.tokens.lowerBound
                    || candidates.contains(where: { $0.tokens.upperBound <= part.tokens.lowerBound && $0.place.name == targets[place].place.name
                        && analysis.sentenceOfToken[$0.tokens.lowerBound] == analysis.sentenceOfToken[part.tokens.lowerBound] })
            {
                if counts[place] == nil { counts[place] = (part.value, part.tokens) }
                continue
            }
            let until = k + 1 < parts.count ? parts[k + 1].tokens.lowerBound : range.upperBound
            let covered = targets.indices.filter {
                targets[$0].tokens.lowerBound > part.tokens.lowerBound && targets[$0].tokens.lowerBound < until
            }
            guard !covered.isEmpty else { continue }
            let each = part.value % covered.count == 0 ? part.value / covered.count : 1
            for index in covered where counts[index] == nil { counts[index] = (each, part.tokens) }
        }
        return targets.indices.map { index in
            SplitTarget(place: targets[index], attackCount: counts[index]?.0 ?? 1, countTokens: counts[index]?.1)
        }
    }

    /// "drone strikes … on Ain al-Asad air base …, the US base at Erbil International Airport, and two US positions in
    /// Syria, Tal Baydar and al-Tanf. Three drones were sent against Ain al-Asad and one against each of the other
    /// sites": one attack "each" goes to every target the report names, and a larger number to the place named right
    /// after it in its sentence.
    private func distributed(
        _ targets: [PlaceMention], candidates: [PlaceMention], attacks: [Quantity], range: Range<Int>, in analysis: DocumentAnalysis
    ) -> [SplitTarget]? {
        let tokens = analysis.text.tokens
        // "one against each of the other sites", "were each struck with one drone".
        let hasEach = analysis.quantities.contains { q in
            range.contains(q.tokens.lowerBound) && q.value == 1
                && (max(range.lowerBound, q.tokens.lowerBound - Self.eachReach)..<min(range.upperBound, q.tokens.upperBound + Self.eachReach))
                    .contains { eachWords.contains(tokens[$0].norm) }
        }
        guard hasEach else { return nil }
        var counts: [Int: Quantity] = [:]
        for number in attacks where number.value > 1 {
            guard let k = countedTarget(of: number, targets: targets, candidates: candidates, in: analysis), counts[k] == nil
            else { continue }
            counts[k] = number
        }
        return targets.indices.map { SplitTarget(place: targets[$0], attackCount: counts[$0]?.value ?? 1, countTokens: counts[$0]?.tokens) }
    }

    /// The target a number of attacks counts: after "(", the place before it ("Ain al-Asad in Anbar (three drones),
    /// Erbil airport …"); else the nearest place with no comma, semicolon or colon between ("Ain al-Assad air base …
    /// was targeted by three drones, and the bases at …"; "three drones were sent against Ain al-Asad"); else the
    /// first place after it in its sentence. Places that only locate a target are skipped.
    private func countedTarget(
        of number: Quantity, targets: [PlaceMention], candidates: [PlaceMention], in analysis: DocumentAnalysis
    ) -> Int? {
        let tokens = analysis.text.tokens
        let sentence = analysis.sentenceOfToken[number.tokens.lowerBound]
        let target = { (m: PlaceMention) in
            targets.firstIndex { Distance.km($0.place.latitude, $0.place.longitude, m.place.latitude, m.place.longitude) < Self.sameTargetKm }
        }
        let here = candidates.filter { analysis.sentenceOfToken[$0.tokens.lowerBound] == sentence && target($0) != nil }
        let before = here.filter { $0.tokens.upperBound <= number.tokens.lowerBound }
        let after = here.filter { $0.tokens.lowerBound >= number.span.upperBound }
        if number.tokens.lowerBound > 0, listOpeners.contains(tokens[number.tokens.lowerBound - 1].norm), let last = before.last {
            return target(last)
        }
        let around = before + after
        if let nearest = nearestInClause(to: number, among: around, tokens: tokens) { return target(around[nearest]) }
        return after.first.flatMap(target)
    }

    /// The index in `places` of the place nearest `number`, before or after it, with no clause break (`clauseBreaks`:
    /// a comma, semicolon or colon) between them; the first such place among equals.
    private func nearestInClause(to number: Quantity, among places: [PlaceMention], tokens: [Token]) -> Int? {
        let gap = { (place: Range<Int>) -> Range<Int> in
            place.upperBound <= number.span.lowerBound ? place.upperBound..<number.span.lowerBound
                : number.span.upperBound..<max(number.span.upperBound, place.lowerBound)
        }
        return places.indices.filter { k in !gap(places[k].tokens).contains { clauseBreaks.contains(tokens[$0].norm) } }
            .min { gap(places[$0].tokens).count < gap(places[$1].tokens).count }
    }

    /// "A US official confirmed the attack on Ain al-Asad": a later sentence of the group whose every trigger follows
    /// "the" or "this" tells an attack already told; its places name no new target.
    private func tellsAgain(_ sentence: Int, of group: EventGroup, in analysis: DocumentAnalysis) -> Bool {
        guard sentence != group.lead else { return false }
        let triggers = group.triggers.filter { $0.sentence == sentence }
        return !triggers.isEmpty && triggers.allSatisfy { analysis.definiteEnds.contains($0.tokens.lowerBound) }
    }

    /// "the Tal Baydar base in Hasakah", "the Tal Baydar base in the Hasakah countryside": a town named right after a
    /// facility, after "in", "at" or "near" and at most two lower-case words, says where the facility is; it is no
    /// target of its own.
    private func locatesFacility(_ mention: PlaceMention, targets: [PlaceMention], in analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.text.tokens
        guard let facility = targets.last(where: { $0.kind == .facility && $0.tokens.upperBound < mention.tokens.lowerBound }) else {
            return false
        }
        let gap = facility.tokens.upperBound..<mention.tokens.lowerBound
        guard gap.count >= 1, gap.count <= 3, listGaps.contains(tokens[gap.lowerBound].norm) else { return false }
        return gap.dropFirst().allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// How many tokens before or after "one" its "each" may stand ("one against each", "each struck with one drone").
    static let eachReach = 4
    /// How many tokens of divisions and their prepositions may follow a place before its repetition.
    static let qualifierReach = 8

    /// Places each followed by how many times it was hit: "Russian forces shelled Nikopol six times on Tuesday …
    /// Artillery also struck Marhanets three times, wounding two women, and Chervonohryhorivka twice" gives 6, 3 and 2.
    /// At least two places must be counted so; the other places of their sentences were hit once. With one counted
    /// place ("shelled Nikopol six times, … Dnipropetrovsk regional governor Oleh Varenko said"), the report is one
    /// event.
    private func repeated(
        _ targets: [PlaceMention], counts: [(value: Int, tokens: Range<Int>)?], in analysis: DocumentAnalysis
    ) -> [SplitTarget]? {
        guard counts.compactMap({ $0 }).count >= 2 else { return nil }
        let sentences = Set(targets.indices.filter { counts[$0] != nil }.map { analysis.sentenceOfToken[targets[$0].tokens.lowerBound] })
        return targets.indices.filter { sentences.contains(analysis.sentenceOfToken[targets[$0].tokens.lowerBound]) }.map {
            SplitTarget(place: targets[$0], attackCount: counts[$0]?.value ?? 1, countTokens: counts[$0]?.tokens)
        }
    }

    /// How many times the place was hit, when a repetition follows its name ("Marhanets three times", "Mrauk-U once"),
    /// or the division or country that locates it ("Ain al-Asad air base in Iraq's Anbar province three times").
    func repetition(after place: PlaceMention, in analysis: DocumentAnalysis) -> (value: Int, tokens: Range<Int>)? {
        let tokens = analysis.text.tokens
        var next = place.tokens.upperBound
        while next < tokens.count, next < place.tokens.upperBound + Self.qualifierReach {
            if let division = analysis.places.first(where: { $0.tokens.lowerBound == next && $0.kind > .populatedPlace }) {
                next = division.tokens.upperBound
            } else if listGaps.contains(tokens[next].norm) || possessives.contains(tokens[next].norm) {
                next += 1
            } else {
                break
            }
        }
        guard next < tokens.count else { return nil }
        if let value = repetitions[tokens[next].norm], value > 0 { return (value, next..<(next + 1)) }
        guard let number = analysis.quantities.first(where: { $0.tokens.lowerBound == next }), number.tokens.upperBound < tokens.count,
            repetitions[tokens[number.tokens.upperBound].norm] == 0
        else { return nil }
        return (number.value, next..<(number.tokens.upperBound + 1))
    }

    /// The sentence that lists the targets: the lead, unless it names fewer than two of them and a later
    /// sentence of the report does ("… said its fighters had attacked four bases the previous day. In a
    /// statement, the group said two drones were sent against Ain al-Asad and one each against Harir,
    /// al-Tanf and the Conoco gas field").
    private func listSentence(of group: EventGroup, targets: [PlaceMention], in analysis: DocumentAnalysis) -> Range<Int> {
        let lead = analysis.text.sentences[group.lead].tokens
        guard targets.filter({ lead.contains($0.tokens.lowerBound) }).count < 2 else { return lead }
        let bySentence = Dictionary(grouping: targets) { analysis.sentenceOfToken[$0.tokens.lowerBound] }
        guard let (sentence, listed) = bySentence.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }), listed.count >= 2
        else { return lead }
        return analysis.text.sentences[sentence].tokens
    }

    /// The targets of a list in the lead sentence (or the sentence that lists them) that a number of attacks counts in part ("three drones at A, and
    /// single drones at B, C and D"), or nil.
    private func listed(_ targets: [PlaceMention], attacks: [Quantity], in analysis: DocumentAnalysis, lead: Range<Int>) -> [SplitTarget]? {
        let listed = targets.filter { lead.contains($0.tokens.lowerBound) }
        let counting = attacks.filter { lead.contains($0.tokens.lowerBound) && $0.value > 1 }
        guard listed.count >= 2, !counting.isEmpty else { return nil }
        var counts: [Int: Quantity] = [:]
        for number in counting {
            guard let nearest = nearestInClause(to: number, among: listed, tokens: analysis.text.tokens), counts[nearest] == nil
            else { continue }
            counts[nearest] = number
        }
        // Another weapon word or number, outside the counted phrases and after a counted place, names the attacks on the rest.
        let other = { (start: Int) in
            lead.contains(start) && !counting.contains { $0.span.contains(start) }
        }
        guard let firstCounted = counts.keys.map({ listed[$0].tokens.upperBound }).min(),
            analysis.weapons.contains(where: { other($0.tokens.lowerBound) && $0.tokens.lowerBound >= firstCounted })
                || analysis.quantities.contains(where: { other($0.tokens.lowerBound) && $0.tokens.lowerBound >= firstCounted })
        else { return nil }
        return listed.indices.map { SplitTarget(place: listed[$0], attackCount: counts[$0]?.value ?? 1, countTokens: counts[$0]?.tokens) }
    }

    /// The places of a list after one verb, with no number of attacks: "Terrorists attacked army positions in
    /// Boulkessi and Mondoro", "rockets were fired at troops in A, in B and near C" give one attack on each. The list
    /// must be in the sentence of the event's verb: in "clashes … in rural Tame … The fighting broke out on Sunday in
    /// the hamlets of A and B", the later sentence only tells where in Tame the one clash was. Only
    /// places next to each other, joined by commas, "and" and place prepositions, count; "the road between A and B"
    /// and "from A to B" are one place on a route, and "A or B" is not known to be both.
    private func uncounted(_ targets: [PlaceMention], in analysis: DocumentAnalysis, lead: Range<Int>) -> [SplitTarget]? {
        let listed = targets.filter { lead.contains($0.tokens.lowerBound) }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard listed.count >= 2 else { return nil }
        let tokens = analysis.text.tokens
        var best: [PlaceMention] = [], run: [PlaceMention] = [listed[0]]
        for next in listed.dropFirst() {
            let gap = run[run.count - 1].tokens.upperBound..<next.tokens.lowerBound
            let joined = gap.allSatisfy { listGaps.contains(tokens[$0].norm) || listJoiners.contains(tokens[$0].norm) }
                && gap.contains { listJoiners.contains(tokens[$0].norm) }
            if joined { run.append(next) } else { run = [next] }
            if run.count > best.count { best = run }
        }
        guard best.count >= 2 else { return nil }
        // "the road between A and B", "the bridge linking A and B", "between the villages of A and B".
        let reach = max(lead.lowerBound, best[0].tokens.lowerBound - Self.routeReach)..<best[0].tokens.lowerBound
        if reach.contains(where: { routeWords.contains(tokens[$0].norm) }) { return nil }
        // "Kossodo, Sakoula and Pazani in Ouagadougou": quarters of the town named next are one place.
        let after = best[best.count - 1].tokens.upperBound
        if let town = analysis.places.first(where: { $0.tokens.lowerBound > after && $0.tokens.lowerBound <= after + 2 }),
            after < tokens.count, quarterWords.contains(tokens[after].norm),
            best.allSatisfy({ Distance.km($0.place.latitude, $0.place.longitude, town.place.latitude, town.place.longitude) < Self.quarterKm })
        {
            return nil
        }
        return best.map { SplitTarget(place: $0, attackCount: 1, countTokens: nil) }
    }

    /// How many tokens before a list a route word may stand ("between the villages of").
    static let routeReach = 4
    /// Places of a list this close (km) to the town named after it are its quarters.
    static let quarterKm = 25.0
}
