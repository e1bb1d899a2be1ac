import Foundation

/// The calibrated output of a classifier: softmax at a temperature, and labels ranked by probability.
enum RankedProbabilities {
    /// Softmax of `scores / temperature`.
    static func softmax(_ scores: [Double], temperature: Double) -> [Double] {
        let maximum = scores.max() ?? 0
        var exps = scores.map { Foundation.exp(($0 - maximum) / temperature) }
        let total = exps.reduce(0, +)
        for i in exps.indices { exps[i] /= total }
        return exps
    }

    /// `labels` with their `probabilities`, most probable first (ties by label).
    static func ranked(_ labels: [String], _ probabilities: [Double]) -> [(label: String, probability: Double)] {
        zip(labels, probabilities)
            .map { (label: $0, probability: $1) }
            .sorted { $0.probability > $1.probability || ($0.probability == $1.probability && $0.label < $1.label) }
    }
}
