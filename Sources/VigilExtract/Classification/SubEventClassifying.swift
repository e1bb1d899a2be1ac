public import VigilClassify

/// A text classifier over ACLED's sub-event types (labels are ACLED's spellings).
public protocol SubEventClassifying: Sendable {
    /// Calibrated probabilities of every label for `text`, most probable first.
    func probabilities(for text: String) -> [(label: String, probability: Double)]
}

/// The averaged linear model trained on ACLED notes (VigilClassify) classifies sub-event types.
extension LinearClassifier: SubEventClassifying {}
