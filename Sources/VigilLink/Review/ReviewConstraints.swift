/// The pairs of reports that reviewers tied together or kept apart, after applying every decision
/// in time order.
struct ReviewConstraints: Sendable {
    private(set) var together: Set<ReportPair> = []
    private(set) var apart: Set<ReportPair> = []

    init(_ decisions: [LinkDecision]) {
        let ordered = decisions.enumerated().sorted { ($0.element.decidedAt, $0.offset) < ($1.element.decidedAt, $1.offset) }
        for decision in ordered.map(\.element) { apply(decision) }
    }

    /// Applies one more decision on top of the earlier ones.
    mutating func apply(_ decision: LinkDecision) {
        switch decision.kind {
        case .merge:
            let members = decision.groups.flatMap { $0 }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where a != b {
                    let pair = ReportPair(a, b)
                    together.insert(pair)
                    apart.remove(pair)
                }
            }
        case .split:
            for (i, group) in decision.groups.enumerated() {
                for other in decision.groups[(i + 1)...] {
                    for a in group {
                        for b in other where a != b {
                            let pair = ReportPair(a, b)
                            apart.insert(pair)
                            together.remove(pair)
                        }
                    }
                }
            }
        }
    }

    /// The reports each report is tied to by a merge.
    func partners() -> [String: [String]] {
        var partners: [String: [String]] = [:]
        for pair in together.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
            partners[pair.first, default: []].append(pair.second)
            partners[pair.second, default: []].append(pair.first)
        }
        return partners
    }
}
