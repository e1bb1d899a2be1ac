import VigilText

/// Finds the cue words that frame what a sentence tells (reporting, denial, background, negation…);
/// definite words ("the", "this") are kept apart, as there are so many.
struct CueStage: ExtractionStage {
    let name = "cues"
    let recognizer: CueRecognizer

    func run(_ analysis: inout DocumentAnalysis) {
        let all = recognizer.cues(in: analysis.text)
        analysis.cues = all.filter { $0.kind != .definite }
        analysis.definiteEnds = Set(all.filter { $0.kind == .definite }.map(\.tokens.upperBound))
    }
}
