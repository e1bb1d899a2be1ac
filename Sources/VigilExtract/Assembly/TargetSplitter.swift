import VigilModel
import Foundation
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
/// With no total, a list of targets in the lead sentence is split when a number of attacks names one of them:
/// "three drones were launched at Ain al-Asad air base, and single drones targeted the base at Erbil airport, Tal
/// Baydar and al-Tanf" gives 3, 1, 1 and 1: each number counts the attacks on the place named next after it, the
/// others one each.
struct TargetSplitter: Sendable {
    /// Places closer than this (km) are the same target.
    static let sameTargetKm = 3.0

    /// The targets of `group`, or nil when it reports a single place or a single attack.
    func split(_ group: EventGroup, candidates: [PlaceMention], in analysis: DocumentAnalysis) -> [SplitTarget]? {
        var targets: [PlaceMention] = []
        for mention in candidates where mention.kind <= .populatedPlace && !mention.isCalledDivision {
            if targets.contains(where: { distanceKm($0.place.latitude, $0.place.longitude, mention.place.latitude, mention.place.longitude) < Self.sameTargetKm }) {
                continue
            }
            if targets.contains(where: { $0.place.admin2 == mention.place.name || $0.place.admin1 == mention.place.name }) { continue }
            targets.append(mention)
        }
        guard targets.count >= 2 else { return nil }
        let range = group.tokenRange(in: analysis)
        let attacks = analysis.quantities.filter { range.contains($0.tokens.lowerBound) && $0.category == .attacks }
        guard let total = attacks.map(\.value).max(), total >= targets.count else {
            return listed(targets, attacks: attacks, lead: analysis.text.sentences[group.lead].tokens)
        }
        // The numbers that share out the total ("three of which", "the other three strikes").
        let parts = attacks.filter { $0.isPartOfEarlier || $0.value < total }
        var counts: [Int: (Int, Range<Int>?)] = [:]
        for (k, part) in parts.enumerated() {
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

    /// The targets of a list in the lead sentence that a number of attacks counts in part ("three drones at A, and
    /// single drones at B, C and D"), or nil.
    private func listed(_ targets: [PlaceMention], attacks: [Quantity], lead: Range<Int>) -> [SplitTarget]? {
        let listed = targets.filter { lead.contains($0.tokens.lowerBound) }
        let counting = attacks.filter { lead.contains($0.tokens.lowerBound) && $0.value > 1 }
        guard listed.count >= 2, !counting.isEmpty else { return nil }
        var counts: [Int: Quantity] = [:]
        for number in counting {
            guard let next = listed.indices.first(where: { listed[$0].tokens.lowerBound > number.tokens.lowerBound }),
                counts[next] == nil
            else { continue }
            counts[next] = number
        }
        guard !counts.isEmpty else { return nil }
        return listed.indices.map { SplitTarget(place: listed[$0], attackCount: counts[$0]?.value ?? 1, countTokens: counts[$0]?.tokens) }
    }

    private func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let p = Double.pi / 180
        let a = 0.5 - cos((lat2 - lat1) * p) / 2 + cos(lat1 * p) * cos(lat2 * p) * (1 - cos((lon2 - lon1) * p)) / 2
        return 12742 * asin(a.squareRoot())
    }
}
