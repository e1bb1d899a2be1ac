public import Foundation

/// The whole training recipe behind `vigil train` and `scripts/train_model.sh`: read an ACLED CSV
/// and optional hand-written examples, hold out the latest rows of each source, train, calibrate
/// and evaluate on them, then refit on everything with the calibrated temperature.
///
/// ACLED rows without a sub-event type (old taxonomy) name only an event type, or two
/// ("Riots/Protests"); they are trained as partly labelled examples (see
/// ``LabeledText/candidateLabels``) with `partialLabelWeight`, never held out.
public struct TrainingRun: Sendable {
    /// The shipped model: trained on all examples, with the held-out temperature.
    public let classifier: LinearClassifier
    /// The model trained without the held-out rows, scored on them.
    public let heldOutEvaluation: ClassifierEvaluation
    /// Training examples in the final fit (ACLED rows, partly labelled rows and extra examples).
    public let exampleCount: Int
    /// ACLED rows held out for calibration and evaluation.
    public let heldOutCount: Int

    /// Runs the recipe; throws ``CSVError`` or ``ExtraExamplesReader/LineError`` naming the bad file and line.
    public init(
        acledFile: URL, extraFile: URL?, options: TrainingOptions, extraWeight: Double = 3,
        partialLabelWeight: Double = 0.5, heldOutFraction: Double = 0.1
    ) throws {
        let allRecords = try ACLEDReader.read(contentsOf: acledFile)
        let partial = partialLabelWeight > 0
            ? ACLEDReader.partlyLabeledTexts(in: allRecords).map {
                LabeledText(text: $0.text, label: $0.label, candidateLabels: $0.candidateLabels, weight: partialLabelWeight)
            } : []
        let records = allRecords.filter { $0.labeledText != nil }
        let extra = try extraFile.map { url throws(ExtraExamplesReader.LineError) in
            try ExtraExamplesReader.read(contentsOf: url, weight: extraWeight)
        } ?? []
        let added = extra + partial
        let split = HeldOutSplit.byTime(records, fraction: heldOutFraction)
        let training = split.training.compactMap(\.labeledText) + added
        let heldOut = split.heldOut.compactMap(\.labeledText)
        let trial = ClassifierTrainer.train(examples: training, calibration: heldOut, options: options)
        heldOutEvaluation = ClassifierEvaluation(classifier: trial, examples: heldOut)
        let all = records.compactMap(\.labeledText) + added
        classifier = ClassifierTrainer.train(examples: all, temperature: trial.temperature, options: options)
        exampleCount = all.count
        heldOutCount = heldOut.count
    }
}
