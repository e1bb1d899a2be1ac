import Foundation

/// Training examples as rows of kept feature indices, with their targets.
struct TrainingMatrix {
    /// The sorted class names.
    let labels: [String]
    /// The featurizer whose common words come from the training texts.
    let featurizer: Featurizer
    /// Row of each kept feature hash (features seen in at least `minimumFeatureCount` texts).
    let featureRows: [UInt64: Int32]
    /// The kept feature rows of each example, ascending.
    let rows: [[Int]]
    /// The target of each example.
    let targets: [TrainingTarget]

    init(_ examples: [LabeledText], options: TrainingOptions) {
        let labels = Set(examples.filter(\.candidateLabels.isEmpty).map(\.label))
            .subtracting([LabeledText.noEventLabel]).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let featurizer = Featurizer(learningFrom: examples.map(\.text), minimumCount: options.minimumCommonWordCount)
        self.labels = labels
        self.featurizer = featurizer
        let hashed = examples.map { featurizer.features(of: $0.text) }

        var documentFrequency: [UInt64: Int] = [:]
        for features in hashed {
            for feature in features { documentFrequency[feature, default: 0] += 1 }
        }
        let kept = documentFrequency.filter { $0.value >= options.minimumFeatureCount }.keys.sorted()
        var featureRows: [UInt64: Int32] = [:]
        featureRows.reserveCapacity(kept.count)
        for (row, hash) in kept.enumerated() { featureRows[hash] = Int32(row) }
        self.featureRows = featureRows
        rows = hashed.map { $0.compactMap { featureRows[$0].map(Int.init) } }
        targets = examples.map { TrainingTarget($0, labelIndex: labelIndex) }
    }

    /// Per-class loss weights: `(largest class / class) ^ power`, capped.
    func classWeights(options: TrainingOptions) -> [Double] {
        var counts = [Int](repeating: 0, count: labels.count)
        for target in targets {
            if case .label(let c) = target { counts[c] += 1 }
        }
        let largest = Double(counts.max() ?? 1)
        return counts.map {
            $0 == 0 ? 1 : min(options.maximumClassWeight, Foundation.pow(largest / Double($0), options.classWeightPower))
        }
    }
}
