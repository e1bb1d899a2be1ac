import VigilText

/// Finds the dateline that opens an article ("ERBIL, Iraq (Reuters) -"): its tokens are no event's
/// place of writing, and its place is a hint for ambiguous names.
struct DatelineStage: ExtractionStage {
    let name = "dateline"

    func run(_ analysis: inout DocumentAnalysis) {
        analysis.dateline = DatelineDetector.tokens(in: analysis.text)
    }
}
