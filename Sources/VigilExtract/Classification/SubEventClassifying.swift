public import VigilClassify
public import VigilText

/// A text classifier over ACLED's sub-event types (labels are ACLED's spellings).
public protocol SubEventClassifying: Sendable {
    /// Calibrated probabilities of every label for text already tokenized (by ``Tokenizer``), most probable first.
    func probabilities(for tokens: ArraySlice<Token>) -> [(label: String, probability: Double)]

    /// The same for an event told by `tokens` whose lead sentences are `lead` (``EventGroup/leadWindow(in:)``), for a
    /// classifier that reads those alone (the default reads all of `tokens`).
    func probabilities(for tokens: ArraySlice<Token>, lead: ArraySlice<Token>) -> [(label: String, probability: Double)]
}

extension SubEventClassifying {
    public func probabilities(for tokens: ArraySlice<Token>, lead: ArraySlice<Token>) -> [(label: String, probability: Double)] {
        probabilities(for: tokens)
    }
}

/// The averaged linear model trained on ACLED notes (VigilClassify) classifies sub-event types.
extension LinearClassifier: SubEventClassifying {}
