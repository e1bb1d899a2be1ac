public import Foundation
public import VigilText

/// A multinomial logistic-regression text classifier over ``Featurizer`` features, with
/// temperature-scaled (calibrated) probabilities.
public struct LinearClassifier: Sendable {
    /// The class names, in the order of the weight columns.
    public let labels: [String]
    /// The text-to-features step the weights were trained with.
    let featurizer: Featurizer
    /// Row of each kept feature hash in `weights`.
    let featureRows: [UInt64: Int32]
    /// `featureRows.count × labels.count` weights quantized to Int8, row-major by feature.
    let weights: [Int8]
    /// One scale per feature row: a weight is `Float(weights[i]) * rowScales[row]`.
    let rowScales: [Float]
    /// One bias per label.
    let bias: [Float]
    /// The softmax temperature fitted on held-out data; scores are divided by it.
    public let temperature: Double

    init(
        labels: [String], featurizer: Featurizer, featureRows: [UInt64: Int32], weights: [Int8], rowScales: [Float], bias: [Float],
        temperature: Double
    ) {
        self.labels = labels
        self.featurizer = featurizer
        self.featureRows = featureRows
        self.weights = weights
        self.rowScales = rowScales
        self.bias = bias
        self.temperature = temperature
    }

    /// Loads a model written by ``write(to:)``; errors name the file and the problem.
    public init(contentsOf url: URL) throws(ModelFileError) {
        self = try ModelFileError.load(url, decode: ModelFileCodec.decode)
    }

    /// The number of kept features.
    public var featureCount: Int { featureRows.count }

    /// Calibrated probabilities of every label for `text`, most probable first.
    public func probabilities(for text: String) -> [(label: String, probability: Double)] {
        ranked(RankedProbabilities.softmax(scores(for: featurizer.features(of: text)), temperature: temperature))
    }

    /// Calibrated probabilities of every label for already tokenized text, most probable first.
    public func probabilities(for tokens: ArraySlice<Token>) -> [(label: String, probability: Double)] {
        ranked(RankedProbabilities.softmax(scores(for: featurizer.features(of: tokens)), temperature: temperature))
    }

    private func ranked(_ probabilities: [Double]) -> [(label: String, probability: Double)] {
        RankedProbabilities.ranked(labels, probabilities)
    }

    /// The most probable label for `text` and its calibrated probability.
    public func prediction(for text: String) -> (label: String, confidence: Double) {
        let top = probabilities(for: text)[0]
        return (top.label, top.probability)
    }

    /// Raw (uncalibrated) scores for already computed feature hashes, one per label.
    func scores(for features: [UInt64]) -> [Double] {
        let k = labels.count
        var scores = bias.map(Double.init)
        var rows: [Int] = []
        rows.reserveCapacity(features.count)
        for feature in features {
            if let row = featureRows[feature] { rows.append(Int(row)) }
        }
        guard !rows.isEmpty else { return scores }
        let scale = 1 / Double(rows.count).squareRoot()
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for row in rows {
                    let base = row * k
                    let rowScale = Double(rowScales[row]) * scale
                    for c in 0..<k { s[c] += Double(w[base + c]) * rowScale }
                }
            }
        }
        return scores
    }

    /// The same model with another softmax temperature.
    func with(temperature: Double) -> LinearClassifier {
        LinearClassifier(
            labels: labels, featurizer: featurizer, featureRows: featureRows, weights: weights,
            rowScales: rowScales, bias: bias, temperature: temperature)
    }
}
