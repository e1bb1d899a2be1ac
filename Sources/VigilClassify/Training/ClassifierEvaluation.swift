import Foundation

/// Accuracy, per-class precision/recall/F1 and macro-F1 of a classifier on labelled examples.
public struct ClassifierEvaluation: Sendable {
    /// Scores of one label.
    public struct ClassScore: Sendable {
        /// The label.
        public let label: String
        /// Examples whose gold label it is.
        public let support: Int
        /// Examples predicted as it.
        public let predicted: Int
        /// Examples both gold and predicted as it.
        public let correct: Int

        /// correct / predicted (0 when never predicted).
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// correct / support (0 without support).
        public var recall: Double { support == 0 ? 0 : Double(correct) / Double(support) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Examples evaluated (non-events and partly labelled examples are skipped).
    public let count: Int
    /// Examples whose top label is the gold label.
    public let correct: Int
    /// Scores per label, by descending support.
    public let classes: [ClassScore]

    /// Evaluates `classifier` on `examples`.
    public init(classifier: LinearClassifier, examples: [LabeledText]) {
        var support: [String: Int] = [:], predicted: [String: Int] = [:], hits: [String: Int] = [:]
        var count = 0
        for example in examples where example.label != LabeledText.noEventLabel && example.candidateLabels.isEmpty {
            let guess = classifier.prediction(for: example.text).label
            count += 1
            support[example.label, default: 0] += 1
            predicted[guess, default: 0] += 1
            if guess == example.label { hits[guess, default: 0] += 1 }
        }
        self.count = count
        correct = hits.values.reduce(0, +)
        classes = Set(support.keys).union(predicted.keys)
            .map { ClassScore(label: $0, support: support[$0] ?? 0, predicted: predicted[$0] ?? 0, correct: hits[$0] ?? 0) }
            .sorted { ($0.support, $1.label) > ($1.support, $0.label) }
    }

    /// correct / count.
    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }

    /// Mean F1 over the labels that occur in the examples.
    public var macroF1: Double {
        let present = classes.filter { $0.support > 0 }
        return present.isEmpty ? 0 : present.map(\.f1).reduce(0, +) / Double(present.count)
    }

    /// A table for a person: accuracy, macro-F1, then one line per label.
    public var report: String {
        var lines = [
            String(format: "accuracy %.1f%% (%d/%d), macro-F1 %.1f%%", accuracy * 100, correct, count, macroF1 * 100),
            "  support  predicted  precision  recall      F1  label",
        ]
        for score in classes {
            let numbers = String(
                format: "  %7d  %9d     %5.1f%%  %5.1f%%  %5.1f%%  ", score.support, score.predicted,
                score.precision * 100, score.recall * 100, score.f1 * 100)
            lines.append(numbers + score.label)
        }
        return lines.joined(separator: "\n")
    }
}
