/// One named stage of extraction, in the shape of spaCy's pipeline: it reads what the stages before
/// it left in the document's analysis and adds what it finds. ``Extractor`` runs its stages in order
/// (``Extractor/stageNames``), and each is tested alone.
protocol ExtractionStage: Sendable {
    /// The stage's name, as ``Extractor/stageNames`` lists it.
    var name: String { get }
    /// Adds the stage's findings to `analysis`.
    func run(_ analysis: inout DocumentAnalysis)
}
