/// A text with the label a classifier should give it.
public struct LabeledText: Sendable, Equatable {
    /// The label of texts that describe no event (crime, disasters, diplomacy, elections...).
    ///
    /// The trainer gives such texts a uniform target, so the model learns low confidence on them;
    /// it is never one of a classifier's ``LinearClassifier/labels``.
    public static let noEventLabel = "None"

    /// The sentence, note or short text.
    public var text: String
    /// An ACLED sub-event type, or ``noEventLabel``.
    public var label: String
    /// How much the example counts in training relative to a plain ACLED row.
    public var weight: Double

    /// Creates an example with weight 1 unless given.
    public init(text: String, label: String, weight: Double = 1) {
        self.text = text
        self.label = label
        self.weight = weight
    }
}
