import Foundation

/// Fits the softmax temperature that minimizes the negative log-likelihood of held-out labels.
enum TemperatureScaling {
    /// The best temperature in [0.05, 20] for `scores` (one row per example) and gold `targets`.
    static func fit(scores: [[Double]], targets: [Int]) -> Double {
        guard !scores.isEmpty else { return 1 }
        var low = log(0.05), high = log(20.0)
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<60 {
            let a = high - ratio * (high - low)
            let b = low + ratio * (high - low)
            if negativeLogLikelihood(scores, targets, exp(a)) < negativeLogLikelihood(scores, targets, exp(b)) {
                high = b
            } else {
                low = a
            }
        }
        return exp((low + high) / 2)
    }

    static func negativeLogLikelihood(_ scores: [[Double]], _ targets: [Int], _ temperature: Double) -> Double {
        var total = 0.0
        for (row, target) in zip(scores, targets) {
            let maximum = row.max() ?? 0
            let logSum = log(row.reduce(0) { $0 + exp(($1 - maximum) / temperature) })
            total += logSum - (row[target] - maximum) / temperature
        }
        return total / Double(scores.count)
    }
}
