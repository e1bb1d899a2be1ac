public import VigilModel

/// Scores extraction on labelled news snippets as `score.py case` does: each snippet is classified by the
/// sub-event type of its first event, no event meaning none; ACLED snippets give precision, recall and F1 per
/// type, and non-event snippets count as rejected when they get no event or an `Other` one.
public enum SnippetScorer {
    /// The score of `predictions` (the events of each snippet id, in output order) against `gold`.
    public static func score(gold: [SnippetGold], predictions: [String: [Event]]) -> SnippetScore {
        var goldLabels: [String] = []
        var predicted: [String] = []
        var rejected: [Bool] = []
        for snippet in gold {
            let first = predictions[snippet.id]?.first?.subEventType
            if let type = snippet.subEventType {
                goldLabels.append(type.rawValue)
                predicted.append(first?.rawValue ?? "none")
            } else {
                rejected.append(first == nil || first == .other)
            }
        }
        let table = ACLEDScorer.f1Table(gold: goldLabels, predicted: predicted)
        let scored = SubEventType.allCases.compactMap { table[$0.rawValue] }
        let support = scored.reduce(0) { $0 + $1.support }
        return SnippetScore(
            snippets: gold.count, events: goldLabels.count, nonEvents: rejected.count,
            accuracy: rate(zip(goldLabels, predicted).map { $0 == $1 }),
            macroF1: scored.isEmpty ? 0 : scored.reduce(0) { $0 + $1.f1 } / Double(scored.count),
            weightedF1: support == 0 ? 0 : scored.reduce(0) { $0 + $1.f1 * Double($1.support) } / Double(support),
            rejection: rate(rejected), subEventTypes: table)
    }

    private static func rate(_ flags: [Bool]) -> Double {
        flags.isEmpty ? 0 : Double(flags.filter { $0 }.count) / Double(flags.count)
    }
}
