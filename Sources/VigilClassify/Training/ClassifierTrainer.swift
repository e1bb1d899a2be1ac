import Foundation
import VigilText

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
        let matrix = TrainingMatrix(examples, options: options)
        let classWeights = matrix.classWeights(options: options)
        var regression = SoftmaxRegression(
            featureCount: matrix.featureRows.count, classCount: matrix.labels.count,
            learningRate: options.learningRate, l2: options.l2)
        var generator = SeededGenerator(seed: options.seed)
        var order = Array(examples.indices)
        for _ in 0..<options.epochs {
            order.shuffle(using: &generator)
            for e in order {
                var weight = examples[e].weight
                if case .label(let gold) = matrix.targets[e] { weight *= classWeights[gold] }
                regression.step(rows: matrix.rows[e], target: matrix.targets[e], weight: weight)
            }
        }
        let (weights, rowScales) = regression.quantized()
        return LinearClassifier(
            labels: matrix.labels, featurizer: matrix.featurizer, featureRows: matrix.featureRows,
            weights: weights, rowScales: rowScales, bias: regression.bias.map(Float.init), temperature: 1)
    }
}
