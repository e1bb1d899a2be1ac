/// Hyper-parameters of ``ClassifierTrainer``; the defaults were tuned on ACLED training rows held
/// out by source (Burkina Faso, Benin and Afghanistan exports, trained on the others), which
/// measures how the model carries over to countries it has not seen.
public struct TrainingOptions: Sendable, Equatable {
    /// Passes over the training examples.
    public var epochs: Int
    /// Seed of the example order (and of the calibration split when the trainer makes it).
    public var seed: UInt64
    /// AdaGrad base learning rate.
    public var learningRate: Double
    /// L2 penalty applied to the weights of active features.
    public var l2: Double
    /// Features seen in fewer training texts than this are dropped.
    public var minimumFeatureCount: Int
    /// Lower-case occurrences a word needs to be kept when capitalized (see ``Featurizer``).
    public var minimumCommonWordCount: Int
    /// Class weight is `(largest class size / class size) ^ classWeightPower`, capped by `maximumClassWeight`.
    public var classWeightPower: Double
    /// Upper bound on a class's weight.
    public var maximumClassWeight: Double
    /// Share of the examples held out for calibration when no calibration set is given.
    public var calibrationFraction: Double

    /// Creates options; every parameter has a tuned default.
    public init(
        epochs: Int = 10, seed: UInt64 = 20_200_502, learningRate: Double = 0.3, l2: Double = 3e-4,
        minimumFeatureCount: Int = 2, minimumCommonWordCount: Int = 3, classWeightPower: Double = 0.5,
        maximumClassWeight: Double = 10, calibrationFraction: Double = 0.1
    ) {
        self.epochs = epochs
        self.seed = seed
        self.learningRate = learningRate
        self.l2 = l2
        self.minimumFeatureCount = minimumFeatureCount
        self.minimumCommonWordCount = minimumCommonWordCount
        self.classWeightPower = classWeightPower
        self.maximumClassWeight = maximumClassWeight
        self.calibrationFraction = calibrationFraction
    }
}
