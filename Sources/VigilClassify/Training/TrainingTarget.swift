/// What the trainer pushes an example's predicted distribution towards.
enum TrainingTarget {
    /// One label, by index.
    case label(Int)
    /// The uniform distribution (a text that describes no event).
    case uniform
    /// Any of these labels (a partly labelled example).
    case oneOf([Int])

    init(_ example: LabeledText, labelIndex: [String: Int]) {
        if !example.candidateLabels.isEmpty {
            self = .oneOf(example.candidateLabels.compactMap { labelIndex[$0] })
        } else if let index = labelIndex[example.label] {
            self = .label(index)
        } else {
            self = .uniform
        }
    }
}
