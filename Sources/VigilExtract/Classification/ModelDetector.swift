import VigilModel
import VigilText

/// Finds the event of a document whose words match no trigger, when the classifier is confident.
///
/// Only the first sentence that names an actor is read, and only when it states the day in full
/// ("On 2 May 2020, …", the form of a dated incident report) and is free of negation, modal, denial,
/// condemnation and crime/disaster/accident/sports cues: the classifier was trained on event reports
/// and cannot tell an event from a non-event by itself. Strategic developments need more confidence.
struct ModelDetector: Sendable {
    /// The probability the classifier must reach.
    static let threshold = 0.55
    /// The probability a strategic development (agreement, change of activity, other…) must reach.
    static let strategicThreshold = 0.8

    let classifier: (any SubEventClassifying)?

    /// A trigger standing for the classifier's reading of the lead sentence, if confident.
    func trigger(in analysis: DocumentAnalysis, excluded: Set<Int>) -> Trigger? {
        guard let classifier else { return nil }
        let sentences = analysis.text.sentences
        guard let index = sentences.indices.first(where: { index in
            !sentences[index].isRepeat && !excluded.contains(index)
                && analysis.inSentence(analysis.actors, index, tokens: \.tokens).contains { !$0.isAssociate && $0.rank >= 1 }
        }) else { return nil }
        let blocked: Set<CueKind> = [.negation, .denial, .modality, .condemnation, .crime, .disaster, .accident, .sports]
        let tokens = analysis.text.tokens
        let cues = analysis.cues(inSentence: index).filter {
            !($0.kind == .modality && tokens[$0.tokens.lowerBound].norm == "may" && tokens[$0.tokens.lowerBound].isCapitalized)
        }
        guard !cues.contains(where: { blocked.contains($0.kind) }),
            analysis.inSentence(analysis.dates, index, tokens: \.tokens).contains(where: {
                $0.role == .point && $0.precision == .day && $0.isAbsolute
            })
        else { return nil }
        let sentence = sentences[index]
        guard let top = classifier.probabilities(for: analysis.text.slice(sentence.start, sentence.end)).first,
            top.probability >= Self.threshold, let type = try? SubEventType(validating: top.label),
            type.eventType != .strategicDevelopments || top.probability >= Self.strategicThreshold
        else { return nil }
        let span = analysis.inSentence(analysis.actors, index, tokens: \.tokens).first { !$0.isAssociate && $0.rank >= 1 }!.tokens
        return Trigger(
            tokens: span, subEventType: type, weight: 1, needsArmedActor: false, protestRole: nil, sentence: index)
    }
}
