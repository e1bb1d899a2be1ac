import Foundation

/// Multinomial logistic-regression weights updated by AdaGrad with an L2 penalty on the active
/// features; inputs are binary feature rows scaled to unit length.
struct SoftmaxRegression {
    let classCount: Int
    private(set) var weights: [Float]
    private(set) var bias: [Double]
    private var squares: [Float]
    private var biasSquares: [Double]
    private var probabilities: [Double]
    private var coefficients: [Double]
    private let rate: Double
    private let l2: Float

    init(featureCount: Int, classCount: Int, learningRate: Double, l2: Double) {
        self.classCount = classCount
        weights = [Float](repeating: 0, count: featureCount * classCount)
        squares = weights
        bias = [Double](repeating: 0, count: classCount)
        biasSquares = bias
        probabilities = bias
        coefficients = bias
        rate = learningRate
        self.l2 = Float(l2)
    }

    /// One stochastic step on an example with feature `rows`, `target` and loss `weight`.
    mutating func step(rows: [Int], target: TrainingTarget, weight: Double) {
        let k = classCount
        let value = rows.isEmpty ? 0 : 1 / Double(rows.count).squareRoot()
        computeProbabilities(rows: rows, value: value)
        switch target {
        case .label(let gold):
            for c in 0..<k { coefficients[c] = weight * (probabilities[c] - (c == gold ? 1 : 0)) }
        case .uniform:
            for c in 0..<k { coefficients[c] = weight * (probabilities[c] - 1 / Double(k)) }
        case .oneOf(let candidates):
            // Gradient of -log Σ_candidates p: towards p restricted to the candidates.
            let mass = candidates.reduce(0) { $0 + probabilities[$1] }
            for c in 0..<k { coefficients[c] = weight * probabilities[c] }
            for c in candidates { coefficients[c] -= weight * probabilities[c] / mass }
        }
        for c in 0..<k {
            biasSquares[c] += coefficients[c] * coefficients[c]
            bias[c] -= rate * coefficients[c] / (biasSquares[c].squareRoot() + 1e-8)
        }
        let floatRate = Float(rate)
        for row in rows {
            let base = row * k
            for c in 0..<k {
                let gradient = Float(coefficients[c] * value) + l2 * weights[base + c]
                squares[base + c] += gradient * gradient
                weights[base + c] -= floatRate * gradient / (squares[base + c].squareRoot() + 1e-8)
            }
        }
    }

    private mutating func computeProbabilities(rows: [Int], value: Double) {
        let k = classCount
        for c in 0..<k { probabilities[c] = bias[c] }
        for row in rows {
            let base = row * k
            for c in 0..<k { probabilities[c] += Double(weights[base + c]) * value }
        }
        let maximum = probabilities.max() ?? 0
        var total = 0.0
        for c in 0..<k {
            probabilities[c] = exp(probabilities[c] - maximum)
            total += probabilities[c]
        }
        for c in 0..<k { probabilities[c] /= total }
    }

    /// The weights quantized to Int8 with one scale per feature row.
    func quantized() -> (weights: [Int8], rowScales: [Float]) {
        let k = classCount
        let featureCount = weights.count / max(k, 1)
        var quantized = [Int8](repeating: 0, count: weights.count)
        var rowScales = [Float](repeating: 0, count: featureCount)
        for row in 0..<featureCount {
            let base = row * k
            let largest = weights[base..<base + k].map(abs).max() ?? 0
            guard largest > 0 else { continue }
            let scale = largest / 127
            rowScales[row] = scale
            for c in 0..<k { quantized[base + c] = Int8((weights[base + c] / scale).rounded()) }
        }
        return (quantized, rowScales)
    }
}
