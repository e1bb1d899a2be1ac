import VigilClassify
import VigilText

/// Drops the event groups that the semantic model reads as no ACLED event, whatever trigger words they use.
///
/// "Firefighters battled a blaze after a boiler exploded at a fertiliser plant", "A court sentenced five men over
/// the 2019 bombing", "The striker fired a shot past the keeper": war words with no war event.
struct NonEventFilter: Sendable {
    let semantic: SemanticClassifier
    /// The non-event probability from which a group is dropped (``SemanticSettings/nonEventThreshold``).
    let threshold: Double

    /// Whether the group's lead sentences read as an event (``EventGroup/leadWindow(in:)``).
    func isEvent(_ group: EventGroup, in analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.text.tokens[group.leadWindow(in: analysis)]
        return semantic.nonEventProbability(for: tokens) < threshold
    }
}
