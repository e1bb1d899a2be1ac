public import VigilClassify
public import VigilText

/// A text classifier over ACLED's sub-event types (labels are ACLED's spellings).
public protocol SubEventClassifying: Sendable {
    /// Calibrated probabilities of every label for text already tokenized (by ``Tokenizer``), most probable first.
    func probabilities(for tokens: ArraySlice<Token>) -> [(label: String, probability: Double)]
}

/// The averaged linear model trained on ACLED notes (VigilClassify) classifies sub-event types.
extension LinearClassifier: SubEventClassifying {}
