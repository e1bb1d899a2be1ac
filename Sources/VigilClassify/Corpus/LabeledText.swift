/// A text with the label a classifier should give it.
public struct LabeledText: Sendable, Equatable {
    /// The label of texts that describe no event (crime, disasters, diplomacy, elections...).
    ///
    /// The trainer gives such texts a uniform target, so the model learns low confidence on them;
    /// it is never one of a classifier's ``LinearClassifier/labels``.
    public static let noEventLabel = "None"

    /// The sentence, note or short text.
    public var text: String
    /// An ACLED sub-event type, or ``noEventLabel``; for a partly labelled example, a name for
    /// its ``candidateLabels`` (such as an event type).
    public var label: String
    /// When not empty, the example is only known to have one of these labels (an old-taxonomy
    /// ACLED row names an event type, not a sub-event type); the trainer then raises the total
    /// probability of the candidates, and evaluation skips the example.
    public var candidateLabels: [String]
    /// How much the example counts in training relative to a plain ACLED row.
    public var weight: Double

    /// Creates an example with weight 1 unless given.
    public init(text: String, label: String, candidateLabels: [String] = [], weight: Double = 1) {
        self.text = text
        self.label = label
        self.candidateLabels = candidateLabels
        self.weight = weight
    }
}
