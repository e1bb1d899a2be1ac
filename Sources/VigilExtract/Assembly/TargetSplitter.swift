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
struct TargetSplitter: Sendable {
    /// Places closer than this (km) are the same target.
    static let sameTargetKm = 3.0

    /// The targets of `group`, or nil when it reports a single place or a single attack.
    func split(_ group: EventGroup, candidates: [PlaceMention], in analysis: DocumentAnalysis) -> [SplitTarget]? {
        var targets: [PlaceMention] = []
        for mention in candidates where mention.kind <= .populatedPlace {
            if targets.contains(where: { distanceKm($0.place.latitude, $0.place.longitude, mention.place.latitude, mention.place.longitude) < Self.sameTargetKm }) {
                continue
            }
            if targets.contains(where: { $0.place.admin2 == mention.place.name || $0.place.admin1 == mention.place.name }) { continue }
            targets.append(mention)
        }
        guard targets.count >= 2 else { return nil }
        let range = group.tokenRange(in: analysis)
        let attacks = analysis.quantities.filter { range.contains($0.tokens.lowerBound) && $0.category == .attacks }
        guard let total = attacks.map(\.value).max(), total >= targets.count else { return nil }
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

    private func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let p = Double.pi / 180
        let a = 0.5 - cos((lat2 - lat1) * p) / 2 + cos(lat1 * p) * cos(lat2 * p) * (1 - cos((lon2 - lon1) * p)) / 2
        return 12742 * asin(a.squareRoot())
    }
}
