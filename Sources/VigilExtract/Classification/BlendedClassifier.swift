public import VigilClassify
public import VigilText

/// Sub-event probabilities that mix the model trained on ACLED's notes with the semantic model, which also
/// read news prose and knows words no training text used.
///
/// Each label's probability is `(1 − w) · notes + w · semantic`; the semantic model's non-event labels
/// (`NONE:…`) keep their share, so a text it reads as no event leaves the sub-event types less to add.
public struct BlendedClassifier: SubEventClassifying {
    /// The classifier of coder notes (``LinearClassifier``), if any.
    let notes: (any SubEventClassifying)?
    let semantic: SemanticClassifier
    /// The semantic model's share `w` (``SemanticSettings/blendWeight``).
    let weight: Double

    /// A blend of `notes` (when given) and `semantic`, the latter weighing `weight`.
    public init(notes: (any SubEventClassifying)?, semantic: SemanticClassifier, weight: Double = SemanticSettings.blendWeight) {
        self.notes = notes
        self.semantic = semantic
        self.weight = notes == nil ? 1 : weight
    }

    public func probabilities(for tokens: ArraySlice<Token>) -> [(label: String, probability: Double)] {
        probabilities(for: tokens, lead: tokens)
    }

    /// The notes model reads all of `tokens`; the semantic model reads the `lead` sentences
    /// (``EventGroup/leadWindow(in:)``), where the background and reactions of later sentences do not blur it.
    public func probabilities(for tokens: ArraySlice<Token>, lead: ArraySlice<Token>) -> [(label: String, probability: Double)] {
        var mixed: [String: Double] = [:]
        for (label, probability) in semantic.probabilities(for: lead) { mixed[label, default: 0] += weight * probability }
        for (label, probability) in notes?.probabilities(for: tokens) ?? [] { mixed[label, default: 0] += (1 - weight) * probability }
        return mixed.map { ($0.key, $0.value) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
    }
}
