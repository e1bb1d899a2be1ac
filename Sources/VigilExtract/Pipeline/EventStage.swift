import VigilClassify
import VigilModel

/// Assembles the events from everything found before it: triggers and factuality, event groups,
/// non-events dropped (news prose, by the semantic model), the sub-event type, then each event's
/// place, actors, date and figures. Coder notes are typed by the notes model alone; news prose by
/// its blend with the semantic model, and its background events are left out (``BackgroundEventFilter``).
struct EventStage: ExtractionStage {
    let name = "events"
    let lexicons: ExtractionLexicons
    let classifier: (any SubEventClassifying)?
    /// The notes model blended with the semantic model, which reads news prose and tells events from non-events.
    let blended: BlendedClassifier?

    func run(_ analysis: inout DocumentAnalysis) {
        let prose = CoderNoteStyle().matches(analysis) ? nil : blended
        let typing: (any SubEventClassifying)? = prose ?? classifier
        let assembler = EventAssembler(
            triggers: TriggerRecognizer(lexicon: lexicons.triggers), decider: SubEventDecider(classifier: typing),
            modelDetector: ModelDetector(classifier: typing),
            nonEvents: prose.map { NonEventFilter(semantic: $0.semantic, threshold: SemanticSettings.nonEventThreshold) },
            roleAssigner: ActorRoleAssigner(articles: lexicons.articles),
            splitter: TargetSplitter(
                listJoiners: lexicons.listJoiners, listGaps: lexicons.listGaps, routeWords: lexicons.routeWords,
                quarterWords: lexicons.quarterWords, repetitions: lexicons.repetitions, eachWords: lexicons.eachWords,
                clauseBreaks: lexicons.clauseBreaks, listOpeners: lexicons.listOpeners, possessives: lexicons.possessives))
        let events = assembler.events(in: analysis, excluded: analysis.tallySentences)
        analysis.events =
            prose == nil
            ? events : BackgroundEventFilter().news(events, published: analysis.document.published, document: analysis.document.id)
    }
}
