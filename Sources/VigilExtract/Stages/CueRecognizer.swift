import VigilText

/// Finds the cue phrases (negation, modality, claims, crime, …) of a text.
struct CueRecognizer: Sendable {
    let lexicon: PhraseLexicon<CueKind>

    /// Every cue in the text, in order.
    func cues(in text: AnalyzedText) -> [Cue] {
        lexicon.matches(in: 0..<text.tokens.count, of: text.tokens).map { Cue(kind: $0.value, tokens: $0.tokens) }
    }
}
