/// Reads the reported aggregates ("a total of 38 attacks since October 17"); their sentences tell
/// no event of their own.
struct TallyStage: ExtractionStage {
    let name = "tallies"
    let recognizer: TallyRecognizer

    func run(_ analysis: inout DocumentAnalysis) {
        (analysis.tallies, analysis.tallySentences) = recognizer.tallies(in: analysis)
    }
}
