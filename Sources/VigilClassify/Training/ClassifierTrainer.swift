import Foundation

/// Trains a ``LinearClassifier``: multinomial logistic regression fitted with AdaGrad and an L2
/// penalty, class-balanced, deterministic for a given ``TrainingOptions/seed``, then calibrated by
/// temperature scaling on held-out examples.
///
/// Examples labelled ``LabeledText/noEventLabel`` are trained towards the uniform distribution, so
/// the model is unsure on texts that describe no event. Partly labelled examples
/// (``LabeledText/candidateLabels``) are trained towards the model's own distribution restricted
/// to their candidates, which raises the candidates' total probability.
public enum ClassifierTrainer {
    /// Trains on a seeded random part of `examples` and calibrates on the rest
    /// (``TrainingOptions/calibrationFraction``).
    public static func train(examples: [LabeledText], options: TrainingOptions) -> LinearClassifier {
        var generator = SeededGenerator(seed: options.seed ^ 0xCA11_B8A7)
        let order = Array(examples.indices).shuffled(using: &generator)
        let heldCount = Int(Double(examples.count) * options.calibrationFraction)
        let held = Set(order.prefix(heldCount))
        let training = examples.indices.filter { !held.contains($0) }.map { examples[$0] }
        let calibration = examples.indices.filter { held.contains($0) }.map { examples[$0] }
        return train(examples: training, calibration: calibration, options: options)
    }

    /// Trains on `examples` and fits the temperature on `calibration`.
    public static func train(examples: [LabeledText], calibration: [LabeledText], options: TrainingOptions) -> LinearClassifier {
        let model = fit(examples, options: options)
        return model.with(temperature: calibratedTemperature(of: model, on: calibration))
    }

    /// Trains on all of `examples` with a temperature fitted earlier (on a held-out split).
    public static func train(examples: [LabeledText], temperature: Double, options: TrainingOptions) -> LinearClassifier {
        fit(examples, options: options).with(temperature: temperature)
    }

    /// The temperature that best calibrates `model` on `examples` (1 when none has a known label).
    public static func calibratedTemperature(of model: LinearClassifier, on examples: [LabeledText]) -> Double {
        let index = Dictionary(uniqueKeysWithValues: model.labels.enumerated().map { ($1, $0) })
        var scores: [[Double]] = []
        var targets: [Int] = []
        for example in examples {
            guard example.candidateLabels.isEmpty, let target = index[example.label] else { continue }
            scores.append(model.scores(for: model.featurizer.features(of: example.text)))
            targets.append(target)
        }
        return TemperatureScaling.fit(scores: scores, targets: targets)
    }

    /// Fits weights at temperature 1.
    static func fit(_ examples: [LabeledText], options: TrainingOptions) -> LinearClassifier {
        let labels = Set(examples.filter(\.candidateLabels.isEmpty).map(\.label))
            .subtracting([LabeledText.noEventLabel]).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let k = labels.count
        let featurizer = Featurizer(learningFrom: examples.map(\.text), minimumCount: options.minimumCommonWordCount)
        let hashed = examples.map { featurizer.features(of: $0.text) }

        var documentFrequency: [UInt64: Int] = [:]
        for features in hashed { for feature in features { documentFrequency[feature, default: 0] += 1 } }
        let kept = documentFrequency.filter { $0.value >= options.minimumFeatureCount }.keys.sorted()
        var featureRows: [UInt64: Int32] = [:]
        featureRows.reserveCapacity(kept.count)
        for (row, hash) in kept.enumerated() { featureRows[hash] = Int32(row) }
        let rows: [[Int]] = hashed.map { $0.compactMap { featureRows[$0].map(Int.init) } }
        let targets = examples.map { Target($0, labelIndex: labelIndex) }

        var classCounts = [Int](repeating: 0, count: k)
        for target in targets { if case .label(let c) = target { classCounts[c] += 1 } }
        let largest = Double(classCounts.max() ?? 1)
        let classWeights = classCounts.map {
            $0 == 0 ? 1 : min(options.maximumClassWeight, pow(largest / Double($0), options.classWeightPower))
        }

        let f = kept.count
        var weights = [Float](repeating: 0, count: f * k)
        var squares = [Float](repeating: 0, count: f * k)
        var bias = [Double](repeating: 0, count: k)
        var biasSquares = [Double](repeating: 0, count: k)
        var scores = [Double](repeating: 0, count: k)
        var coefficients = [Double](repeating: 0, count: k)
        let rate = Float(options.learningRate)
        let l2 = Float(options.l2)
        var generator = SeededGenerator(seed: options.seed)
        var order = Array(examples.indices)

        for _ in 0..<options.epochs {
            order.shuffle(using: &generator)
            for e in order {
                let active = rows[e]
                let value = active.isEmpty ? 0 : 1 / Double(active.count).squareRoot()
                for c in 0..<k { scores[c] = bias[c] }
                for row in active {
                    let base = row * k
                    for c in 0..<k { scores[c] += Double(weights[base + c]) * value }
                }
                let maximum = scores.max() ?? 0
                var total = 0.0
                for c in 0..<k {
                    scores[c] = exp(scores[c] - maximum)
                    total += scores[c]
                }
                for c in 0..<k { scores[c] /= total }
                switch targets[e] {
                case .label(let target):
                    let weight = examples[e].weight * classWeights[target]
                    for c in 0..<k { coefficients[c] = weight * (scores[c] - (c == target ? 1 : 0)) }
                case .uniform:
                    for c in 0..<k { coefficients[c] = examples[e].weight * (scores[c] - 1 / Double(k)) }
                case .oneOf(let candidates):
                    let mass = candidates.reduce(0) { $0 + scores[$1] }
                    for c in 0..<k { coefficients[c] = examples[e].weight * scores[c] }
                    for c in candidates { coefficients[c] -= examples[e].weight * scores[c] / mass }
                }
                for c in 0..<k {
                    biasSquares[c] += coefficients[c] * coefficients[c]
                    bias[c] -= options.learningRate * coefficients[c] / (biasSquares[c].squareRoot() + 1e-8)
                }
                for row in active {
                    let base = row * k
                    for c in 0..<k {
                        let gradient = Float(coefficients[c] * value) + l2 * weights[base + c]
                        squares[base + c] += gradient * gradient
                        weights[base + c] -= rate * gradient / (squares[base + c].squareRoot() + 1e-8)
                    }
                }
            }
        }

        var quantized = [Int8](repeating: 0, count: f * k)
        var rowScales = [Float](repeating: 0, count: f)
        for row in 0..<f {
            let base = row * k
            let largestWeight = weights[base..<base + k].map(abs).max() ?? 0
            guard largestWeight > 0 else { continue }
            let scale = largestWeight / 127
            rowScales[row] = scale
            for c in 0..<k { quantized[base + c] = Int8((weights[base + c] / scale).rounded()) }
        }
        return LinearClassifier(
            labels: labels, featurizer: featurizer, featureRows: featureRows, weights: quantized,
            rowScales: rowScales, bias: bias.map(Float.init), temperature: 1)
    }

    /// What the trainer pushes an example's distribution towards.
    private enum Target {
        /// One label.
        case label(Int)
        /// The uniform distribution (a non-event).
        case uniform
        /// Any of these labels (a partly labelled example).
        case oneOf([Int])

        init(_ example: LabeledText, labelIndex: [String: Int]) {
            if !example.candidateLabels.isEmpty {
                self = .oneOf(example.candidateLabels.compactMap { labelIndex[$0] })
            } else if let index = labelIndex[example.label] {
                self = .label(index)
            } else {
                self = .uniform
            }
        }
    }
}
