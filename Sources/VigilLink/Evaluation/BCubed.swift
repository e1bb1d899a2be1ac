/// B-cubed precision, recall and F1 of a clustering against the true one (Bagga & Baldwin 1998).
///
/// Items are mentions (e.g. a document's report of an event); each item's precision is the share of
/// its predicted cluster that truly belongs with it, its recall the share of its true cluster that
/// was predicted with it; both are averaged over items.
public struct BCubed: Sendable, Hashable, CustomStringConvertible {
    /// Mean share of each item's predicted cluster that truly belongs with it.
    public var precision: Double
    /// Mean share of each item's true cluster that was predicted with it.
    public var recall: Double

    /// The harmonic mean of precision and recall.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Scores `predicted` (item → cluster label) against `truth` (item → true label) over the items
    /// of `truth`; an item missing from `predicted` is a cluster of its own.
    public init<Item: Hashable>(predicted: [Item: String], truth: [Item: String]) {
        var predictedMembers: [String: [Item]] = [:]
        var trueMembers: [String: Set<Item>] = [:]
        for (item, label) in truth { trueMembers[label, default: []].insert(item) }
        for item in truth.keys {
            if let label = predicted[item] { predictedMembers[label, default: []].append(item) }
        }
        var precisionSum = 0.0, recallSum = 0.0
        for (item, label) in truth {
            let cluster = predicted[item].flatMap { predictedMembers[$0] } ?? [item]
            let members = trueMembers[label] ?? [item]
            let correct = cluster.filter { truth[$0] == label }.count
            precisionSum += Double(correct) / Double(cluster.count)
            recallSum += Double(correct) / Double(members.count)
        }
        let n = Double(max(truth.count, 1))
        precision = precisionSum / n
        recall = recallSum / n
    }

    /// "B-cubed P 1000 R 969 F1 984 (‰)".
    public var description: String {
        func f(_ x: Double) -> String { String(Int((x * 1000).rounded())).leftPadded(to: 4) }
        return "B-cubed P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (‰)"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
