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
        var clusters: [[Int]] = (0..<n).map { [$0] }
        var owner = Array(0..<n)
        func join(_ a: Int, _ b: Int) {
            let (keep, drop) = clusters[a][0] < clusters[b][0] ? (a, b) : (b, a)
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
                    guard let average = averageScore(clusters[a], clusters[b], score), average >= threshold else { continue }
                    if best == nil || average > best!.average { best = (average, a, b) }
                }
            }
            guard let chosen = best else { break }
            join(chosen.a, chosen.b)
        }
        return clusters.filter { !$0.isEmpty }.map { $0.map { profiles[$0] } }
    }

    /// The mean score over every pair across the two groups, or nil when any pair is blocked.
    private func averageScore(_ a: [Int], _ b: [Int], _ score: [[Double?]]) -> Double? {
        var sum = 0.0
        for i in a {
            for j in b {
                guard let value = score[i][j] else { return nil }
                sum += value
            }
        }
        return sum / Double(a.count * b.count)
    }
}
