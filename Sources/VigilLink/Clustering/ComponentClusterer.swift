/// Groups the reports of one connected component into events: reviewer merges first, then
/// average-linkage agglomeration that never joins two groups holding a blocked or split pair.
///
/// The result depends only on the set of reports (they are sorted by id and ties broken by id), so
/// the same reports in any order give the same events.
struct ComponentClusterer: Sendable {
    let scorer: LinkScorer
    let constraints: ReviewConstraints

    /// The groups of `members`, as indices into the array sorted by report id.
    func clusters(of members: [ReportProfile]) -> [[ReportProfile]] {
        let profiles = members.sorted { $0.id < $1.id }
        let n = profiles.count
        guard n > 1 else { return profiles.map { [$0] } }
        // Pairwise verdicts: nil when the pair may never share an event.
        var score = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: n)
        var tied: [(Int, Int)] = []
        for i in 0..<n {
            for j in (i + 1)..<n {
                let pair = ReportPair(profiles[i].id, profiles[j].id)
                if constraints.apart.contains(pair) { continue }
                if constraints.together.contains(pair) { tied.append((i, j)) }
                if let total = scorer.assess(profiles[i], profiles[j]).score?.total {
                    score[i][j] = total
                    score[j][i] = total
                }
            }
        }
        // Cluster-to-cluster sums of pair scores; nil once any pair across them is blocked.
        var sums = score
        var clusters: [[Int]] = (0..<n).map { [$0] }
        var owner = Array(0..<n)
        func join(_ a: Int, _ b: Int) {
            let (keep, drop) = a < b ? (a, b) : (b, a)
            for c in 0..<n where !clusters[c].isEmpty && c != keep && c != drop {
                let merged = sums[keep][c].flatMap { x in sums[drop][c].map { x + $0 } }
                sums[keep][c] = merged
                sums[c][keep] = merged
            }
            clusters[keep].append(contentsOf: clusters[drop])
            clusters[keep].sort()
            for member in clusters[drop] { owner[member] = keep }
            clusters[drop] = []
        }
        for (i, j) in tied where owner[i] != owner[j] { join(owner[i], owner[j]) }
        let threshold = scorer.settings.threshold
        while true {
            var best: (average: Double, a: Int, b: Int)?
            let live = clusters.indices.filter { !clusters[$0].isEmpty }
            for (x, a) in live.enumerated() {
                for b in live[(x + 1)...] {
                    guard let sum = sums[a][b] else { continue }
                    let average = sum / Double(clusters[a].count * clusters[b].count)
                    if average >= threshold, best == nil || average > best!.average { best = (average, a, b) }
                }
            }
            guard let chosen = best else { break }
            join(chosen.a, chosen.b)
        }
        return clusters.filter { !$0.isEmpty }.map { $0.map { profiles[$0] } }
    }
}
