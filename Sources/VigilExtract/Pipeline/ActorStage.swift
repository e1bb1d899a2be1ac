import VigilText

/// Finds the actors the text names: armed forces, groups, parties, protesters, civilians.
struct ActorStage: ExtractionStage {
    let name = "actors"
    let recognizer: ActorRecognizer

    func run(_ analysis: inout DocumentAnalysis) {
        analysis.actors = recognizer.actors(in: 0..<analysis.text.tokens.count, of: analysis.text)
    }
}
